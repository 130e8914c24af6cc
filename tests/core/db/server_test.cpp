// A database on a PostgreSQL server: set up by `server init`, opened by URL, and refused when it holds
// something else, with nothing changed.
#include "catchqt.h"
#include "clirun.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/serverurl.h"
#include "db/sql.h"
#include "testfile.h"
#include "testserver.h"

#include <QFileInfo>
#include <QTemporaryDir>

using lk::Database;
using lk::Engine;
using lk::Migrator;
using lk::test::run;
using lk::test::ServerDatabase;

namespace {

QStringList tablesOf(const QString& url) {
    auto database = Database::openForReading(url);
    if (!database) // a database that is not ours yet is looked at through a connection of the test's own
        return {};
    auto tables = lk::Dialect::userTables((*database)->connection());
    REQUIRE(tables.ok());
    return *tables;
}

void runOn(const QString& url, const QString& statement) {
    auto parsed = lk::ServerUrl::parse(url);
    REQUIRE(parsed.ok());
    const QString name = QStringLiteral("server-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        parsed->configure(db);
        REQUIRE(db.open());
        auto ran = lk::sql::run(db, statement);
        INFO(ran.message().toStdString());
        REQUIRE(ran.ok());
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A server URL gives QPSQL its parts and never shows its password", "[db][server]") {
    auto url = lk::ServerUrl::parse(
        QStringLiteral("postgresql://samordnaren:hemligt@db.kommun.local:5433/lofteskollen?sslmode=require"));
    REQUIRE(url.ok());
    CHECK(url->databaseName() == QStringLiteral("lofteskollen"));
    CHECK_FALSE(url->display().contains(QStringLiteral("hemligt")));
    CHECK(url->display().contains(QStringLiteral("db.kommun.local:5433/lofteskollen")));
    CHECK(lk::ServerUrl::isServerUrl(QStringLiteral("postgres://x/y")));
    CHECK_FALSE(lk::ServerUrl::isServerUrl(QStringLiteral("/home/anna/postgresql.sqlite")));
    auto noDatabase = lk::ServerUrl::parse(QStringLiteral("postgresql://db.kommun.local"));
    REQUIRE_FALSE(noDatabase.ok());
    CHECK(noDatabase.message().contains(QStringLiteral("no database")));
}

TEST_CASE("server init makes the schema in an empty database, which then opens", "[db][server][postgres]") {
    const ServerDatabase empty(ServerDatabase::Content::Empty);
    const auto made =
        run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), empty.url()});
    INFO(made.err.toStdString());
    REQUIRE(made.exit == 0);
    auto database = Database::open(empty.url());
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    CHECK((*database)->engine() == Engine::Postgres);
    auto version = Migrator::currentVersion((*database)->connection());
    REQUIRE(version.ok());
    CHECK(*version == Migrator::latestVersion());
    CHECK(tablesOf(empty.url()).contains(QStringLiteral("promises")));
}

TEST_CASE("server init refuses a database that is already set up, at any version", "[db][server][postgres]") {
    const ServerDatabase empty(ServerDatabase::Content::Empty);
    // A schema left at an older version, as an older program would have set it up.
    REQUIRE(Database::initServer(empty.url(), Migrator::builtIn().mid(0, 5)).ok());
    const auto older =
        run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), empty.url()});
    INFO(older.err.toStdString());
    CHECK(older.exit == 1);
    CHECK(older.err.contains(QStringLiteral("version 5")));
    CHECK(older.err.contains(QStringLiteral("Nothing was changed")));
    runOn(empty.url(), QStringLiteral("DO $$BEGIN IF (SELECT version FROM lofteskollen_schema) <> 5 THEN "
                                      "RAISE 'changed'; END IF; END$$"));

    runOn(empty.url(),
          QStringLiteral("UPDATE lofteskollen_schema SET version = %1").arg(Migrator::latestVersion() + 1));
    const auto newer =
        run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), empty.url()});
    CHECK(newer.exit == 1);
    CHECK(newer.err.contains(QStringLiteral("already holds")));
    auto opened = Database::open(empty.url());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("newer version")));
    // Opening an older schema brings it up to date, as with a file.
    runOn(empty.url(), QStringLiteral("UPDATE lofteskollen_schema SET version = 5"));
    REQUIRE(Database::open(empty.url()).ok());
    runOn(empty.url(), QStringLiteral("DO $$BEGIN IF (SELECT version FROM lofteskollen_schema) <> %1 THEN "
                                      "RAISE 'not updated'; END IF; END$$")
                           .arg(Migrator::latestVersion()));
}

