// Access enforced by the server: each role logs in with its own login and is asked with plain SQL, outside
// the program, what it may read and write; the audit log is stamped by the server and changed by nobody.
#include "catchqt.h"
#include "clirun.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "everyregister.h"
#include "og/ogregisters.h"
#include "police/policeregisters.h"
#include "privacy/accessrules.h"
#include "privacy/auditquery.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "register/repository.h"
#include "serverlogin.h"
#include "testfile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using lk::AccessRules;
using lk::RegisterSpec;
using lk::Registry;
using lk::test::run;
using lk::test::ServerLogin;

namespace {

// What the owner (the test server's superuser) counts of a register's rows of one municipality.
qint64 ownerCount(const lk::Repository& repository, const RegisterSpec& spec, qint64 municipality) {
    auto count = lk::sql::scalar(repository.database(),
                                 QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                     .arg(spec.table, spec.municipalityCondition(spec.table)),
                                 {municipality});
    REQUIRE(count.ok());
    return count->toLongLong();
}

void grant(const QString& url, const ServerLogin& login, const QString& role, const QStringList& names) {
    QStringList arguments{
        QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--server"), url,
        QStringLiteral("--user"), login.login(),           QStringLiteral("--role"),   role};
    for (const QString& name : names)
        arguments << QStringLiteral("--municipality") << name;
    const auto granted = run(arguments);
    INFO(granted.err.toStdString());
    REQUIRE(granted.exit == 0);
}

bool denied(const QString& refusal) {
    return refusal.contains(QStringLiteral("permission denied"));
}

QList<const RegisterSpec*> municipalityRegisters() {
    QList<const RegisterSpec*> registers;
    for (const RegisterSpec* spec : Registry::all())
        if (spec->belongsToMunicipality())
            registers << spec;
    return registers;
}

QStringList caseTables() {
    return {lk::OgRegisters::attendance().table, lk::OgRegisters::cases().table,
            lk::OgRegisters::caseNotes().table, lk::OgRegisters::actionItems().table};
}

bool isPolice(const QString& table) {
    for (const RegisterSpec* spec :
         {&lk::OgRegisters::meetings(), &lk::OgRegisters::attendance(), &lk::OgRegisters::cases(),
          &lk::OgRegisters::caseNotes(), &lk::OgRegisters::actionItems(), &lk::PoliceRegisters::units(),
          &lk::PoliceRegisters::visits(), &lk::PoliceRegisters::drugOperations(),
          &lk::PoliceRegisters::trafficControls(), &lk::PoliceRegisters::informationEfforts()})
        if (spec->table == table)
            return true;
    return false;
}

} // namespace

