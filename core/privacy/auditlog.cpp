#include "privacy/auditlog.h"

#include "db/sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

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
        QVariant stored = field.toStorage(record.value(field.name));
        // A picture is logged by what it is and its hash: the log says that it changed without holding
        // megabytes of it (and a photo stays out of the log once the record is gone).
        if (field.type == FieldType::Image && !stored.isNull())
            stored = field.displayText(stored);
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

namespace {

// Rewrites the audit rows the query selects (id, old_values, new_values), with the person's text taken out;
// `keep` says which rows to rewrite, from their values.
Status rewriteRows(const QSqlDatabase& db, const RegisterSpec& spec, QSqlQuery& rows,
                   const std::function<bool(const QJsonObject&, const QJsonObject&)>& keep) {
    QStringList personal;
    for (const FieldSpec& field : spec.fields) {
        if (field.aboutPerson)
            personal << field.name;
    }
    if (personal.isEmpty())
        return {};
    QList<QVariantList> updates;
    while (rows.next()) {
        const QJsonObject before = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        if (!keep(before, after))
            continue;
        QVariantList update;
        for (int column : {1, 2}) {
            if (rows.value(column).isNull()) {
                update << QVariant(QMetaType(QMetaType::QString));
                continue;
            }
            QJsonObject values = column == 1 ? before : after;
            for (const QString& name : std::as_const(personal)) {
                if (values.contains(name))
                    values.insert(name, QJsonValue::Null);
            }
            update << QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
        }
        update << rows.value(0);
        updates << update;
    }
    for (const QVariantList& update : std::as_const(updates)) {
        if (auto ran = sql::run(
                db, QStringLiteral("UPDATE audit_log SET old_values = ?, new_values = ? WHERE id = ?"),
                update);
            !ran)
            return ran.error();
    }
    return {};
}

} // namespace

Status AuditLog::forgetPersonalText(const QSqlDatabase& db, const RegisterSpec& spec, const QString& uuid) {
    auto rows =
        sql::run(db,
                 QStringLiteral("SELECT id, old_values, new_values FROM audit_log WHERE table_name = ? "
                                "AND record_uuid = ?"),
                 {spec.table, uuid});
    if (!rows)
        return rows.error();
    return rewriteRows(db, spec, *rows, [](const QJsonObject&, const QJsonObject&) { return true; });
}

Status AuditLog::forgetPersonalTextWhere(const QSqlDatabase& db, const RegisterSpec& spec,
                                         const QString& field, const QVariant& value) {
    auto rows =
        sql::run(db, QStringLiteral("SELECT id, old_values, new_values FROM audit_log WHERE table_name = ?"),
                 {spec.table});
    if (!rows)
        return rows.error();
    const QJsonValue wanted = QJsonValue::fromVariant(value);
    return rewriteRows(db, spec, *rows,
                       [&field, &wanted](const QJsonObject& before, const QJsonObject& after) {
                           return before.value(field) == wanted || after.value(field) == wanted;
                       });
}

Status AuditLog::writeRow(const QSqlDatabase& db, const QString& action, const QString& table,
                          const QString& key, const QString& oldJson, const QString& newJson) {
    const QVariant nothing{QMetaType(QMetaType::QString)}; // braces: clang reads parentheses as a declaration
    auto ran = sql::write(db,
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
