#include "io/jsonimporter.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::JsonImporter)
};

QString positionOf(const QByteArray& json, int offset) {
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

// Holds what the import knows of keys by UUID, for the tables it has passed.
class KeyLookup {
public:
    explicit KeyLookup(const Repository& repository)
        : m_repository(repository) {}

    Result<qint64> idOf(const QString& table, const QString& uuid) {
        if (auto known = m_ids.value(table).value(uuid); known > 0)
            return known;
        auto id = sql::scalar(m_repository.database(),
                              QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"),
                              {uuid});
        if (!id)
            return id.error();
        return id->isValid() ? id->toLongLong() : qint64(0);
    }
    void remember(const QString& table, const QString& uuid, qint64 id) { m_ids[table].insert(uuid, id); }

private:
    const Repository& m_repository;
    QHash<QString, QHash<QString, qint64>> m_ids;
};

// Turns one JSON value into the field's value; the message says what was expected.
Result<QVariant> fieldValue(const FieldSpec& field, const QJsonValue& json, KeyLookup& keys) {
    if (json.isNull() || json.isUndefined())
        return QVariant();
    switch (field.type) {
    case FieldType::Integer: {
        const double number = json.toVariant().toReal();
        if (!json.isDouble() || std::trunc(number) != number)
            return Error{Text::tr("a whole number was expected.")};
        return QVariant(qint64(number));
    }
    case FieldType::Boolean:
        if (!json.isBool())
            return Error{Text::tr("true or false was expected.")};
        return QVariant(json.toBool());
    case FieldType::Reference: {
        if (!json.isString() || QUuid::fromString(json.toString()).isNull())
            return Error{Text::tr("the UUID of a record in %1 was expected.").arg(field.references)};
        // UUIDs are stored in lower case; a file written by another tool may use upper case.
        auto id = keys.idOf(field.references, json.toString().toLower());
        if (!id)
            return id.error();
        if (*id == 0)
            return Error{Text::tr("no record in %1 has the UUID %2.").arg(field.references, json.toString())};
        return QVariant(*id);
    }
    case FieldType::CodeSet: {
        if (!json.isArray())
            return Error{Text::tr("a list of codes was expected.")};
        QStringList codes;
        for (const QJsonValue& code : json.toArray()) {
            if (!code.isString())
                return Error{Text::tr("a list of codes was expected.")};
            codes << code.toString();
        }
        return field.normalized(codes);
    }
    default:
        if (!json.isString())
            return Error{Text::tr("text was expected.")};
        return field.normalized(json.toString());
    }
}

struct Location {
    QString table;
    int index;
    QString uuid;
    QString text() const {
        return uuid.isEmpty() ? Text::tr("%1, record %2").arg(table).arg(index + 1)
                              : Text::tr("%1, record %2 (%3)").arg(table).arg(index + 1).arg(uuid);
    }
};

Error at(const Location& where, const QString& what) {
    return Error{
        Text::tr("The import was stopped and nothing was changed. In %1: %2").arg(where.text(), what)};
}

Result<Record> readRecord(const RegisterSpec& spec, const QJsonObject& object, const Location& where,
                          KeyLookup& keys) {
    Record record;
    record.uuid = object.value(QStringLiteral("uuid")).toString();
    if (QUuid::fromString(record.uuid).isNull() || record.uuid.size() != 36)
        return at(where,
                  Text::tr("field “uuid” must hold a UUID such as 3f2b8c1e-5d4a-4e0b-9a7c-1d2e3f4a5b6c."));
    record.uuid = record.uuid.toLower();
    const QJsonValue updated = object.value(QStringLiteral("updated_at"));
    if (!updated.isUndefined() && !updated.isNull()) {
        if (!updated.isString() || !QDateTime::fromString(updated.toString(), Qt::ISODate).isValid())
            return at(where,
                      Text::tr("field “updated_at” must be a date and time such as 2021-03-15T10:00:00Z."));
        record.updatedAt = updated.toString();
    }
    QSet<QString> known{QStringLiteral("uuid"), QStringLiteral("updated_at")};
    for (const FieldSpec& field : spec.fields) {
        known.insert(field.jsonKey());
        auto value = fieldValue(field, object.value(field.jsonKey()), keys);
        if (!value)
            return at(where, Text::tr("field “%1”: %2").arg(field.jsonKey(), value.message()));
        // Checked here too, so that the message names the field as the file does (“text”, not “Promise”).
        if (auto valid = field.validate(*value); !valid)
            return at(where, Text::tr("field “%1”: %2").arg(field.jsonKey(), valid.message()));
        if (value->isValid())
            record.values.insert(field.name, *value);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return at(where, Text::tr("there is no field “%1” in %2.").arg(it.key(), spec.table));
    }
    return record;
}

} // namespace

Result<ImportSummary> JsonImporter::import(const Repository& repository, const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Text::tr("The file is not valid JSON (%1 at %2). Nothing was changed.")
                         .arg(parseError.errorString(), positionOf(json, parseError.offset))};
    if (!document.isObject())
        return Error{Text::tr(
            "The file is not a Löfteskollen export: it should hold one object with a list per table. "
            "Nothing was changed.")};
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!Registry::byTable(it.key()))
            return Error{
                Text::tr("The file has a table “%1” that this version does not know (is it from a newer "
                         "version?). Nothing was changed.")
                    .arg(it.key())};
        if (!it.value().isArray())
            return Error{Text::tr("“%1” should be a list of records. Nothing was changed.").arg(it.key())};
    }

    Transaction transaction(repository.database());
    if (!transaction.begun())
        return transaction.begun().error();
    ImportSummary summary;
    KeyLookup keys(repository);
    for (const RegisterSpec* spec : Registry::all()) {
        const QJsonArray rows = root.value(spec->table).toArray();
        QSet<QString> seen;
        for (int i = 0; i < rows.size(); ++i) {
            Location where{spec->table, i, {}};
            if (!rows.at(i).isObject())
                return at(where, Text::tr("a record should be an object with fields."));
            const QJsonObject object = rows.at(i).toObject();
            where.uuid = object.value(QStringLiteral("uuid")).toString();
            auto record = readRecord(*spec, object, where, keys);
            if (!record)
                return record.error();
            if (seen.contains(record->uuid))
                return at(where, Text::tr("the UUID appears twice in the file."));
            seen.insert(record->uuid);

            auto existing = repository.find(*spec, record->uuid);
            if (!existing)
                return at(where, existing.message());
            if (*existing && spec->onImport)
                *record = spec->onImport(repository, **existing, *record);
            if (!*existing) {
                auto added = repository.insert(*spec, *record, Repository::Stamp::Keep);
                if (!added)
                    return at(where, added.message());
                keys.remember(spec->table, added->uuid, added->id);
                ++summary.added;
                summary.tables.insert(spec->table);
            } else if ((*existing)->values == spec->normalized(*record).values) {
                keys.remember(spec->table, record->uuid, (*existing)->id);
                ++summary.unchanged;
            } else {
                auto updated = repository.update(*spec, **existing, *record, Repository::Stamp::Keep);
                if (!updated)
                    return at(where, updated.message());
                keys.remember(spec->table, record->uuid, (*existing)->id);
                ++summary.updated;
                summary.tables.insert(spec->table);
            }
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace lk
