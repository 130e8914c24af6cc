#include "catchqt.h"
#include "db/database.h"
#include "db/migrator.h"
#include "promises/promiseregisters.h"
#include "rawconnection.h"
#include "testfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace lk;
using lk::test::contentsOf;
using lk::test::entriesOf;
using lk::test::mentions;
using lk::test::RawConnection;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Database::open (and openForReading, which must refuse the same) refuses `path`; the message names the file
// and says why; nothing in the folder changed.
void checkRefused(const QString& path, const QString& reason,
                  Database::Create create = Database::Create::No) {
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList entriesBefore = entriesOf(folder);
    const QByteArray bytesBefore = contentsOf(path);
    const bool existed = QFileInfo::exists(path);

    if (create == Database::Create::No) {
        auto read = Database::openForReading(path);
        REQUIRE_FALSE(read.ok());
        CHECK_THAT(read.message().toStdString(), mentions(reason));
        CHECK(contentsOf(path) == bytesBefore);
        CHECK(entriesOf(folder) == entriesBefore);
    }

    auto opened = Database::open(path, create);
    REQUIRE_FALSE(opened.ok());
    const std::string message = opened.message().toStdString();
    CHECK_THAT(message, mentions(QFileInfo(path).fileName()));
    CHECK_THAT(message, mentions(reason));

    CHECK(QFileInfo::exists(path) == existed);
    CHECK(contentsOf(path) == bytesBefore);
    CHECK(entriesOf(folder) == entriesBefore); // no lock, -wal or -shm file left behind
}

} // namespace

TEST_CASE("Database::open refuses what is not a Löfteskollen file and changes nothing", "[database]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file without Create::IfMissing") {
        checkRefused(dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("does not exist"));
    }
    SECTION("a folder") {
        const QString folder = dir.filePath(QStringLiteral("folder.sqlite"));
        REQUIRE(QDir().mkpath(folder));
        checkRefused(folder, QStringLiteral("folder"));
        checkRefused(folder, QStringLiteral("folder"), Database::Create::IfMissing);
        CHECK(entriesOf(folder).isEmpty());
    }
    SECTION("a zero-byte file") {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        checkRefused(path, QStringLiteral("empty"));
        checkRefused(path, QStringLiteral("empty"), Database::Create::IfMissing);
    }
    SECTION("random bytes") {
        const QString path = dir.filePath(QStringLiteral("noise.sqlite"));
        QRandomGenerator random(20210315);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = char(random.bounded(256));
        writeFile(path, bytes);
        checkRefused(path, QStringLiteral("not a Löfteskollen file"));
    }
    SECTION("a text file") {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, QStringLiteral("Möte med Operativa gruppen 2021-03-15\nInga beslut.\n").toUtf8());
        checkRefused(path, QStringLiteral("not a Löfteskollen file"));
    }
    SECTION("an SQLite header followed by garbage") {
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(4096, '\x5a'));
        writeFile(path, bytes);
        checkRefused(path, QStringLiteral("not a Löfteskollen file"));
    }
    SECTION("another program's SQLite file (a table, application_id 0)") {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('Anna', '08-123 45')"));
            REQUIRE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == 0);
        }
        checkRefused(path, QStringLiteral("not a Löfteskollen file"));
    }
    SECTION("another program's SQLite file with its own application_id") {
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA application_id = 1234567"));
            raw.exec(QStringLiteral("CREATE TABLE municipalities (x)"));
        }
        checkRefused(path, QStringLiteral("not a Löfteskollen file"));
    }
}

TEST_CASE("Database::open refuses a file from a newer version and leaves its bytes alone",
          "[database][migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int newer = Migrator::latestVersion() + 1;
    {
        RawConnection raw(path);
        REQUIRE(Migrator::migrate(raw.db(), Migrator::builtIn()).ok());
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
        raw.exec(QStringLiteral("CREATE TABLE added_later (x TEXT)"));
        raw.exec(QStringLiteral(
            "INSERT INTO municipalities (uuid, updated_at, name) VALUES ('m', 'now', 'Salem')"));
    }
    checkRefused(path, QStringLiteral("newer version"));
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QString::number(newer)));

    RawConnection raw(path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == newer);
    CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() != QStringLiteral("wal"));
}

