// What the user is told when a server cannot be used: a password it wants, a password it refuses, a host
// that does not exist, a schema too old to bring up to date; each a message saying what to do, nothing
// changed.
#include "catchqt.h"
#include "cli/commandline.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/serverurl.h"
#include "ownserver.h"
#include "testserver.h"

#include <QSqlDatabase>
#include <QUuid>

using namespace lk;
using lk::test::mentions;
using lk::test::OwnServer;
using lk::test::ServerDatabase;

namespace {

// A QPSQL connection as a URL sets it up, not opened, to read back what it would connect with.
struct Unopened {
    explicit Unopened(const ServerUrl& url) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        url.configure(db);
    }
    ~Unopened() {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QString name = QStringLiteral("unopened-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;
};

} // namespace

TEST_CASE("A server that wants a password says so, and one it refuses is named", "[db][server][postgres]") {
    OwnServer server;
    server.addPasswordLogin(QStringLiteral("anna"), QStringLiteral("hemligt"));

    auto none = Database::open(server.url(QStringLiteral("anna")));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == ServerUrl::passwordField);
    CHECK_THAT(none.message().toStdString(), mentions(QStringLiteral("asks for the password of anna")));
    CHECK_THAT(none.message().toStdString(), mentions(QStringLiteral("Nothing was changed")));

    auto wrong = Database::open(server.url(QStringLiteral("anna"), QStringLiteral("fel")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == ServerUrl::passwordField);
    CHECK_THAT(wrong.message().toStdString(),
               mentions(QStringLiteral("did not accept the password of anna")));
    CHECK_FALSE(wrong.message().contains(QStringLiteral("fel&")));

    auto right = Database::open(
        ServerUrl::withPassword(server.url(QStringLiteral("anna")), QStringLiteral("hemligt")));
    INFO(right.message().toStdString());
    REQUIRE(right.ok());
    CHECK_FALSE((*right)->path().contains(QStringLiteral("hemligt")));
    CHECK((*right)->path() == ServerUrl::parse(server.url(QStringLiteral("anna")))->display());
    // Any character: the password is not one of the options QPSQL splits at ';'.
    auto odd = ServerUrl::parse(
        ServerUrl::withPassword(server.url(QStringLiteral("anna")), QStringLiteral("a;b&c=d%e f")));
    REQUIRE(odd.ok());
    CHECK(Unopened(*odd).db.password() == QStringLiteral("a;b&c=d%e f"));
}

TEST_CASE("A server name that does not exist is named as such", "[db][server]") {
    auto unknown = Database::open(QStringLiteral("postgresql://anna@no-such-host.invalid/lofteskollen"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field.isEmpty());
    CHECK_THAT(unknown.message().toStdString(),
               mentions(QStringLiteral("no server called no-such-host.invalid")));
    CHECK_THAT(unknown.message().toStdString(), mentions(QStringLiteral("Nothing was changed")));
}

TEST_CASE("A server's schema too old to bring up to date is named, and left at its version",
          "[db][server][postgres]") {
    const ServerDatabase server;
    QList<Migration> migrations = Migrator::builtIn();
    // A next version whose step fails, as one would for a login that does not own the tables.
    migrations << Migration{migrations.last().version + 1, QStringLiteral("fails"),
                            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT;")};
    auto opened = Database::open(server.url(), Database::Create::No, migrations);
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.message().toStdString(), mentions(QStringLiteral("older version of Löfteskollen")));
    CHECK_THAT(opened.message().toStdString(), mentions(QStringLiteral("Nothing was changed")));
    auto again = Database::open(server.url());
    REQUIRE(again.ok());
    auto version = Migrator::currentVersion((*again)->connection());
    REQUIRE(version.ok());
    CHECK(*version == Migrator::latestVersion());
}

TEST_CASE("A dropped network does not hang a connection for minutes, unless the URL says otherwise",
          "[db][server]") {
    auto url = ServerUrl::parse(QStringLiteral("postgresql://anna@db.kommun.local/lofteskollen"));
    REQUIRE(url.ok());
    const QString options = Unopened(*url).db.connectOptions();
    CHECK(options.contains(QStringLiteral("connect_timeout=10")));
    CHECK(options.contains(QStringLiteral("tcp_user_timeout=15000")));
    auto own =
        ServerUrl::parse(QStringLiteral("postgresql://anna@db.kommun.local/lofteskollen?connect_timeout=3"));
    REQUIRE(own.ok());
    const QString ownOptions = Unopened(*own).db.connectOptions();
    CHECK(ownOptions.contains(QStringLiteral("connect_timeout='3'")));
    CHECK_FALSE(ownOptions.contains(QStringLiteral("connect_timeout=10")));
}

TEST_CASE("The window takes --server URL in place of --db FILE, never both", "[db][server]") {
    const QString url = QStringLiteral("postgresql://samordnaren@db.kommun.local/lofteskollen");
    auto window = CommandLine::parseWindow({QStringLiteral("lofteskollen"), QStringLiteral("--server"), url});
    REQUIRE(window.ok());
    CHECK(window->database == url);
    auto both = CommandLine::parseWindow({QStringLiteral("lofteskollen"), QStringLiteral("--server"), url,
                                          QStringLiteral("--db"), QStringLiteral("a.sqlite")});
    REQUIRE_FALSE(both.ok());
    CHECK_THAT(both.message().toStdString(), mentions(QStringLiteral("not both")));
}