TEST_CASE("server init refuses a database that holds other tables, and changes nothing",
          "[db][server][postgres]") {
    const ServerDatabase empty(ServerDatabase::Content::Empty);
    runOn(empty.url(), QStringLiteral("CREATE TABLE invoices (id integer)"));
    const auto refused =
        run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), empty.url()});
    CHECK(refused.exit == 1);
    CHECK(refused.err.contains(QStringLiteral("invoices")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
    auto opened = Database::open(empty.url());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("other tables")));
    runOn(empty.url(), QStringLiteral("SELECT count(*) FROM invoices")); // still there, and alone:
    runOn(empty.url(),
          QStringLiteral("DO $$BEGIN IF to_regclass('promises') IS NOT NULL THEN RAISE 'changed'; "
                         "END IF; END$$"));
}

TEST_CASE("An empty server database is not opened as if it were set up", "[db][server][postgres]") {
    const ServerDatabase empty(ServerDatabase::Content::Empty);
    auto opened = Database::open(empty.url());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("server init")));
}

TEST_CASE("A server that does not answer is named, with nothing changed", "[db][server]") {
    const auto refused =
        run({QStringLiteral("check"), QStringLiteral("--server"),
             QStringLiteral("postgresql:///lofteskollen?host=/nonexistent/folder&port=5999")});
    CHECK(refused.exit == 1);
    CHECK(refused.err.contains(QStringLiteral("could not be used")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
}

TEST_CASE("A command takes --db or --server, never both and never neither", "[db][server]") {
    const auto both = run({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("a.sqlite"),
                           QStringLiteral("--server"), QStringLiteral("postgresql:///x")});
    CHECK(both.exit == 2);
    CHECK(both.err.contains(QStringLiteral("not both")));
    const auto neither = run({QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.json")});
    CHECK(neither.exit == 2);
    CHECK(neither.err.contains(QStringLiteral("--server URL")));
    const auto init = run({QStringLiteral("server"), QStringLiteral("init")});
    CHECK(init.exit == 2);
}

TEST_CASE("check and export work on a server database", "[db][server][postgres]") {
    const ServerDatabase server;
    const auto checked = run({QStringLiteral("check"), QStringLiteral("--server"), server.url()});
    INFO(checked.err.toStdString());
    CHECK(checked.exit == 0);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("server.json"));
    const auto exported = run(
        {QStringLiteral("export"), QStringLiteral("--server"), server.url(), QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    CHECK(exported.exit == 0);
    CHECK(QFileInfo::exists(out));
}

TEST_CASE("server upload brings a file's records onto a server with their UUIDs", "[db][server][postgres]") {
    const lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    const ServerDatabase server;
    const auto uploaded = run({QStringLiteral("server"), QStringLiteral("upload"), QStringLiteral("--server"),
                               server.url(), QStringLiteral("--db"), file.path()});
    INFO(uploaded.err.toStdString());
    REQUIRE(uploaded.exit == 0);
    CHECK(uploaded.out.contains(QStringLiteral("added")));
    auto local = lk::Document::open(file.path());
    auto shared = lk::Document::open(server.url());
    REQUIRE(local.ok());
    REQUIRE(shared.ok());
    CHECK(lk::test::TestFile::exportOf(**shared) == lk::test::TestFile::exportOf(**local));
    // Again: every record is matched by its UUID, nothing is added twice.
    const auto again = run({QStringLiteral("server"), QStringLiteral("upload"), QStringLiteral("--server"),
                            server.url(), QStringLiteral("--db"), file.path()});
    CHECK(again.out.contains(QStringLiteral(": 0 added, 0 updated")));
}
