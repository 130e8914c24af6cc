#include "io/jsonexporter.h"

#include "db/sql.h"
#include "register/registry.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lk {

namespace {

QJsonValue toJsonValue(const FieldSpec& field, const QVariant& stored) {
    const QVariant value = field.normalized(stored);
    if (!value.isValid())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Boolean:
        return QJsonValue(value.toBool());
    case FieldType::Date:
        return QJsonValue(value.toDate().toString(Qt::ISODate));
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

Result<QJsonObject> JsonExporter::toJson(const Repository& repository) {
    QJsonObject root;
    // Each table's id -> uuid, so that references can be written as UUIDs, which mean the same in every file.
    QHash<QString, QHash<qint64, QString>> uuids;
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
            QJsonObject row;
            row.insert(QStringLiteral("uuid"), query->value(1).toString());
            row.insert(QStringLiteral("updated_at"), query->value(2).toString());
            ownUuids.insert(query->value(0).toLongLong(), query->value(1).toString());
            for (int i = 0; i < spec->fields.size(); ++i) {
                const FieldSpec& field = spec->fields.at(i);
                const QVariant value = query->value(3 + i);
                if (field.type == FieldType::Reference)
                    row.insert(field.jsonKey(),
                               value.isNull()
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(uuids.value(field.references).value(value.toLongLong())));
                else
                    row.insert(field.jsonKey(), toJsonValue(field, value));
            }
            rows.append(row);
        }
        root.insert(spec->table, rows);
    }
    return root;
}

Result<QByteArray> JsonExporter::exportAll(const Repository& repository) {
    auto json = toJson(repository);
    if (!json)
        return json.error();
    return QJsonDocument(*json).toJson(QJsonDocument::Indented);
}

} // namespace lk
