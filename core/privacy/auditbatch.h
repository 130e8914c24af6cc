// AuditBatch: gathers the audit rows of an import's inserts and writes them many to a statement.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace lk {

// While one is open on a connection, AuditLog::writeInsert hands its row here instead of writing it; the rows
// go out in their order, `size` to a statement, when that many have gathered, when another audit row is
// written (AuditLog::writeRow flushes first, so the log's order stays), and at flush(). Written one by one,
// each row cost SQLite a statement of its own and a temporary table for the CHECK (action IN (...)) of the
// log: half the time of an audit row. Whoever opens one calls flush() before anything reads the log, and
// inside the transaction of the rows: rows still gathered when it closes are dropped, as the failed
// transaction drops the rest.
class AuditBatch {
public:
    explicit AuditBatch(QSqlDatabase db);
    ~AuditBatch();
    AuditBatch(const AuditBatch&) = delete;
    AuditBatch& operator=(const AuditBatch&) = delete;

    static constexpr int size = 64;

    // The batch open on `db`, or null.
    static AuditBatch* of(const QSqlDatabase& db);

    // One insert's audit row: when, who, the table, the record and its values as JSON.
    Status add(const QString& changedAt, const QString& user, const QString& table, const QString& uuid,
               const QString& newJson);
    Status flush();

private:
    QSqlDatabase m_db;
    QVariantList m_values; // five a row
    int m_rows = 0;
};

} // namespace lk
