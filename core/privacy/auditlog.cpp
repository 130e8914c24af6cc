#include "privacy/auditlog.h"

#include "db/sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace lk {

QString AuditLog::currentUser() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString AuditLog::valuesJson(const RegisterSpec& spec, const Record& record) {
    QJsonObject object;
    for (const FieldSpec& field : spec.fields) {
        // fromVariant() would turn an empty text into "", which a reader could not tell from an empty string.
        const QVariant stored = field.toStorage(record.value(field.name));
        object.insert(field.name,
                      stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(stored));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status AuditLog::write(const QSqlDatabase& db, const RegisterSpec& spec, const std::optional<Record>& before,
                       const std::optional<Record>& after) {
    const QString action = !before  ? QStringLiteral("insert")
                           : !after ? QStringLiteral("delete")
                                    : QStringLiteral("update");
    return writeRow(db, action, spec.table, after ? after->uuid : before->uuid,
                    before ? valuesJson(spec, *before) : QString(),
                    after ? valuesJson(spec, *after) : QString());
}

Status AuditLog::writeRow(const QSqlDatabase& db, const QString& action, const QString& table,
                          const QString& key, const QString& oldJson, const QString& newJson) {
    const QVariant nothing(QMetaType(QMetaType::QString));
    auto ran = sql::run(db,
                        QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, "
                                       "record_uuid, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), currentUser(), action,
                         table, key, oldJson.isNull() ? nothing : QVariant(oldJson),
                         newJson.isNull() ? nothing : QVariant(newJson)});
    if (!ran)
        return ran.error();
    return {};
}

} // namespace lk
