#include "io/jsonexporter.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "io/recordcount.h"
#include "register/monthset.h"
#include "register/registry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace lk {

namespace {

QJsonValue toJsonValue(const FieldSpec& field, const QVariant& stored) {
    const QVariant value = field.normalized(stored);
    if (!value.isValid())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Decimal: // a JSON number: 12.5
        return QJsonValue(value.toReal());
    case FieldType::Boolean:
        return QJsonValue(value.toBool());
    case FieldType::Date:
        return QJsonValue(value.toDate().toString(Qt::ISODate));
    case FieldType::CodeSet:
        return QJsonArray::fromStringList(value.toString().split(u','));
    case FieldType::Months: { // [3, 4, 5]: numbers, as a reader of the file counts months
        // A value another program wrote into the file that is no list of months goes out as it is, text,
        // which an import then refuses by name, rather than as months it never said.
        const auto months = MonthSet::read(value);
        if (!months)
            return QJsonValue(value.toString());
        QJsonArray numbers;
        for (int month : months->months())
            numbers.append(month);
        return numbers;
    }
    case FieldType::Image: // base64 text: JSON has no bytes
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

Result<QJsonObject> JsonExporter::toJson(const Repository& repository, Progress& progress) {
    // One read transaction: every table from the same moment, even while the window writes (WAL). It is only
    // read, so it is rolled back at the end.
    Transaction snapshot(repository.database());
    if (!snapshot.begun())
        return snapshot.begun().error();
    QJsonObject root;
    // Each table's id -> uuid, so that references can be written as UUIDs, which mean the same in every file.
    QHash<QString, QHash<qint64, QString>> uuids;
    auto records = RecordCount::of(repository, Registry::all());
    if (!records)
        return records.error();
    progress.begin(QCoreApplication::translate("lk::JsonExporter", "Reading the records"), *records);
    for (const RegisterSpec* spec : Registry::all()) {
        QStringList columns{QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("updated_at")};
        for (const FieldSpec& field : spec->fields)
            columns << field.name;
        auto query = sql::run(repository.database(),
                              QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                                  QStringLiteral(" FROM ") + spec->table + QStringLiteral(" ORDER BY uuid"));
        if (!query)
            return query.error();
        QJsonArray rows;
        QHash<qint64, QString>& ownUuids = uuids[spec->table];
        while (query->next()) {
            if (!progress.advance())
                return Progress::stopped(
                    QCoreApplication::translate("lk::JsonExporter", "Nothing was exported."));
            QJsonObject row;
            row.insert(QStringLiteral("uuid"), query->value(1).toString());
            row.insert(QStringLiteral("updated_at"), query->value(2).toString());
            ownUuids.insert(query->value(0).toLongLong(), query->value(1).toString());
            for (int i = 0; i < spec->fields.size(); ++i) {
                const FieldSpec& field = spec->fields.at(i);
                const QVariant value = query->value(3 + i);
                if (field.type != FieldType::Reference || value.isNull()) {
                    row.insert(field.jsonKey(), toJsonValue(field, value));
                    continue;
                }
                const QString target = uuids.value(field.references).value(value.toLongLong());
                if (target.isEmpty()) // an export its own import would refuse is no export
                    return Error{QCoreApplication::translate(
                                     "lk::JsonExporter",
                                     "The export was stopped: in %1, the record %2 points at a record in %3 "
                                     "that is not there. The file may be damaged; nothing was written.")
                                     .arg(spec->table, query->value(1).toString(), field.references)};
                row.insert(field.jsonKey(), target);
            }
            rows.append(row);
        }
        root.insert(spec->table, rows);
    }
    return root;
}

Status JsonExporter::write(const Repository& repository, QIODevice& device, Progress& progress) {
    // One read transaction: every table from the same moment, even while the window writes (WAL).
    Transaction snapshot(repository.database());
    if (!snapshot.begun())
        return snapshot.begun();
    const auto put = [&device](const QByteArray& bytes) { return device.write(bytes) == bytes.size(); };
    // By table name, as QJsonObject orders its keys.
    QList<const RegisterSpec*> specs = Registry::all();
    std::sort(specs.begin(), specs.end(), [](const RegisterSpec* a, const RegisterSpec* b) {
        return QString::compare(a->table, b->table) < 0;
    });
    auto records = RecordCount::of(repository, Registry::all());
    if (!records)
        return records.error();
    progress.begin(QCoreApplication::translate("lk::JsonExporter", "Reading the records"), *records);
    if (!put("{\n"))
        return Error{device.errorString()};
    for (qsizetype s = 0; s < specs.size(); ++s) {
        const RegisterSpec& spec = *specs.at(s);
        // A reference goes out as the UUID of the record it points at, read beside it.
        QStringList columns{QStringLiteral("t.uuid"), QStringLiteral("t.updated_at")};
        for (const FieldSpec& field : spec.fields)
            columns << QStringLiteral("t.") + field.name;
        for (const FieldSpec& field : spec.fields) {
            if (field.type == FieldType::Reference)
                columns << QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.id = t.%2)")
                               .arg(field.references, field.name);
        }
        auto query =
            sql::run(repository.database(), QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                                                QStringLiteral(" FROM ") + spec.table +
                                                QStringLiteral(" t ORDER BY t.uuid"));
        if (!query)
            return query.error();
        if (!put("    \"" + spec.table.toUtf8() + "\": [\n"))
            return Error{device.errorString()};
        bool first = true;
        while (query->next()) {
            if (!progress.advance())
                return Progress::stopped(
                    QCoreApplication::translate("lk::JsonExporter", "Nothing was exported."));
            QJsonObject row;
            row.insert(QStringLiteral("uuid"), query->value(0).toString());
            row.insert(QStringLiteral("updated_at"), query->value(1).toString());
            int reference = 2 + int(spec.fields.size());
            for (int i = 0; i < spec.fields.size(); ++i) {
                const FieldSpec& field = spec.fields.at(i);
                const QVariant value = query->value(2 + i);
                if (field.type != FieldType::Reference) {
                    row.insert(field.jsonKey(), toJsonValue(field, value));
                    continue;
                }
                const QString target = query->value(reference++).toString();
                if (value.isNull()) {
                    row.insert(field.jsonKey(), QJsonValue::Null);
                    continue;
                }
                if (target.isEmpty()) // an export its own import would refuse is no export
                    return Error{QCoreApplication::translate(
                                     "lk::JsonExporter",
                                     "The export was stopped: in %1, the record %2 points at a record in %3 "
                                     "that is not there. The file may be damaged; nothing was written.")
                                     .arg(spec.table, query->value(0).toString(), field.references)};
                row.insert(field.jsonKey(), target);
            }
            // The record as QJsonDocument indents it, two levels in.
            QByteArray record = QJsonDocument(row).toJson(QJsonDocument::Indented);
            record.chop(1);
            record.replace("\n", "\n        ");
            if (!put((first ? QByteArrayLiteral("        ") : QByteArrayLiteral(",\n        ")) + record))
                return Error{device.errorString()};
            first = false;
        }
        if ((!first && !put("\n")) || !put(s + 1 < specs.size() ? "    ],\n" : "    ]\n"))
            return Error{device.errorString()};
    }
    if (!put("}\n"))
        return Error{device.errorString()};
    return {};
}

Result<QByteArray> JsonExporter::exportAll(const Repository& repository, Progress& progress) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = write(repository, buffer, progress); !written)
        return written.error();
    return buffer.data();
}

} // namespace lk
