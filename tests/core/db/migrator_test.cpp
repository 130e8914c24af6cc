#include "catchqt.h"
#include "db/database.h"
#include "db/migrator.h"
#include "promises/promiseregisters.h"
#include "rawconnection.h"
#include "register/registry.h"
#include "register/repository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace lk;
using lk::test::entriesOf;
using lk::test::mentions;
using lk::test::RawConnection;

namespace {

// The column names of a table, empty when there is no such table.
QSet<QString> columnsOf(const QSqlDatabase& db, const QString& table) {
    QSet<QString> names;
    // PRAGMA takes no bound values; the table names here come from the test, never from user text.
    auto query = sql::run(db, QStringLiteral("PRAGMA table_info(") + table + QStringLiteral(")"));
    REQUIRE(query.ok());
    while (query->next())
        names.insert(query->value(1).toString());
    return names;
}

// A row that a file at `version` could hold, written with plain SQL as that version would have, and a query
// that reads one of its values back.
struct OldRow {
    int version;
    QString insert;
    QString check;
    QVariant expected;
};

QList<OldRow> oldRows() {
    return {
        {1,
         QStringLiteral("INSERT INTO municipalities (id, uuid, updated_at, name, police_area) VALUES (1, "
                        "'old-municipality', '2020-12-15T00:00:00Z', 'Salems kommun', 'Södertälje')"),
         QStringLiteral("SELECT police_area FROM municipalities WHERE uuid = 'old-municipality'"),
         QStringLiteral("Södertälje")},
        {1,
         QStringLiteral(
             "INSERT INTO periods (id, uuid, updated_at, municipality_id, name, start_date, end_date) "
             "VALUES (1, 'old-period', '2020-12-15T00:00:00Z', 1, '2021–2022', '2021-01-01', "
             "'2022-12-31')"),
         QStringLiteral("SELECT end_date FROM periods WHERE uuid = 'old-period'"),
         QStringLiteral("2022-12-31")},
        {1,
         QStringLiteral(
             "INSERT INTO focus_areas (id, uuid, updated_at, period_id, sort_order, title, situation) "
             "VALUES (1, 'old-focus', '2020-12-15T00:00:00Z', 1, 1, 'Tryggheten i centrum', "
             "'Lägesbild')"),
         QStringLiteral("SELECT title FROM focus_areas WHERE uuid = 'old-focus'"),
         QStringLiteral("Tryggheten i centrum")},
        {1,
         QStringLiteral(
             "INSERT INTO promises (id, uuid, updated_at, focus_area_id, sort_order, title, aim, text, "
             "responsible) VALUES (1, 'old-promise', '2020-12-15T00:00:00Z', 1, 1, "
             "'Trygghetsvandringar', NULL, 'Vi genomför trygghetsvandringar.', 'samverkan')"),
         QStringLiteral("SELECT responsible FROM promises WHERE uuid = 'old-promise'"),
         QStringLiteral("samverkan")},
        {2,
         QStringLiteral(
             "INSERT INTO targets (id, uuid, updated_at, promise_id, counted, quantity, per, unit) "
             "VALUES (1, 'old-target', '2021-01-10T00:00:00Z', 1, 'Trygghetsvandringar', 4, 'ar', "
             "'vandringar')"),
         QStringLiteral("SELECT quantity FROM targets WHERE uuid = 'old-target'"), 4},
        {2,
         QStringLiteral(
             "INSERT INTO promise_statuses (id, uuid, updated_at, promise_id, reported_on, status, "
             "comment) VALUES (1, 'old-status', '2021-05-01T00:00:00Z', 1, '2021-04-30', 'paborjad', "
             "'Två vandringar gjorda')"),
         QStringLiteral("SELECT status FROM promise_statuses WHERE uuid = 'old-status'"),
         QStringLiteral("paborjad")},
        {3,
         QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, record_uuid, "
                        "old_values, new_values) VALUES ('2021-05-01T00:00:00.000Z', 'anna', 'insert', "
                        "'promise_statuses', 'old-status', NULL, '{}')"),
         QStringLiteral("SELECT user_name FROM audit_log WHERE record_uuid = 'old-status'"),
         QStringLiteral("anna")},
        {3, QStringLiteral("INSERT INTO settings (name, value) VALUES ('retention_years', '5')"),
         QStringLiteral("SELECT value FROM settings WHERE name = 'retention_years'"), QStringLiteral("5")},
    };
}