TEST_CASE("Each role reads and writes only its own, as the server enforces for plain SQL",
          "[privacy][postgres]") {
    const lk::test::TestFile file(lk::Engine::Postgres);
    auto document = file.open();
    // The demo fills every register, which the municipalities below copy a record of each from.
    REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    const lk::Repository repository = document->repository();
    const qint64 a = lk::test::addMunicipalityWithOneOfEach(repository, QStringLiteral("Kommun A"));
    const qint64 b = lk::test::addMunicipalityWithOneOfEach(repository, QStringLiteral("Kommun B"));

    const ServerLogin samordnare(file.path(), QStringLiteral("samordnare"));
    const ServerLogin polis(file.path(), QStringLiteral("polis"));
    const ServerLogin lasare(file.path(), QStringLiteral("lasare"));
    grant(file.path(), samordnare, QStringLiteral("samordnare"), {QStringLiteral("Kommun A")});
    grant(file.path(), polis, QStringLiteral("polis"),
          {QStringLiteral("Kommun A"), QStringLiteral("kommun b")});
    grant(file.path(), lasare, QStringLiteral("lasare"), {QStringLiteral("Kommun A")});

    SECTION("a samordnare reads and writes every register of their municipality, and sees 0 rows of B") {
        CHECK(samordnare.count(QStringLiteral("SELECT count(*) FROM municipalities")) == 1);
        for (const RegisterSpec* spec : municipalityRegisters()) {
            INFO(spec->table.toStdString());
            const qint64 ofA = ownerCount(repository, *spec, a);
            REQUIRE(ofA > 0);
            REQUIRE(ownerCount(repository, *spec, b) > 0);
            CHECK(samordnare.count(QStringLiteral("SELECT count(*) FROM %1").arg(spec->table)) == ofA);
            CHECK(samordnare.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                       .arg(spec->table, spec->municipalityCondition(spec->table)),
                                   {b}) == 0);
            CHECK(samordnare.changed(
                      QStringLiteral("UPDATE %1 SET updated_at = updated_at").arg(spec->table)) == ofA);
        }
        // A row moved to B, or a grant written by the login itself, is refused.
        CHECK(samordnare.refusal(QStringLiteral("UPDATE units SET municipality_id = ?"), {b})
                  .contains(QStringLiteral("row-level security")));
        CHECK(denied(samordnare.refusal(QStringLiteral("INSERT INTO lk_access (login, municipality_id) "
                                                       "VALUES (current_user, ?)"),
                                        {b})));
        CHECK(samordnare.changed(QStringLiteral("DELETE FROM og_cases WHERE municipality_id = ?"), {b}) == 0);
        CHECK(ownerCount(repository, lk::OgRegisters::cases(), b) == 1);
    }

    SECTION("a polis reads and writes the police registers and Operativa gruppen of the area, and reads the "
            "promises") {
        CHECK(polis.count(QStringLiteral("SELECT count(*) FROM municipalities")) == 2);
        for (const RegisterSpec* spec : municipalityRegisters()) {
            INFO(spec->table.toStdString());
            const qint64 ofArea = ownerCount(repository, *spec, a) + ownerCount(repository, *spec, b);
            CHECK(polis.count(QStringLiteral("SELECT count(*) FROM %1").arg(spec->table)) == ofArea);
            const QString touch = QStringLiteral("UPDATE %1 SET updated_at = updated_at").arg(spec->table);
            if (isPolice(spec->table))
                CHECK(polis.changed(touch) == ofArea);
            else
                CHECK(denied(polis.refusal(touch)));
        }
        CHECK(denied(polis.refusal(QStringLiteral("DELETE FROM promises"))));
    }

    SECTION("a lasare reads promises and progress, and gets permission denied on case data") {
        CHECK(lasare.count(QStringLiteral("SELECT count(*) FROM municipalities")) == 1);
        for (const RegisterSpec* spec : {&lk::PromiseRegisters::promises(), &lk::PromiseRegisters::targets(),
                                         &lk::PromiseRegisters::statuses()}) {
            INFO(spec->table.toStdString());
            CHECK(lasare.count(QStringLiteral("SELECT count(*) FROM %1").arg(spec->table)) ==
                  ownerCount(repository, *spec, a));
            CHECK(denied(
                lasare.refusal(QStringLiteral("UPDATE %1 SET updated_at = updated_at").arg(spec->table))));
        }
        for (const QString& table : caseTables()) {
            INFO(table.toStdString());
            CHECK(denied(lasare.refusal(QStringLiteral("SELECT * FROM %1").arg(table))));
        }
        // The meetings are counted for a promise's progress; what they were about is not read.
        CHECK(lasare.count(QStringLiteral("SELECT count(held_on) FROM og_meetings")) ==
              ownerCount(repository, lk::OgRegisters::meetings(), a));
        CHECK(denied(lasare.refusal(QStringLiteral("SELECT minutes FROM og_meetings"))));
        CHECK(denied(lasare.refusal(QStringLiteral("SELECT * FROM audit_log"))));
        // The program's words for it say what to do.
        CHECK(lasare.refusal(QStringLiteral("SELECT * FROM og_cases"))
                  .contains(QStringLiteral("Ask the server's administrator")));
    }

    SECTION("the search index shows a login only its municipalities' text, and a lasare none") {
        const auto indexed = [&repository](qint64 municipality) {
            auto count = lk::sql::scalar(repository.database(),
                                         QStringLiteral("SELECT count(*) FROM search_index WHERE "
                                                        "municipality_id = ?"),
                                         {municipality});
            REQUIRE(count.ok());
            return count->toLongLong();
        };
        REQUIRE(indexed(a) > 0);
        REQUIRE(indexed(b) > 0);
        CHECK(samordnare.count(QStringLiteral("SELECT count(*) FROM search_index")) == indexed(a));
        CHECK(polis.count(QStringLiteral("SELECT count(*) FROM search_index")) == indexed(a) + indexed(b));
        CHECK(denied(lasare.refusal(QStringLiteral("SELECT count(*) FROM search_index"))));
        CHECK(denied(samordnare.refusal(QStringLiteral("DELETE FROM search_index"))));
    }

    SECTION("no role changes or deletes an audit row") {
        const qint64 rows =
            lk::test::scalar(*document, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        REQUIRE(rows > 0);
        for (const ServerLogin* login : {&samordnare, &polis, &lasare}) {
            INFO(login->login().toStdString());
            CHECK(denied(login->refusal(QStringLiteral("UPDATE audit_log SET user_name = 'someone'"))));
            CHECK(denied(login->refusal(QStringLiteral("DELETE FROM audit_log"))));
        }
        CHECK(lk::test::scalar(*document, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() ==
              rows);
    }
}

TEST_CASE("The server stamps an audit row with the login and its own time, whatever the program sent",
          "[privacy][audit][postgres]") {
    const lk::test::TestFile file(lk::Engine::Postgres);
    auto document = file.open();
    // The demo fills every register, which the municipalities below copy a record of each from.
    REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    const qint64 a =
        lk::test::addMunicipalityWithOneOfEach(document->repository(), QStringLiteral("Kommun A"));
    (void)a;
    const ServerLogin samordnare(file.path(), QStringLiteral("samordnare"));
    grant(file.path(), samordnare, QStringLiteral("samordnare"), {QStringLiteral("Kommun A")});

    const QString before = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
    REQUIRE(
        samordnare.changed(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, "
                                          "record_uuid) VALUES ('2001-01-01T00:00:00.000Z', 'someone', "
                                          "'update', 'units', 'x')")) == 1);
    const QString after = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODateWithMs);
    CHECK(
        lk::test::scalar(*document, QStringLiteral("SELECT user_name FROM audit_log WHERE record_uuid = 'x'"))
            .toString() == samordnare.login());
    const QString at =
        lk::test::scalar(*document,
                         QStringLiteral("SELECT changed_at FROM audit_log WHERE record_uuid = 'x'"))
            .toString();
    CHECK(at >= before);
    CHECK(at <= after);

    // Through the program, logged in as the person: the change and its row, stamped with the login.
    {
        auto opened = lk::Database::open(samordnare.url());
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        const lk::Repository asPerson((*opened)->connection());
        auto units = asPerson.list(lk::PoliceRegisters::units());
        REQUIRE(units.ok());
        REQUIRE(units->size() == 1);
        lk::Record changed = units->first();
        changed.values.insert(lk::units::name, QStringLiteral("Rönninge skola"));
        lk::ChangeSet changes;
        changes.update(lk::PoliceRegisters::units(), units->first(), changed);
        auto applied = asPerson.apply(changes);
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
        // The program's audit view, as the person sees it, names the login.
        auto newest = lk::AuditQuery((*opened)->connection(), {}).page(std::nullopt, 1);
        REQUIRE(newest.ok());
        REQUIRE(newest->size() == 1);
        CHECK(newest->first().user == samordnare.login());
        CHECK(newest->first().key == changed.uuid);
    }
    CHECK(lk::test::scalar(*document,
                           QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = 'units' "
                                          "AND action = 'update' AND record_uuid <> 'x'"))
              .toString() == samordnare.login());
}

