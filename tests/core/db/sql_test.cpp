#include "catchqt.h"
#include "db/sql.h"
#include "rawconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace lk;
using lk::test::mentions;
using lk::test::RawConnection;

namespace {

sqlite3* handleOf(const QSqlDatabase& db) {
    return *static_cast<sqlite3* const*>(db.driver()->handle().constData());
}

// The statements the connection holds compiled, and how many of them are in the middle of a run (holding a
// read open).
std::pair<int, int> statementsOf(const QSqlDatabase& db) {
    int held = 0;
    int running = 0;
    for (sqlite3_stmt* statement = sqlite3_next_stmt(handleOf(db), nullptr); statement;
         statement = sqlite3_next_stmt(handleOf(db), statement)) {
        ++held;
        if (sqlite3_stmt_busy(statement))
            ++running;
    }
    return {held, running};
}

} // namespace

TEST_CASE("sql::run binds values, so text that looks like SQL is stored as text", "[sql]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("s.sqlite")));
    raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)"));

    const QString hostile = QStringLiteral("Robert'); DROP TABLE notes; --");
    auto inserted =
        sql::run(raw.db(), QStringLiteral("INSERT INTO notes (text, number) VALUES (?, ?)"), {hostile, 7});
    INFO(inserted.message().toStdString());
    REQUIRE(inserted.ok());
    CHECK(raw.hasTable(QStringLiteral("notes")));
    CHECK(raw.scalar(QStringLiteral("SELECT text FROM notes WHERE number = ?"), {7}).toString() == hostile);

    auto query = sql::run(raw.db(), QStringLiteral("SELECT text FROM notes"));
    REQUIRE(query.ok());
    REQUIRE(query->next());
    CHECK(query->value(0).toString() == hostile);
    CHECK_FALSE(query->next());
}

TEST_CASE("sql::scalar gives the first value, or an invalid QVariant when there is no row", "[sql]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("s.sqlite")));
    raw.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)"));
    raw.exec(QStringLiteral("INSERT INTO numbers VALUES (3), (1), (2)"));

    auto first = sql::scalar(raw.db(), QStringLiteral("SELECT n FROM numbers ORDER BY n DESC"));
    REQUIRE(first.ok());
    CHECK(first->toInt() == 3);
    auto none = sql::scalar(raw.db(), QStringLiteral("SELECT n FROM numbers WHERE n > ?"), {10});
    REQUIRE(none.ok());
    CHECK_FALSE(none->isValid());
}

TEST_CASE("sql::run reports a bad statement and a refused change with the driver's reason", "[sql]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("s.sqlite")));
    raw.exec(QStringLiteral("CREATE TABLE people (name TEXT NOT NULL UNIQUE)"));
    raw.exec(QStringLiteral("INSERT INTO people VALUES ('Anna')"));

    auto unprepared = sql::run(raw.db(), QStringLiteral("SELECT * FROM no_such_table"));
    REQUIRE_FALSE(unprepared.ok());
    CHECK_THAT(unprepared.message().toStdString(), mentions(QStringLiteral("no_such_table")));

    auto refused =
        sql::run(raw.db(), QStringLiteral("INSERT INTO people VALUES (?)"), {QStringLiteral("Anna")});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("UNIQUE")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt() == 1);

    auto scalar = sql::scalar(raw.db(), QStringLiteral("SELECT nonsense("));
    CHECK_FALSE(scalar.ok());
}

TEST_CASE("sql::describe puts the context before the driver's text", "[sql]") {
    const QSqlError error(QStringLiteral("driver says"), QStringLiteral("database says"),
                          QSqlError::StatementError);
    const QString described = sql::describe(error, QStringLiteral("Saving the promise"));
    CHECK(described.startsWith(QStringLiteral("Saving the promise: ")));
    CHECK(described.contains(QStringLiteral("database says")));
    CHECK(sql::describe(QSqlError(), QStringLiteral("Only context")) == QStringLiteral("Only context"));
}

TEST_CASE("sql::describe tells a full disk and an input/output error in the user's words, not SQLite's",
          "[sql]") {
    // A statement's error carries SQLite's code; a failed COMMIT through QSqlDatabase only its English text.
    const QSqlError fullInsert(QStringLiteral("Unable to fetch row"),
                               QStringLiteral("database or disk is full"), QSqlError::ConnectionError,
                               QStringLiteral("13"));
    const QSqlError fullCommit(QStringLiteral("Unable to commit transaction"),
                               QStringLiteral("database or disk is full"), QSqlError::TransactionError);
    const QSqlError ioCommit(QStringLiteral("Unable to commit transaction"), QStringLiteral("disk I/O error"),
                             QSqlError::TransactionError);
    for (const QSqlError& full : {fullInsert, fullCommit}) {
        const QString told = sql::describe(full, QStringLiteral("Saving the promise"));
        CHECK(told.startsWith(QStringLiteral("The disk is full.")));
        CHECK_THAT(told.toStdString(), mentions(QStringLiteral("Nothing of the change was saved")));
        CHECK_FALSE(told.contains(QStringLiteral("database or disk is full")));
    }
    CHECK(sql::describe(ioCommit, {}).startsWith(QStringLiteral("The disk could not be written")));
    // A read changed nothing: no word about a change.
    CHECK_FALSE(sql::storageFailure(fullInsert, sql::Access::Read).contains(QStringLiteral("change")));
    CHECK_FALSE(sql::storageFailure(ioCommit, sql::Access::Read).contains(QStringLiteral("change")));
    CHECK(sql::storageFailure(QSqlError(QStringLiteral("x"), QStringLiteral("UNIQUE constraint failed"),
                                        QSqlError::StatementError, QStringLiteral("19")))
              .isEmpty());
}