// Builds a file at schema `version`, with the rows of every version up to it, marked as ours the way every
// program version marks its files.
void buildFileAt(const QString& path, int version) {
    RawConnection raw(path);
    auto migrated = Migrator::migrate(raw.db(), Migrator::builtIn(), version);
    INFO(migrated.message().toStdString());
    REQUIRE(migrated.ok());
    REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == version);
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    for (const OldRow& row : oldRows()) {
        if (row.version <= version)
            raw.exec(row.insert);
    }
}

Migration brokenStep(int version) {
    return {version, QStringLiteral("broken"),
            QStringLiteral("CREATE TABLE broken_first (x INTEGER);\n"
                           "INSERT INTO no_such_table VALUES (1);\n"
                           "CREATE TABLE broken_third (y INTEGER);\n")};
}

} // namespace

TEST_CASE("splitStatements keeps semicolons inside quotes and drops comments", "[migrator]") {
    const QStringList statements = lk::Migrator::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n/* b; */ INSERT "
        "INTO a VALUES ('it''s; fine');"));
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    CHECK(statements.at(1) == QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
}

TEST_CASE("splitStatements handles identifiers, comment markers in strings and a missing last semicolon",
          "[migrator]") {
    SECTION("nothing but comments and blanks gives no statement") {
        CHECK(Migrator::splitStatements(QStringLiteral("-- only a comment\n  /* and; another */ ;\n ;"))
                  .isEmpty());
        CHECK(Migrator::splitStatements(QString()).isEmpty());
    }
    SECTION("a semicolon inside a double-quoted identifier stays") {
        const QStringList statements =
            Migrator::splitStatements(QStringLiteral("CREATE TABLE \"odd;name\" (x); SELECT 1"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(0) == QStringLiteral("CREATE TABLE \"odd;name\" (x)"));
        CHECK(statements.at(1) == QStringLiteral("SELECT 1"));
    }
    SECTION("comment markers inside a string are text") {
        const QStringList statements =
            Migrator::splitStatements(QStringLiteral("INSERT INTO a VALUES ('x -- y /* z */');"));
        REQUIRE(statements.size() == 1);
        CHECK(statements.at(0) == QStringLiteral("INSERT INTO a VALUES ('x -- y /* z */')"));
    }
    SECTION("a block comment over several lines and a line comment at the very end") {
        const QStringList statements = Migrator::splitStatements(
            QStringLiteral("CREATE TABLE a (x);\n/* one;\n two; */\nCREATE TABLE b (y); -- done;"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(1) == QStringLiteral("CREATE TABLE b (y)"));
    }
}

TEST_CASE("The built-in migrations are numbered 1, 2, 3, … without gaps", "[migrator]") {
    const QList<Migration> migrations = Migrator::builtIn();
    REQUIRE_FALSE(migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i) {
        INFO("migration " << i);
        CHECK(migrations.at(i).version == i + 1);
        CHECK_FALSE(migrations.at(i).name.isEmpty());
        // SQL, a step in C++ ("-- code: NAME"), or both.
        CHECK((!Migrator::splitStatements(migrations.at(i).sql).isEmpty() || migrations.at(i).code));
    }
    CHECK(Migrator::latestVersion() == migrations.last().version);
}

TEST_CASE("A new file reaches the latest version and has every table and column the registers use",
          "[migrator][database]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = Database::open(dir.filePath(QStringLiteral("new.sqlite")), Database::Create::IfMissing);
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    const QSqlDatabase db = (*database)->connection();

    auto version = Migrator::currentVersion(db);
    REQUIRE(version.ok());
    CHECK(*version == Migrator::latestVersion());

    for (const RegisterSpec* spec : Registry::all()) {
        INFO("table " << spec->table.toStdString());
        const QSet<QString> columns = columnsOf(db, spec->table);
        REQUIRE_FALSE(columns.isEmpty());
        for (const QString& key : {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("updated_at"),
                                   QStringLiteral("version")})
            CHECK(columns.contains(key));
        for (const FieldSpec& field : spec->fields) {
            INFO("column " << field.name.toStdString());
            CHECK(columns.contains(field.name));
        }
    }
    const QSet<QString> audit = columnsOf(db, QStringLiteral("audit_log"));
    for (const QString& column :
         {QStringLiteral("changed_at"), QStringLiteral("user_name"), QStringLiteral("action"),
          QStringLiteral("table_name"), QStringLiteral("record_uuid"), QStringLiteral("old_values"),
          QStringLiteral("new_values")})
        CHECK(audit.contains(column));
    CHECK(columnsOf(db, QStringLiteral("settings")).contains(QStringLiteral("value")));
}

TEST_CASE("migrate stops at upTo and a second run changes nothing", "[migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("steps.sqlite")));
    auto start = Migrator::currentVersion(raw.db());
    REQUIRE(start.ok());
    CHECK(*start == 0);

    for (int version = 1; version <= Migrator::latestVersion(); ++version) {
        INFO("up to " << version);
        REQUIRE(Migrator::migrate(raw.db(), Migrator::builtIn(), version).ok());
        CHECK(Migrator::currentVersion(raw.db()).value() == version);
    }
    const QVariant tables = raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    auto again = Migrator::migrate(raw.db(), Migrator::builtIn());
    INFO(again.message().toStdString());
    CHECK(again.ok());
    CHECK(Migrator::currentVersion(raw.db()).value() == Migrator::latestVersion());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")) == tables);
}

TEST_CASE("A file from every earlier version opens, reaches the latest version and keeps its rows",
          "[migrator][database]") {
    for (int from = 0; from < Migrator::latestVersion(); ++from) {
        INFO("file at version " << from);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        buildFileAt(path, from);

        auto database = Database::open(path);
        INFO(database.message().toStdString());
        REQUIRE(database.ok());
        const QSqlDatabase db = (*database)->connection();
        CHECK(Migrator::currentVersion(db).value() == Migrator::latestVersion());
        CHECK(sql::scalar(db, QStringLiteral("PRAGMA application_id")).value().toInt() ==
              Database::applicationId);

        for (const OldRow& row : oldRows()) {
            if (row.version > from)
                continue;
            INFO(row.check.toStdString());
            auto value = sql::scalar(db, row.check);
            REQUIRE(value.ok());
            CHECK(value->toString() == row.expected.toString());
        }

        // The tables a later step added take rows that point at the old ones.
        if (from >= 1) {
            Repository repository(db);
            auto promise = repository.find(PromiseRegisters::promises(), QStringLiteral("old-promise"));
            REQUIRE(promise.ok());
            REQUIRE(promise->has_value());
            ChangeSet changes;
            Record status;
            status.values = {{QStringLiteral("promise_id"), (*promise)->id},
                             {QStringLiteral("reported_on"), QStringLiteral("2022-12-31")},
                             {QStringLiteral("status"), QStringLiteral("genomford")}};
            changes.insert(PromiseRegisters::statuses(), status);
            auto applied = repository.apply(changes);
            INFO(applied.message().toStdString());
            CHECK(applied.ok());
        }
    }
}

TEST_CASE("A migration whose second statement fails rolls back whole", "[migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("broken.sqlite")));
    REQUIRE(Migrator::migrate(raw.db(), Migrator::builtIn()).ok());
    const int latest = Migrator::latestVersion();
    const QVariant tablesBefore = raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));

    QList<Migration> migrations = Migrator::builtIn();
    migrations.append(brokenStep(latest + 1));
    auto migrated = Migrator::migrate(raw.db(), migrations);
    REQUIRE_FALSE(migrated.ok());
    CHECK_THAT(migrated.message().toStdString(), mentions(QString::number(latest + 1)));
    CHECK_THAT(migrated.message().toStdString(), mentions(QStringLiteral("no_such_table")));

    CHECK(Migrator::currentVersion(raw.db()).value() == latest);
    CHECK_FALSE(raw.hasTable(QStringLiteral("broken_first")));
    CHECK_FALSE(raw.hasTable(QStringLiteral("broken_third")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")) == tablesBefore);
    // No transaction is left open: the file takes a plain write.
    raw.exec(QStringLiteral("INSERT INTO settings (name, value) VALUES ('after', 'yes')"));
    CHECK(raw.scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'after'")).toString() ==
          QStringLiteral("yes"));
}

TEST_CASE("A failing step keeps the steps before it and none of its own", "[migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("second.sqlite")));
    const QList<Migration> migrations{
        {1, QStringLiteral("first"),
         QStringLiteral("CREATE TABLE one (x INTEGER); INSERT INTO one VALUES (1);")},
        brokenStep(2),
        {3, QStringLiteral("third"), QStringLiteral("CREATE TABLE three (z INTEGER);")},
    };
    auto migrated = Migrator::migrate(raw.db(), migrations);
    REQUIRE_FALSE(migrated.ok());
    CHECK(Migrator::currentVersion(raw.db()).value() == 1);
    CHECK(raw.hasTable(QStringLiteral("one")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM one")).toInt() == 1);
    CHECK_FALSE(raw.hasTable(QStringLiteral("broken_first")));
    CHECK_FALSE(raw.hasTable(QStringLiteral("three")));
}

TEST_CASE("Database::open with a broken migration refuses and leaves the file at its version",
          "[migrator][database]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    {
        auto created = Database::open(path, Database::Create::IfMissing);
        REQUIRE(created.ok());
    }
    const int latest = Migrator::latestVersion();
    QList<Migration> migrations = Migrator::builtIn();
    migrations.append(brokenStep(latest + 1));

    auto refused = Database::open(path, Database::Create::No, migrations);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("file.sqlite")));
    CHECK_THAT(refused.message().toStdString(), mentions(QString::number(latest)));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));

    {
        RawConnection raw(path);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == latest);
        CHECK_FALSE(raw.hasTable(QStringLiteral("broken_first")));
    }
    auto reopened = Database::open(path);
    INFO(reopened.message().toStdString());
    CHECK(reopened.ok());
}

