#include "privacy/auditlog.h"

#include "db/engine.h"
#include "db/sql.h"
#include "privacy/auditbatch.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lk {

QString AuditLog::currentUser() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Started without a login's environment (a service, a cron job, some launchers): the account is still
    // known, as the owner of a file this process makes (Qt asks the system's account database; Windows
    // always sets USERNAME). The log names it rather than "unknown".
    static const QString owner = [] {
        QTemporaryFile probe;
        return probe.open() ? QFileInfo(probe.fileName()).owner() : QString();
    }();
    if (!owner.isEmpty())
        return owner;
    return QStringLiteral("unknown");
}

namespace {

// A value as QJsonDocument writes it in compact form. Whole numbers, truth values and plain text (the nearly
// all of a log) are written here; anything else (a decimal, text with quotes, control characters or lone
// surrogates) through Qt itself, so that the log reads exactly as it always did.
void appendJson(QByteArray& out, const QVariant& stored) {
    if (stored.isNull()) {
        out += "null";
        return;
    }
    switch (stored.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        // Qt writes a whole number beyond 2^53 as a double; the log never holds one, but stays exact anyway.
        if (std::abs(stored.toLongLong()) < (qint64(1) << 53)) {
            out += QByteArray::number(stored.toLongLong());
            return;
        }
        break;
    case QMetaType::Bool:
        out += stored.toBool() ? "true" : "false";
        return;
    case QMetaType::QString: {
        const QString text = stored.toString();
        const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c != u'"' && c != u'\\' && !c.isSurrogate();
        });
        if (plain) {
            out += '"';
            out += text.toUtf8();
            out += '"';
            return;
        }
        break;
    }
    default:
        break;
    }
    QByteArray qt = QJsonDocument(QJsonArray{QJsonValue::fromVariant(stored)}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(qt).sliced(1, qt.size() - 2);
}

// The spec's fields in the order QJsonObject sorts their names, worked out once per register.
const QList<qsizetype>& sortedFields(const RegisterSpec& spec) {
    static QHash<const RegisterSpec*, QList<qsizetype>> orders;
    static QMutex guard;
    const QMutexLocker lock(&guard);
    auto found = orders.find(&spec);
    if (found == orders.end()) {
        QList<qsizetype> order;
        for (qsizetype i = 0; i < spec.fields.size(); ++i)
            order << i;
        std::sort(order.begin(), order.end(), [&spec](qsizetype a, qsizetype b) {
            return QString::compare(spec.fields.at(a).name, spec.fields.at(b).name) < 0;
        });
        found = orders.insert(&spec, order);
    }
    return *found;
}

} // namespace

QString AuditLog::valuesJson(const RegisterSpec& spec, const Record& record) {
    QVariantList stored;
    stored.reserve(spec.fields.size());
    for (const FieldSpec& field : spec.fields)
        stored << field.toStorage(record.value(field.name));
    return storedJson(spec, stored);
}

QString AuditLog::storedJson(const RegisterSpec& spec, const QVariantList& storedValues) {
    // Written directly rather than through a QJsonObject: a tenth of an import's time went to building one
    // for every row.
    QByteArray out = "{";
    bool first = true;
    for (const qsizetype i : sortedFields(spec)) {
        const FieldSpec& field = spec.fields.at(i);
        // fromVariant() would turn an empty text into "", which a reader could not tell from an empty string.
        QVariant stored = storedValues.at(i);
        // A picture is logged by what it is and its hash: the log says that it changed without holding
        // megabytes of it (and a photo stays out of the log once the record is gone).
        if (field.type == FieldType::Image && !stored.isNull())
            stored = field.displayText(stored);
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += field.name.toLatin1(); // a column name: plain ASCII
        out += "\":";
        appendJson(out, stored);
    }
    out += '}';
    return QString::fromUtf8(out);
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

// The time of a change, to the millisecond; written once for all the rows of the same millisecond (an import
// writes dozens in one).
QString now() {
    thread_local qint64 last = -1;
    thread_local QString text;
    const QDateTime moment = QDateTime::currentDateTimeUtc();
    if (moment.toMSecsSinceEpoch() != last) {
        last = moment.toMSecsSinceEpoch();
        text = moment.toString(Qt::ISODateWithMs);
    }
    return text;
}

} // namespace

Status AuditLog::writeInsert(const QSqlDatabase& db, const RegisterSpec& spec, const QString& uuid,
                             const QVariantList& stored) {
    if (AuditBatch* batch = AuditBatch::of(db))
        return batch->add(now(), currentUser(), spec.table, uuid, storedJson(spec, stored));
    return writeRow(db, QStringLiteral("insert"), spec.table, uuid, QString(), storedJson(spec, stored));
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

namespace {

bool hasPersonalText(const RegisterSpec& spec) {
    return std::any_of(spec.fields.cbegin(), spec.fields.cend(),
                       [](const FieldSpec& field) { return field.aboutPerson; });
}

// On a server no login may update the log: the owner's function forgets the text (AccessRules), in the rows
// of the record whose `field` (uuid, or a value's name) is `value`, also those the login may not read.
Status forgetOnServer(const QSqlDatabase& db, const RegisterSpec& spec, const QString& field,
                      const QVariant& value) {
    if (!hasPersonalText(spec))
        return {};
    auto ran = sql::run(db, QStringLiteral("SELECT lk_audit_forget(?, ?, ?)"),
                        {spec.table, field, value.toString()});
    if (!ran)
        return ran.error();
    return {};
}

} // namespace

Status AuditLog::forgetPersonalText(const QSqlDatabase& db, const RegisterSpec& spec, const QString& uuid) {
    if (engineOf(db) == Engine::Postgres)
        return forgetOnServer(db, spec, QStringLiteral("uuid"), uuid);
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
    if (engineOf(db) == Engine::Postgres)
        return forgetOnServer(db, spec, field, value);
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
    // The batch's rows come before this one.
    if (AuditBatch* batch = AuditBatch::of(db))
        if (Status flushed = batch->flush(); !flushed)
            return flushed;
    auto ran =
        sql::write(db,
                   QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, "
                                  "record_uuid, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {now(), currentUser(), action, table, key, oldJson.isNull() ? nothing : QVariant(oldJson),
                    newJson.isNull() ? nothing : QVariant(newJson)});
    if (!ran)
        return ran.error();
    return {};
}

} // namespace lk
