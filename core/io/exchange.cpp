#include "io/exchange.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "io/jsonexporter.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Exchange)
};

// The UUIDs a record points at, with their tables.
QList<QPair<QString, QString>> referencesOf(const RegisterSpec& spec, const QJsonObject& row) {
    QList<QPair<QString, QString>> references;
    for (const FieldSpec& field : spec.fields) {
        if (field.type == FieldType::Reference && row.value(field.jsonKey()).isString())
            references.append({field.references, row.value(field.jsonKey()).toString().toLower()});
    }
    return references;
}

} // namespace

std::optional<QString> Exchange::normalizedSince(const QString& text) {
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
        return isoDate(date);
    if (const QDateTime moment = QDateTime::fromString(text, Qt::ISODate); moment.isValid())
        return moment.toUTC().toString(Qt::ISODate);
    return std::nullopt;
}

QString Exchange::sinceKey() const {
    // ISO texts compare as their moments; the "Z" is left out so that "…:00.123Z" counts as after "…:00Z".
    return m_since.endsWith(u'Z') ? m_since.chopped(1) : m_since;
}

bool Exchange::since(const QString& stamp) const {
    return stamp >= sinceKey();
}

bool Exchange::changedThere(const Record& incoming) const {
    // A record without a time stamp is taken as changed: it is never silently passed over.
    return incoming.updatedAt.isEmpty() || since(incoming.updatedAt);
}

bool Exchange::changedHere(const Record& stored) const {
    return since(stored.updatedAt);
}

Result<QByteArray> Exchange::write(const Repository& repository, const QString& since, const QDateTime& now,
                                   Progress& progress) {
    auto all = JsonExporter::toJson(repository, progress);
    if (!all)
        return all.error();
    Exchange exchange;
    exchange.m_since = since;

    // What changed, and then what it points at: children first, so that the parents they need are known
    // when their tables come (the registry lists parents before children).
    QJsonObject root;
    QHash<QString, QSet<QString>> needed;
    const auto& registers = Registry::all();
    for (auto spec = registers.crbegin(); spec != registers.crend(); ++spec) {
        QJsonArray kept;
        for (const QJsonValue& value : all->value((*spec)->table).toArray()) {
            const QJsonObject row = value.toObject();
            Record stamped;
            stamped.updatedAt = row.value(QStringLiteral("updated_at")).toString();
            if (!exchange.changedHere(stamped) &&
                !needed.value((*spec)->table).contains(row.value(QStringLiteral("uuid")).toString()))
                continue;
            kept.append(row);
            for (const auto& [table, uuid] : referencesOf(**spec, row))
                needed[table].insert(uuid);
        }
        root.insert((*spec)->table, kept);
    }

    // What was deleted since, and is still gone (an undone deletion is not one).
    QJsonObject deleted;
    for (const RegisterSpec* spec : registers) {
        auto rows = sql::run(
            repository.database(),
            QStringLiteral("SELECT DISTINCT a.record_uuid FROM audit_log a WHERE a.action = 'delete' "
                           "AND a.table_name = ? AND a.changed_at >= ? AND NOT EXISTS "
                           "(SELECT 1 FROM %1 t WHERE t.uuid = a.record_uuid) ORDER BY 1")
                .arg(spec->table),
            {spec->table, exchange.sinceKey()});
        if (!rows)
            return rows.error();
        QJsonArray uuids;
        while (rows->next())
            uuids.append(rows->value(0).toString());
        if (!uuids.isEmpty())
            deleted.insert(spec->table, uuids);
    }
    root.insert(key, QJsonObject{{QStringLiteral("since"), since},
                                 {QStringLiteral("exported_at"), now.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("deleted"), deleted}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::optional<Exchange>> Exchange::read(const QJsonObject& root) {
    if (!root.contains(key))
        return std::optional<Exchange>();
    const QJsonObject part = root.value(key).toObject();
    const auto since = normalizedSince(part.value(QStringLiteral("since")).toString());
    if (!root.value(key).isObject() || !since)
        return Error{Text::tr("The exchange file does not say since when it holds the changes (“%1” needs "
                              "“since”: a date such as 2026-11-01). Nothing was changed.")
                         .arg(key)};
    Exchange exchange;
    exchange.m_since = *since;
    const QJsonObject deleted = part.value(QStringLiteral("deleted")).toObject();
    for (auto it = deleted.begin(); it != deleted.end(); ++it) {
        if (!Registry::byTable(it.key()) || !it.value().isArray())
            return Error{
                Text::tr("The exchange file lists deletions in “%1”, which this version does not know. "
                         "Nothing was changed.")
                    .arg(it.key())};
        for (const QJsonValue& uuid : it.value().toArray())
            exchange.m_deleted[it.key()] << uuid.toString().toLower();
    }
    return std::optional<Exchange>(exchange);
}

Result<bool> Exchange::deletedHere(const Repository& repository, const QString& table,
                                   const QString& uuid) const {
    auto found = sql::scalar(
        repository.database(),
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND table_name = ? "
                       "AND record_uuid = ? AND changed_at >= ?"),
        {table, uuid, sinceKey()});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

std::optional<QString> Exchange::pointsAtLeftOut(const RegisterSpec& spec, const QJsonObject& object) const {
    for (const auto& [table, uuid] : referencesOf(spec, object)) {
        if (m_leftOut.contains(uuid))
            return uuid;
    }
    return std::nullopt;
}

} // namespace lk
