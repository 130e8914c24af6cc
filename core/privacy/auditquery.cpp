#include "privacy/auditquery.h"

#include "db/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace lk {

namespace {

const QString columns = QStringLiteral("SELECT id, changed_at, user_name, action, table_name, record_uuid, "
                                       "old_values, new_values FROM audit_log");
// The time index (changed_at, with the row id) gives this order without sorting the whole log.
const QString newestFirst = QStringLiteral(" ORDER BY changed_at DESC, id DESC");

// A register with at most this many audit rows is read through its index and sorted (see readInTimeOrder).
constexpr qint64 sortedRegisterRows = 2000;

// AuditLog writes UTC with milliseconds, always the same length, so a day's bounds compare as text.
QString utcText(const QDate& day) {
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry entryOf(const QSqlQuery& query) {
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString()};
}

} // namespace

AuditQuery::AuditQuery(QSqlDatabase db, Filter filter)
    : m_db(std::move(db))
    , m_filter(std::move(filter)) {}

bool AuditQuery::readInTimeOrder() const {
    if (m_filter.table.isEmpty())
        return true;
    // Without statistics SQLite reads a register's rows through the (table, record) index and sorts them all,
    // which is quick for a register with few changes and slow for one with tens of thousands. The index
    // counts them in a moment; past that size the rows are read newest first along the time index instead,
    // and reading stops at the page's end.
    auto rows = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ?"),
                            {m_filter.table});
    return !rows || rows->toLongLong() > sortedRegisterRows;
}

QString AuditQuery::where(QVariantList& values, bool inTimeOrder) const {
    QStringList conditions;
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("changed_at >= ?");
        values << utcText(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("changed_at < ?");
        values << utcText(m_filter.to.addDays(1));
    }
    if (!m_filter.user.isEmpty()) {
        conditions << QStringLiteral("user_name = ?");
        values << m_filter.user;
    }
    if (!m_filter.table.isEmpty()) {
        // The unary + keeps SQLite off the (table, record) index.
        conditions << (inTimeOrder ? QStringLiteral("+table_name = ?") : QStringLiteral("table_name = ?"));
        values << m_filter.table;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> AuditQuery::count() const {
    QVariantList values;
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log") + where(values), values);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QList<AuditEntry>> AuditQuery::page(const std::optional<AuditEntry>& after, int limit) const {
    QVariantList values;
    QString statement = columns + where(values, readInTimeOrder());
    if (after) {
        // "Older than the last one shown", by time and then by id for rows of the same millisecond; the first
        // condition alone lets SQLite start at the right place in the time index.
        statement += values.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        statement += QStringLiteral("changed_at <= ? AND (changed_at < ? OR id < ?)");
        values << after->changedAt << after->changedAt << after->id;
    }
    statement += newestFirst + QStringLiteral(" LIMIT ?");
    values << limit;
    auto query = sql::run(m_db, statement, values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next())
        entries << entryOf(*query);
    return entries;
}

Status AuditQuery::forEach(const std::function<bool(const AuditEntry&)>& visit) const {
    QVariantList values;
    auto query = sql::run(m_db, columns + where(values, readInTimeOrder()) + newestFirst, values);
    if (!query)
        return query.error();
    while (query->next()) {
        if (!visit(entryOf(*query)))
            return {};
    }
    // next() says false both at the end and when the file could not be read further.
    if (query->lastError().isValid())
        return Error{
            sql::describe(query->lastError(),
                          QCoreApplication::translate("lk::AuditQuery", "The change log could not be read"))};
    return {};
}

namespace {
Result<QStringList> distinct(const QSqlDatabase& db, const QString& statement) {
    auto query = sql::run(db, statement);
    if (!query)
        return query.error();
    QStringList found;
    while (query->next())
        found << query->value(0).toString();
    return found;
}
} // namespace

Result<QStringList> AuditQuery::users(const QSqlDatabase& db) {
    return distinct(db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
}

Result<QStringList> AuditQuery::tables(const QSqlDatabase& db) {
    // The (table_name, record_uuid) index answers this without reading the rows.
    return distinct(db, QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"));
}

Result<QDate> AuditQuery::firstDay(const QSqlDatabase& db) {
    auto first = sql::scalar(db, QStringLiteral("SELECT min(changed_at) FROM audit_log"));
    if (!first)
        return first.error();
    if (first->isNull())
        return QDate();
    return QDateTime::fromString(first->toString(), Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace lk
