#include "../db/rawconnection.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sqlitefunctions.h"
#include "demo/demodata.h"
#include "register/rowversions.h"
#include "searchfixture.h"
#include "walks/walkregisters.h"

#include <QTemporaryDir>

using namespace lk;
using namespace lk::test;

namespace {

constexpr int searchVersion = 11;

// A file as the version before the search made it: the demo's records, no index.
void buildDemoBeforeSearch(const QString& path) {
    RawConnection raw(path);
    REQUIRE(SqliteFunctions::install(raw.db()).ok());
    auto migrated = Migrator::migrate(raw.db(), Migrator::builtIn(), searchVersion - 1);
    INFO(migrated.message().toStdString());
    REQUIRE(migrated.ok());
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    // Today's repository writes row versions, which came after the search; their migration step keeps them.
    REQUIRE(RowVersions::install(raw.db()).ok());
    auto filled = DemoData::fill(Repository(raw.db()), QStringLiteral("sample"));
    INFO(filled.message().toStdString());
    REQUIRE(filled.ok());
    CHECK_FALSE(raw.hasTable(QStringLiteral("search_index")));
}

qint64 triggerCount(const QSqlDatabase& db) {
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name "
                                      "LIKE 'search!_%' ESCAPE '!'"))
        ->toLongLong();
}

} // namespace

TEST_CASE("The search migration is the step after the last version without it", "[search][migrator]") {
    const QList<Migration> migrations = Migrator::builtIn();
    const auto step = std::find_if(migrations.cbegin(), migrations.cend(), [](const Migration& m) {
        return m.name == QStringLiteral("search_index");
    });
    REQUIRE(step != migrations.cend());
    CHECK(step->version == searchVersion);
    CHECK(step->code); // its C++ step, which makes the triggers from the register descriptions
}

TEST_CASE("A file made before the search gets its index, filled, when it opens", "[search][migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("before-search.sqlite"));
    buildDemoBeforeSearch(path);

    auto database = Database::open(path);
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    const QSqlDatabase db = (*database)->connection();
    CHECK(Migrator::currentVersion(db).value() == Migrator::latestVersion());
    const Repository repository(db);
    // Every record with text is in the index, and found by it.
    for (const RegisterSpec* spec :
         {&WalkRegisters::places(), &OgRegisters::meetings(), &OgRegisters::cases()}) {
        INFO(spec->table.toStdString());
        CHECK(indexRowsOf(repository, spec->table) == rowCount(repository, spec->table));
        CHECK(indexRowsOf(repository, spec->table) > 0);
    }
    const QString code = sql::scalar(db, QStringLiteral("SELECT code FROM og_cases ORDER BY id"))->toString();
    const SearchResult found = searched(repository, code);
    REQUIRE_FALSE(found.groups.isEmpty());
    CHECK(found.groups.first().spec == &OgRegisters::cases());
    // And kept from now on.
    const Record place =
        insertRecord(repository, WalkRegisters::places(),
                     {{QStringLiteral("municipality_id"),
                       sql::scalar(db, QStringLiteral("SELECT min(id) FROM municipalities"))->toLongLong()},
                      {QStringLiteral("name"), QStringLiteral("Ängsvägens lekplats")},
                      {QStringLiteral("category"), QStringLiteral("belysning")}});
    CHECK(hitUuids(repository, QStringLiteral("ängsvägens")) == QStringList{place.uuid});
}

TEST_CASE("The search migration rolls back whole when its step fails", "[search][migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("in-the-way.sqlite"));
    buildDemoBeforeSearch(path);
    {
        // Something of another program's in the index's place: the step cannot make the index.
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE VIEW search_index AS SELECT 1 AS x"));
    }
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QString::number(searchVersion)));
    CHECK_THAT(refused.message().toStdString(), mentions(QString::number(searchVersion - 1)));

    RawConnection raw(path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == searchVersion - 1);
    // Neither the migration's SQL nor any trigger of its step is left.
    CHECK_FALSE(raw.hasTable(QStringLiteral("search_registers")));
    CHECK(triggerCount(raw.db()) == 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_index' AND "
                                    "type = 'view'"))
              .toInt() == 1);
}

TEST_CASE("A migration's C++ step that fails takes the migration's SQL back with it", "[search][migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("code.sqlite")));
    Migration failing{
        1, QStringLiteral("with_code"),
        QStringLiteral("CREATE TABLE made_by_sql (x INTEGER); INSERT INTO made_by_sql VALUES (1);")};
    failing.code = [](const QSqlDatabase& db) -> Status {
        if (auto ran = sql::run(db, QStringLiteral("CREATE TABLE made_by_code (y INTEGER)")); !ran)
            return ran.error();
        return Error{QStringLiteral("the step went wrong")};
    };
    auto migrated = Migrator::migrate(raw.db(), {failing});
    REQUIRE_FALSE(migrated.ok());
    CHECK_THAT(migrated.message().toStdString(), mentions(QStringLiteral("the step went wrong")));
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 0);
    CHECK_FALSE(raw.hasTable(QStringLiteral("made_by_sql")));
    CHECK_FALSE(raw.hasTable(QStringLiteral("made_by_code")));
}
