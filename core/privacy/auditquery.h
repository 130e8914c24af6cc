// AuditQuery: reads the audit log filtered by date, user and register in SQL, newest first, a page at a time
// or one row after the other, so that a log of 100,000 rows is never held whole.
#pragma once

#include "common/result.h"
#include "privacy/auditentry.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace lk {

class AuditQuery {
public:
    struct Filter {
        QDate from;    // the first day shown, in local time; invalid for no limit
        QDate to;      // the last day shown, whole; invalid for no limit
        QString user;  // empty for every user
        QString table; // empty for every register
    };

    AuditQuery(QSqlDatabase db, Filter filter);

    Result<qint64> count() const;
    // Up to `limit` entries, newest first, following `after` (the last entry of the page before), or from the
    // newest when there is none. Later rows do not shift a page, as an OFFSET would.
    Result<QList<AuditEntry>> page(const std::optional<AuditEntry>& after, int limit) const;
    // Every matching entry, newest first; `visit` returns false to stop.
    Status forEach(const std::function<bool(const AuditEntry&)>& visit) const;

    // Who and which tables appear in the whole log, for the filter's choices.
    static Result<QStringList> users(const QSqlDatabase& db);
    static Result<QStringList> tables(const QSqlDatabase& db);
    // The local date of the oldest entry, or an invalid date for an empty log.
    static Result<QDate> firstDay(const QSqlDatabase& db);

private:
    QString where(QVariantList& values, bool inTimeOrder = false) const;
    bool readInTimeOrder() const;

    QSqlDatabase m_db;
    Filter m_filter;
};

} // namespace lk
