// Small helpers that prepare, bind and run one statement and turn a failure into a readable Error.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <atomic>
#include <functional>

namespace lk::sql {

// Runs `statement` with positional `?` values; the query is returned positioned before the first row.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// What a write did: the key of the row it inserted, and how many rows it changed.
struct Written {
    QVariant lastInsertId;
    int rowsAffected = 0;
};

// Runs a write that a loop repeats thousands of times (a record's insert or update and its audit row) on a
// statement prepared once for the connection and kept with it: preparing it anew each time took a third of
// an insert's time. The statement is reset after the run, so that it holds nothing open.
Result<Written> write(const QSqlDatabase& db, const QString& statement, const QVariantList& values);

// Runs a read on a statement prepared once for the connection and kept with it (on SQLite; a server's
// connection prepares it each time) and hands each row to `row` until it returns false; the statement is
// reset afterwards, so that it holds nothing open. For the reads a screen repeats hundreds of times (a record
// by its key, a count): preparing them anew was a third of the window's start on a large file. A read of the
// same statement inside `row` gets a statement of its own.
Status eachRow(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
               const std::function<bool(const QSqlQuery& query)>& row);

// Makes a long statement on `db` (a check that reads the whole file) give up as soon as `stop` turns true,
// asked every few thousand steps; null lets it run. `stop` must outlive the statements.
void stopWhen(const QSqlDatabase& db, const std::atomic<bool>* stop);

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// "what we tried: what the driver said", for messages and logs. When the disk refused (full, or an input or
// output error) it is storageFailure() alone instead: SQLite's words would not tell the user what to do.
QString describe(const QSqlError& error, const QString& context);

enum class Access { Read, Write };

// What the user is told when the disk refused (full, or an input/output error): what happened, for a write
// that the change was not kept (SQLite rolls the whole transaction back), and what to do. Empty for any other
// error.
QString storageFailure(const QSqlError& error, Access access = Access::Write);

} // namespace lk::sql