namespace {

// How many of a record's audit rows still hold the text of a discussion (its note or decisions).
int rowsWithText(const lk::Document& document, const QString& uuid) {
    auto rows = lk::sql::run(
        document.repository().database(),
        QStringLiteral("SELECT old_values, new_values FROM audit_log WHERE record_uuid = ?"), {uuid});
    REQUIRE(rows.ok());
    int holding = 0;
    while (rows->next()) {
        bool text = false;
        for (int column : {0, 1}) {
            const QJsonObject values =
                QJsonDocument::fromJson(rows->value(column).toString().toUtf8()).object();
            for (const QString& field : {QString(lk::ogCaseNotes::note), QString(lk::ogCaseNotes::decisions)})
                text = text || values.value(field).isString();
        }
        holding += text ? 1 : 0;
    }
    return holding;
}

} // namespace

TEST_CASE("A login deletes a case's discussion and its text leaves every audit row, which it may not update",
          "[privacy][audit][postgres]") {
    const lk::test::TestFile file(lk::Engine::Postgres);
    auto document = file.open();
    REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    lk::test::addMunicipalityWithOneOfEach(document->repository(), QStringLiteral("Kommun A"));
    const ServerLogin samordnare(file.path(), QStringLiteral("samordnare"));
    grant(file.path(), samordnare, QStringLiteral("samordnare"), {QStringLiteral("Kommun A")});
    const RegisterSpec& notes = lk::OgRegisters::caseNotes();
    QString uuid;
    {
        auto opened = lk::Database::open(samordnare.url());
        REQUIRE(opened.ok());
        const lk::Repository asPerson((*opened)->connection());
        auto own = asPerson.list(notes);
        REQUIRE(own.ok());
        REQUIRE(own->size() == 1);
        uuid = own->first().uuid;
        // Its insert row was written by the administrator's login, which this login may not read.
        REQUIRE(rowsWithText(*document, uuid) == 1);
        lk::ChangeSet removal;
        removal.remove(notes, own->first());
        auto removed = asPerson.apply(removal);
        INFO(removed.message().toStdString());
        REQUIRE(removed.ok());
    }
    CHECK(lk::test::scalar(*document, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ?"),
                           {uuid})
              .toInt() == 2);
    CHECK(rowsWithText(*document, uuid) == 0);
    CHECK(denied(samordnare.refusal(
        QStringLiteral("UPDATE audit_log SET new_values = NULL WHERE record_uuid = ?"), {uuid})));
}

TEST_CASE("A server set up before roles gets them by a migration step, and a file none",
          "[privacy][postgres]") {
    const lk::test::ServerDatabase empty(lk::test::ServerDatabase::Content::Empty);
    QList<lk::Migration> older = lk::Migrator::builtIn();
    while (!older.isEmpty() && older.last().name != QStringLiteral("search_index"))
        older.removeLast();
    {
        auto made = lk::Database::initServer(empty.url(), older);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        auto missing = AccessRules::unprotected((*made)->connection());
        REQUIRE(missing.ok());
        CHECK(missing->size() == AccessRules::protectedTables().size());
    }
    auto updated = lk::Database::open(empty.url());
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    auto missing = AccessRules::unprotected((*updated)->connection());
    REQUIRE(missing.ok());
    CHECK(missing->isEmpty());
    CHECK(lk::sql::scalar((*updated)->connection(),
                          QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('lk_owner', "
                                         "'lk_samordnare', 'lk_polis', 'lk_lasare')"))
              ->toInt() == 4);

    const lk::test::TestFile local;
    auto document = local.open();
    CHECK_FALSE(lk::test::scalar(*document, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                                           "'lk_access'"))
                    .toBool());
}
