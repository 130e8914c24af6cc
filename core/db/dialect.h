// Dialect: every difference between SQLite and PostgreSQL that the program's SQL meets, each named, in one
// place; the registers, the migrations and the commands write their SQL once and ask here where it differs.
#pragma once

#include "common/result.h"
#include "db/engine.h"

#include <QSqlDatabase>
#include <QStringList>

namespace lk {

class Dialect {
public:
    // A migration's statement as the engine runs it. The scripts are written once, in SQLite's words; on
    // PostgreSQL INTEGER becomes BIGINT (SQLite's integers are 64-bit, and Qt then gives both engines' values
    // as qlonglong), the integer primary key an identity column, REAL DOUBLE PRECISION (PostgreSQL's REAL has
    // 4 bytes) and BLOB BYTEA. Dates stay ISO text and yes/no stays 0/1 on both, so that values, comparisons
    // and exports are the same whichever engine holds them.
    static QString schemaStatement(Engine engine, const QString& statement);
    // What a new server schema needs before the first script, and a file has from each connection in C++
    // (SqliteFunctions): casefold(), COLLATE swedish, and the table that holds the schema's version.
    static QStringList schemaPrelude(Engine engine);
    // The name the schema's version table has on a server; a file keeps it in PRAGMA user_version.
    static QString versionTable() { return QStringLiteral("lofteskollen_schema"); }

    // The schema's version: PRAGMA user_version in a file, the version table on a server; 0 when neither
    // holds one yet.
    static Result<int> schemaVersion(const QSqlDatabase& db);
    // Sets it, with the mark that the schema is ours, in the caller's transaction.
    static Status setSchemaVersion(const QSqlDatabase& db, int version);
    // The tables of the database the program did not make itself apart from its own (a file's sqlite_master;
    // a server's tables in any schema but the system's), to refuse a database that holds something else.
    static Result<QStringList> userTables(const QSqlDatabase& db);

    // Set on every new server connection: times are UTC, as the program writes them into a file; notices
    // (IF NOT EXISTS and the like) are not printed.
    static QStringList sessionSetup(Engine engine);

    // An INSERT that gives back the key it made: " RETURNING id" on PostgreSQL, read as the first row, since
    // QPSQL's lastInsertId() runs SELECT lastval() (another round trip); SQLite's last rowid as before.
    static QString insertReturningKey(Engine engine, const QString& insert);
    // Whether the driver's lastInsertId() may be asked after a write: not on QPSQL (see above).
    static bool hasLastInsertId(Engine engine) { return engine == Engine::Sqlite; }
    // Whether a query may stream its rows (forward only). On QPSQL a forward-only query loses its unread
    // rows as soon as another query runs on the same connection, which the registers do while they read;
    // there every result is fetched whole.
    static bool streamsRows(Engine engine);
    // Whether a statement without values is run as it is rather than prepared: QPSQL prepares with
    // PREPARE … AS, which PostgreSQL allows only for SELECT, INSERT, UPDATE, DELETE and VALUES (not DDL).
    static bool runsUnpreparedWithoutValues(Engine engine);

    // A key no row of `table` has and none will be given later: MAX(id) + 1 in a file (one writer at a
    // time); on a server the identity's own sequence (several writers), moved above a key written by hand
    // first, so that the two never meet.
    static Result<qint64> newKey(const QSqlDatabase& db, const QString& table);
    // After rows came in with their own keys (an upload), the server's sequence goes on above them.
    static Status keysWritten(const QSqlDatabase& db, const QString& table);

    // A date `months` later than the ISO date text `date` (an SQL expression), as ISO text; NULL stays NULL.
    // SQLite: date(x, '+N months'); PostgreSQL has no date(): the text as a date plus an interval, and back
    // to text, so that it compares with the dates the tables hold (text) alike on both.
    static QString datePlusMonths(Engine engine, const QString& date, int months);
    // The earlier of two values of one row: min(a, b) in SQLite, LEAST(a, b) on PostgreSQL (whose min() takes
    // only a column). They differ on NULL (SQLite's is NULL, PostgreSQL's the other value): callers that may
    // meet one coalesce each side first.
    static QString least(Engine engine, const QString& a, const QString& b);

    // The columns a uniqueness violation names, from either engine's message ("UNIQUE constraint failed:
    // t.a, t.b" from SQLite; "Key (a, b)=(…) already exists" from PostgreSQL); empty for any other error.
    static QStringList uniqueColumns(const QString& message);
};

} // namespace lk
