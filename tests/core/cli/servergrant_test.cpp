// `server grant` and `server revoke`: a login joins a group role with its municipalities, and anything
// unclear (a name that fits none or several, an unknown login, a file) is refused with nothing changed.
#include "catchqt.h"
#include "clirun.h"
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