TEST_CASE("splitStatements keeps a trigger's body together", "[migrator]") {
    const QStringList statements = Migrator::splitStatements(QStringLiteral(
        "CREATE TABLE a (x TEXT);\nCREATE TRIGGER a_stamp AFTER INSERT ON a BEGIN\n  UPDATE a SET "
        "x = 'y' WHERE rowid = new.rowid;\n  SELECT 1;\nEND;\nCREATE TABLE b (y TEXT);"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END")));
    CHECK(statements.at(2) == QStringLiteral("CREATE TABLE b (y TEXT)"));
}

TEST_CASE("Rebuilding a parent table in a migration does not cascade into its children", "[migrator]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rebuild.sqlite"));
    const QList<Migration> migrations{
        {1, QStringLiteral("tables"),
         QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);"
                        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                        "REFERENCES parent (id) ON DELETE CASCADE);"
                        "INSERT INTO parent VALUES (1, 'a'); INSERT INTO child VALUES (10, 1);")},
        // SQLite's recipe for changing a column: new table, copy, drop the old one, rename.
        {2, QStringLiteral("rebuild"),
         QStringLiteral("CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');"
                        "INSERT INTO parent_new SELECT id, name FROM parent; DROP TABLE parent;"
                        "ALTER TABLE parent_new RENAME TO parent;")},
    };
    RawConnection raw(path);
    raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    auto migrated = Migrator::migrate(raw.db(), migrations);
    INFO(migrated.message().toStdString());
    REQUIRE(migrated.ok());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM child")).toInt() == 1);
    // The connection gets its foreign keys back.
    CHECK(raw.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("A migration that leaves a reference dangling is rolled back, naming the table", "[migrator]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dangling.sqlite"));
    const QList<Migration> migrations{
        {1, QStringLiteral("tables"),
         QStringLiteral(
             "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
             "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));"
             "INSERT INTO parent VALUES (1); INSERT INTO child VALUES (10, 1);")},
        {2, QStringLiteral("loses_parents"), QStringLiteral("DELETE FROM parent;")},
    };
    RawConnection raw(path);
    auto migrated = Migrator::migrate(raw.db(), migrations);
    REQUIRE_FALSE(migrated.ok());
    CHECK_THAT(migrated.message().toStdString(), mentions(QStringLiteral("child")));
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM parent")).toInt() == 1);
}

TEST_CASE("A file whose later migration failed is still recognised as ours", "[migrator]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.sqlite"));
    QList<Migration> broken = Migrator::builtIn().mid(0, 1);
    broken.append({2, QStringLiteral("broken"), QStringLiteral("CREATE TABLE x (; nonsense")});
    {
        auto first = Database::open(path, Database::Create::IfMissing, broken);
        REQUIRE_FALSE(first.ok());
    }
    // The version and the mark were written together with step 1, so the next open continues from there.
    auto second = Database::open(path);
    INFO(second.message().toStdString());
    REQUIRE(second.ok());
    CHECK(sql::scalar((*second)->connection(), QStringLiteral("PRAGMA user_version"))->toInt() ==
          Migrator::latestVersion());
}

TEST_CASE("createNew leaves no file behind when the new file cannot be set up", "[migrator]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto created =
        Database::createNew(path, [](const Database&) -> Status { return Error{QStringLiteral("no")}; });
    CHECK_FALSE(created.ok());
    CHECK(entriesOf(dir.path()).isEmpty());
}
