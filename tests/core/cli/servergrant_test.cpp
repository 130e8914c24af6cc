// `server grant` and `server revoke`: a login joins a group role with its municipalities, and anything
// unclear (a name that fits none or several, an unknown login, a file) is refused with nothing changed.
#include "catchqt.h"
#include "clirun.h"
#include "db/database.h"
#include "db/serverurl.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "everyregister.h"
#include "serverlogin.h"
#include "testfile.h"

using lk::test::run;
using lk::test::ServerLogin;

namespace {

QStringList grantArguments(const QString& action, const QString& url, const QString& login,
                           const QString& role, const QStringList& names) {
    QStringList arguments{QStringLiteral("server"), action, QStringLiteral("--server"), url,
                          QStringLiteral("--user"), login,  QStringLiteral("--role"),   role};
    for (const QString& name : names)
        arguments << QStringLiteral("--municipality") << name;
    return arguments;
}

qint64 grants(const lk::Document& document, const QString& login) {
    return lk::test::scalar(document, QStringLiteral("SELECT count(*) FROM lk_access WHERE login = ?"),
                            {login})
        .toLongLong();
}

bool member(const lk::Document& document, const QString& login, const QString& group) {
    return lk::test::scalar(document, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"), {login, group})
        .toBool();
}

} // namespace

TEST_CASE("server grant gives a login a role for the municipalities named, and revoke takes it back",
          "[cli][server][postgres]") {
    const lk::test::TestFile file(lk::Engine::Postgres);
    auto document = file.open();
    // The demo fills every register, which the municipalities below copy a record of each from.
    REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    lk::test::addMunicipalityWithOneOfEach(document->repository(), QStringLiteral("Ekerö kommun"));
    const ServerLogin polis(file.path(), QStringLiteral("polis"));
    const QString login = polis.login();

    SECTION("an unknown municipality refuses the whole grant") {
        const auto refused =
            run(grantArguments(QStringLiteral("grant"), file.path(), login, QStringLiteral("polis"),
                               {QStringLiteral("Ekerö kommun"), QStringLiteral("Upplands-Bro")}));
        CHECK(refused.exit == 1);
        CHECK(refused.err.contains(QStringLiteral("Upplands-Bro")));
        CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
        CHECK(grants(*document, login) == 0);
        CHECK_FALSE(member(*document, login, QStringLiteral("lk_polis")));
    }
    SECTION("a name two municipalities share is refused with their UUIDs") {
        lk::test::addMunicipalityWithOneOfEach(document->repository(), QStringLiteral("Ekerö kommun"));
        const auto refused = run(grantArguments(QStringLiteral("grant"), file.path(), login,
                                                QStringLiteral("polis"), {QStringLiteral("Ekerö kommun")}));
        CHECK(refused.exit == 1);
        CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
        CHECK(grants(*document, login) == 0);
    }
    SECTION("an unknown login, an unknown role and a file are refused") {
        const auto noLogin =
            run(grantArguments(QStringLiteral("grant"), file.path(), QStringLiteral("nobody_here"),
                               QStringLiteral("polis"), {QStringLiteral("Ekerö kommun")}));
        CHECK(noLogin.exit == 1);
        CHECK(noLogin.err.contains(QStringLiteral("CREATE ROLE")));
        const auto noRole = run(grantArguments(QStringLiteral("grant"), file.path(), login,
                                               QStringLiteral("chef"), {QStringLiteral("Ekerö kommun")}));
        CHECK(noRole.exit == 2);
        CHECK(noRole.err.contains(QStringLiteral("samordnare, polis, lasare")));
        const lk::test::TestFile local(QStringLiteral("salem-2021-2022"));
        const auto onFile = run(grantArguments(QStringLiteral("grant"), local.path(), login,
                                               QStringLiteral("polis"), {QStringLiteral("Salems kommun")}));
        CHECK(onFile.exit == 1);
        CHECK(onFile.err.contains(QStringLiteral("has no logins")));
        CHECK(grants(*document, login) == 0);
    }
    SECTION("a police area is granted, a second role refused, and the last revoke ends the membership") {
        const auto granted =
            run(grantArguments(QStringLiteral("grant"), file.path(), login, QStringLiteral("polis"),
                               {QStringLiteral("salems kommun"), QStringLiteral("Ekerö kommun")}));
        INFO(granted.err.toStdString());
        REQUIRE(granted.exit == 0);
        CHECK(granted.out.contains(QStringLiteral("Ekerö kommun")));
        CHECK(grants(*document, login) == 2);
        CHECK(member(*document, login, QStringLiteral("lk_polis")));
        const auto second =
            run(grantArguments(QStringLiteral("grant"), file.path(), login, QStringLiteral("samordnare"),
                               {QStringLiteral("Ekerö kommun")}));
        CHECK(second.exit == 1);
        CHECK(second.err.contains(QStringLiteral("already polis")));
        CHECK_FALSE(member(*document, login, QStringLiteral("lk_samordnare")));

        const auto one = run(grantArguments(QStringLiteral("revoke"), file.path(), login,
                                            QStringLiteral("polis"), {QStringLiteral("Ekerö kommun")}));
        INFO(one.err.toStdString());
        REQUIRE(one.exit == 0);
        CHECK(grants(*document, login) == 1);
        CHECK(member(*document, login, QStringLiteral("lk_polis")));
        const auto last = run(grantArguments(QStringLiteral("revoke"), file.path(), login,
                                             QStringLiteral("polis"), {QStringLiteral("Salems kommun")}));
        REQUIRE(last.exit == 0);
        CHECK(grants(*document, login) == 0);
        CHECK_FALSE(member(*document, login, QStringLiteral("lk_polis")));
        CHECK(polis.count(QStringLiteral("SELECT count(*) FROM visits")) == -1);
    }
}

TEST_CASE("An administrator who owns the database but is no superuser sets it up and grants",
          "[cli][server][postgres]") {
    const lk::test::ServerDatabase empty(lk::test::ServerDatabase::Content::Empty);
    auto parsed = lk::ServerUrl::parse(empty.url());
    REQUIRE(parsed.ok());
    const QString database = parsed->databaseName();
    {
        const ServerLogin admin(empty.url(), QStringLiteral("it"), QStringLiteral("CREATEROLE"));
        const ServerLogin anna(empty.url(), QStringLiteral("anna"));
        REQUIRE(lk::test::ServerDatabase::administer(
                    QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, admin.login()))
                    .ok());
        const auto made =
            run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), admin.url()});
        INFO(made.err.toStdString());
        CHECK(made.exit == 0);
        {
            auto opened = lk::Database::open(admin.url());
            REQUIRE(opened.ok());
            lk::Record municipality;
            municipality.values.insert(lk::municipalities::name, QStringLiteral("Kommun A"));
            lk::ChangeSet changes;
            changes.insert(lk::PromiseRegisters::municipalities(), municipality);
            auto added = lk::Repository((*opened)->connection()).apply(changes);
            INFO(added.message().toStdString());
            REQUIRE(added.ok());
        }
        const auto granted = run(grantArguments(QStringLiteral("grant"), admin.url(), anna.login(),
                                                QStringLiteral("samordnare"), {QStringLiteral("Kommun A")}));
        INFO(granted.err.toStdString());
        CHECK(granted.exit == 0);
        CHECK(anna.count(QStringLiteral("SELECT count(*) FROM municipalities")) == 1);
        const auto checked = run({QStringLiteral("check"), QStringLiteral("--server"), admin.url()});
        CHECK(checked.exit == 0);
        // The database (with what the administrator made in it) goes first, so that its login can go too.
        REQUIRE(lk::test::ServerDatabase::administer(
                    QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database))
                    .ok());
    }
}
