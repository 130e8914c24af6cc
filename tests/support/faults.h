// Faults a test injects on either engine, as only a broken disk or another program could cause them: a write
// the database refuses, a reference left pointing nowhere.
#pragma once

#include "catchqt.h"
#include "db/engine.h"
#include "db/sql.h"

namespace lk::test {

inline void runOrFail(const QSqlDatabase& db, const QString& statement) {
    auto ran = sql::run(db, statement);
    INFO(statement.toStdString() << ": " << ran.message().toStdString());
    REQUIRE(ran.ok());
}

// From now on the database refuses every `event` (INSERT, UPDATE, DELETE) on `table` with `message`: a
// temporary trigger on SQLite, a trigger of the test's own database on PostgreSQL.
inline void refuse(const QSqlDatabase& db, const QString& event, const QString& table,
                   const QString& message) {
    const QString name = QStringLiteral("refuse_") + event.toLower() + u'_' + table;
    if (engineOf(db) == Engine::Sqlite) {
        runOrFail(
            db, QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                    .arg(name, event, table, message));
        return;
    }
    runOrFail(db, QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$BEGIN RAISE EXCEPTION '%2'; END$$")
                      .arg(name, message));
    runOrFail(db, QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                      .arg(name, event, table));
}

// References are no longer checked on this connection, so that a test can leave one pointing nowhere.
inline void allowDanglingReferences(const QSqlDatabase& db) {
    runOrFail(db, engineOf(db) == Engine::Sqlite ? QStringLiteral("PRAGMA foreign_keys = OFF")
                                                 // the test server's login may: it is its superuser
                                                 : QStringLiteral("SET session_replication_role = replica"));
}

} // namespace lk::test