// sql::write binds text as UTF-8, the file's own encoding: what was written reads back the same, by SQL too.
TEST_CASE("sql::write stores text as UTF-8 that reads back exactly", "[sql]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("s.sqlite")));
    raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
    const QStringList texts{QStringLiteral("Åby Ängar Ödeshög"),
                            QStringLiteral("snö ❄ 🚓 på Torget"),
                            QString(),
                            QStringLiteral(""),
                            QString(QStringLiteral("a")) + QChar(0) + u'b',
                            QString(QStringLiteral("x")).repeated(100000)};
    for (const QString& text : texts) {
        auto written = sql::write(raw.db(), QStringLiteral("INSERT INTO notes (text) VALUES (?)"), {text});
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        const QVariant id = written->lastInsertId;
        CHECK(raw.scalar(QStringLiteral("SELECT text FROM notes WHERE id = ?"), {id}).toString() == text);
        // Counted in characters, and stored as the UTF-8 the file is in.
        CHECK(raw.scalar(QStringLiteral("SELECT length(text) FROM notes WHERE id = ?"), {id}).toLongLong() ==
              QStringView(text)
                  .left(text.indexOf(QChar(0)) < 0 ? text.size() : text.indexOf(QChar(0)))
                  .toUcs4()
                  .size());
        CHECK(raw.scalar(QStringLiteral("SELECT length(CAST(text AS BLOB)) FROM notes WHERE id = ?"), {id})
                  .toLongLong() == text.toUtf8().size());
    }
}

TEST_CASE("sql::eachRow keeps a read prepared for its next run, holding nothing open between runs", "[sql]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("s.sqlite")));
    raw.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)"));
    raw.exec(QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3)"));
    const auto [before, runningBefore] = statementsOf(raw.db());
    CHECK(runningBefore == 0);

    const QString statement = QStringLiteral("SELECT n FROM numbers WHERE n >= ? ORDER BY n");
    for (int from : {1, 2, 3, 1}) {
        QList<int> seen;
        const Status read = sql::eachRow(raw.db(), statement, {from}, [&seen](const QSqlQuery& query) {
            seen << query.value(0).toInt();
            return true;
        });
        REQUIRE(read.ok());
        QList<int> expected;
        for (int n = from; n <= 3; ++n)
            expected << n;
        CHECK(seen == expected);
        // One statement compiled for every run, and reset after it: no read stays open on the file.
        CHECK(statementsOf(raw.db()) == std::pair{before + 1, 0});
    }

    // Stopped after the first row (a lookup by key, a count): reset as well.
    auto first = sql::scalar(raw.db(), statement, {2});
    REQUIRE(first.ok());
    CHECK(first->toInt() == 2);
    CHECK(statementsOf(raw.db()).second == 0);
}

TEST_CASE("sql::eachRow runs the same read inside its own rows without disturbing them", "[sql]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("s.sqlite")));
    raw.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)"));
    raw.exec(QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3)"));
    const QString statement = QStringLiteral("SELECT n FROM numbers WHERE n >= ? ORDER BY n");

    QStringList pairs;
    const Status outer = sql::eachRow(raw.db(), statement, {1}, [&](const QSqlQuery& query) {
        const int n = query.value(0).toInt();
        const Status inner = sql::eachRow(raw.db(), statement, {n}, [&](const QSqlQuery& nested) {
            pairs << QStringLiteral("%1-%2").arg(n).arg(nested.value(0).toInt());
            return true;
        });
        REQUIRE(inner.ok());
        return true;
    });
    REQUIRE(outer.ok());
    CHECK(pairs == QStringList{QStringLiteral("1-1"), QStringLiteral("1-2"), QStringLiteral("1-3"),
                               QStringLiteral("2-2"), QStringLiteral("2-3"), QStringLiteral("3-3")});
    CHECK(statementsOf(raw.db()).second == 0);

    auto unprepared = sql::eachRow(raw.db(), QStringLiteral("SELECT * FROM no_such_table"), {},
                                   [](const QSqlQuery&) { return true; });
    REQUIRE_FALSE(unprepared.ok());
    CHECK_THAT(unprepared.message().toStdString(), mentions(QStringLiteral("no_such_table")));
}