TEST_CASE("Create::IfMissing makes a new file in an existing folder only", "[database]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("an existing folder") {
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto database = Database::open(path, Database::Create::IfMissing);
        INFO(database.message().toStdString());
        REQUIRE(database.ok());
        CHECK(QFileInfo(path).isFile());
        CHECK((*database)->path() == QFileInfo(path).absoluteFilePath());
    }
    SECTION("a folder that does not exist") {
        const QString path = dir.filePath(QStringLiteral("nowhere/new.sqlite"));
        auto database = Database::open(path, Database::Create::IfMissing);
        REQUIRE_FALSE(database.ok());
        CHECK_THAT(database.message().toStdString(), mentions(QStringLiteral("nowhere")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
        CHECK(entriesOf(dir.path()).isEmpty());
    }
}

TEST_CASE("An open file has foreign keys on, WAL journal, a busy timeout and our application id",
          "[database][sqlite]") {
    test::TestFile file;
    auto database = Database::open(file.path());
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    const QSqlDatabase db = (*database)->connection();
    REQUIRE(db.isOpen());

    CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA busy_timeout")).value().toInt() > 0);
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA application_id")).value().toInt() ==
          Database::applicationId);

    // The foreign keys are enforced, not just switched on.
    auto dangling =
        sql::run(db, QStringLiteral("INSERT INTO periods (uuid, updated_at, municipality_id, name, "
                                    "start_date, end_date) VALUES ('p', 'now', 4711, 'x', '2021-01-01', "
                                    "'2021-12-31')"));
    CHECK_FALSE(dangling.ok());
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM periods")).value().toInt() == 0);
}

TEST_CASE("Closing a database removes its connection and its lock", "[database][sqlite]") {
    test::TestFile file;
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    {
        auto database = Database::open(file.path());
        REQUIRE(database.ok());
        CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore.size() + 1);
        CHECK(QFileInfo::exists(file.path() + QStringLiteral(".lock")));
    }
    CHECK(QSqlDatabase::connectionNames() == connectionsBefore);
    CHECK_FALSE(QFileInfo::exists(file.path() + QStringLiteral(".lock")));
}

TEST_CASE("saveCopy writes a copy that opens with the same content, also of unsaved WAL pages",
          "[database]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    // A write that still sits in the -wal file when the copy is made.
    Record municipality;
    municipality.values = {{QStringLiteral("name"), QStringLiteral("Södertälje kommun")}};
    REQUIRE(document->insert(PromiseRegisters::municipalities(), municipality).ok());
    const QByteArray original = test::TestFile::exportOf(*document);

    const QString target = file.pathFor(QStringLiteral("copy.sqlite"));
    auto saved = document->database().saveCopy(target);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    REQUIRE(QFileInfo(target).size() > 0);

    // The copy opens beside the original, which stays open and unchanged.
    auto copy = Document::open(target);
    INFO(copy.message().toStdString());
    REQUIRE(copy.ok());
    CHECK(QString::fromUtf8(test::TestFile::exportOf(**copy)) == QString::fromUtf8(original));
    CHECK(QString::fromUtf8(test::TestFile::exportOf(*document)) == QString::fromUtf8(original));
    CHECK(Migrator::currentVersion((*copy)->database().connection()).value() == Migrator::latestVersion());
}

TEST_CASE("saveCopy never overwrites an existing file", "[database][sqlite]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();

    SECTION("an existing file") {
        const QString target = file.pathFor(QStringLiteral("keep.sqlite"));
        const QByteArray kept("the coordinator's own notes");
        writeFile(target, kept);
        auto saved = document->database().saveCopy(target);
        REQUIRE_FALSE(saved.ok());
        CHECK_THAT(saved.message().toStdString(), mentions(QStringLiteral("keep.sqlite")));
        CHECK(contentsOf(target) == kept);
    }
    SECTION("the open file itself") {
        const QByteArray before = file.bytes();
        auto saved = document->database().saveCopy(file.path());
        REQUIRE_FALSE(saved.ok());
        CHECK(file.bytes() == before);
    }
    SECTION("a folder that does not exist") {
        const QString target = file.pathFor(QStringLiteral("nowhere/copy.sqlite"));
        auto saved = document->database().saveCopy(target);
        REQUIRE_FALSE(saved.ok());
        CHECK_THAT(saved.message().toStdString(), mentions(QStringLiteral("copy.sqlite")));
        CHECK_FALSE(QFileInfo::exists(target));
    }
}

TEST_CASE("createNew fills a new file, removes it when filling fails, and never replaces a file",
          "[database]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("start.sqlite"));

    SECTION("filling succeeds") {
        auto created = Database::createNew(path, [](const Database& database) -> Status {
            return sql::run(database.connection(),
                            QStringLiteral("INSERT INTO settings (name, value) VALUES ('filled', 'yes')"))
                           .ok()
                       ? Status()
                       : Status(Error{QStringLiteral("fill failed")});
        });
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        created->reset();
        auto reopened = Database::open(path);
        REQUIRE(reopened.ok());
        CHECK(sql::scalar((*reopened)->connection(), QStringLiteral("SELECT value FROM settings")).value() ==
              QVariant(QStringLiteral("yes")));
    }
    SECTION("filling fails: nothing is left behind") {
        auto created = Database::createNew(path, [](const Database& database) -> Status {
            REQUIRE(sql::run(database.connection(),
                             QStringLiteral("INSERT INTO settings (name, value) VALUES ('half', 'way')"))
                        .ok());
            return Error{QStringLiteral("the template could not be read")};
        });
        REQUIRE_FALSE(created.ok());
        // Why, and which file was not made.
        CHECK(created.message().endsWith(
            QStringLiteral("start.sqlite was not created: the template could not be read")));
        CHECK(entriesOf(dir.path()).isEmpty());
    }
    SECTION("an existing file is not touched") {
        const QByteArray kept("not ours to replace");
        writeFile(path, kept);
        bool filled = false;
        auto created = Database::createNew(path, [&filled](const Database&) -> Status {
            filled = true;
            return {};
        });
        REQUIRE_FALSE(created.ok());
        CHECK_THAT(created.message().toStdString(), mentions(QStringLiteral("start.sqlite")));
        CHECK_FALSE(filled);
        CHECK(contentsOf(path) == kept);
        CHECK(entriesOf(dir.path()) == QStringList{QStringLiteral("start.sqlite")});
    }
}

TEST_CASE("openForReading reads a file that a window holds, takes no lock and cannot write",
          "[database][sqlite]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    Record municipality;
    municipality.values = {{QStringLiteral("name"), QStringLiteral("Nykvarns kommun")}};
    REQUIRE(
        document->insert(PromiseRegisters::municipalities(), municipality).ok()); // still in the -wal file

    auto reader = Database::openForReading(file.path());
    INFO(reader.message().toStdString());
    REQUIRE(reader.ok());
    CHECK((*reader)->isReadOnly());
    const QSqlDatabase db = (*reader)->connection();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM municipalities")).value() ==
          test::scalar(*document, QStringLiteral("SELECT count(*) FROM municipalities")));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM municipalities WHERE name = ?"),
                      {QStringLiteral("Nykvarns kommun")})
              .value()
              .toInt() == 1);

    auto write =
        sql::run(db, QStringLiteral("INSERT INTO settings (name, value) VALUES ('reader', 'wrote')"));
    CHECK_FALSE(write.ok());
    CHECK(test::scalar(*document, QStringLiteral("SELECT count(*) FROM settings WHERE name = 'reader'"))
              .toInt() == 0);

    // The window keeps its lock and can still write.
    CHECK_FALSE(Database::open(file.path()).ok());
    municipality.values = {{QStringLiteral("name"), QStringLiteral("Ekerö kommun")}};
    CHECK(document->insert(PromiseRegisters::municipalities(), municipality).ok());
}

TEST_CASE("openForReading leaves a closed file byte for byte as it was, with nothing new beside it",
          "[database][sqlite]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    const QByteArray before = file.bytes();
    const QString folder = QFileInfo(file.path()).absolutePath();
    const QStringList entriesBefore = test::entriesOf(folder);
    {
        auto reader = Database::openForReading(file.path());
        INFO(reader.message().toStdString());
        REQUIRE(reader.ok());
        CHECK((*reader)->isReadOnly());
        CHECK(sql::scalar((*reader)->connection(), QStringLiteral("SELECT count(*) FROM promises"))
                  .value()
                  .toInt() > 0);
        // Read as immutable, so it makes no log or index; its lock keeps a writer from starting under it.
        CHECK_FALSE(QFileInfo::exists(file.path() + QStringLiteral("-shm")));
        CHECK(QFileInfo::exists(file.path() + QStringLiteral(".lock")));
        CHECK_FALSE(Database::open(file.path()).ok());
    }
    CHECK(file.bytes() == before);
    CHECK(test::entriesOf(folder) == entriesBefore);
}

TEST_CASE("openForReading beside a writer reads what it has saved, and takes no lock", "[database]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto writer = Database::open(file.path());
    REQUIRE(writer.ok());
    REQUIRE(
        sql::run((*writer)->connection(), QStringLiteral("UPDATE municipalities SET police_area = 'Nord'"))
            .ok());
    auto reader = Database::openForReading(file.path());
    INFO(reader.message().toStdString());
    REQUIRE(reader.ok());
    CHECK(sql::scalar((*reader)->connection(), QStringLiteral("SELECT police_area FROM municipalities"))
              .value() == QVariant(QStringLiteral("Nord")));
}

TEST_CASE("openForReading brings an older file up to date first", "[database][migrator]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(Migrator::migrate(raw.db(), Migrator::builtIn(), 1).ok());
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        raw.exec(QStringLiteral(
            "INSERT INTO municipalities (uuid, updated_at, name) VALUES ('m', 'now', 'Salem')"));
    }
    auto reader = Database::openForReading(path);
    INFO(reader.message().toStdString());
    REQUIRE(reader.ok());
    const QSqlDatabase db = (*reader)->connection();
    CHECK(Migrator::currentVersion(db).value() == Migrator::latestVersion());
    CHECK(sql::scalar(db, QStringLiteral("SELECT name FROM municipalities WHERE uuid = 'm'")).value() ==
          QVariant(QStringLiteral("Salem")));
}
