// Every kind of bad file the window may be asked to open, as one table: what the user is told, and that the
// file is left byte for byte as it was.
#include "../register/registerfixture.h"
#include "catchqt.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "rawconnection.h"
#include "readonlyplace.h"
#include "testfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace lk;
using lk::test::contentsOf;
using lk::test::entriesOf;
using lk::test::mentions;
using lk::test::municipalityValues;
using lk::test::RawConnection;
using lk::test::ReadOnlyPlace;
using lk::test::recordOf;
using lk::test::TestFile;

namespace {

enum class Outcome { Refused, ReadOnly, Opens };

// What a case leaves for Document::open: the path to open, and whatever must live as long as the test
// (a second window's document, a read-only mount).
struct Prepared {
    QString path;
    std::shared_ptr<void> keep;
};

struct BadFile {
    const char* name;
    std::function<Prepared(const QTemporaryDir& dir, const TestFile& good)> prepare;
    Outcome outcome;
    const char* saying; // what the message (or the read-only reason) says
    Error::Cause cause = Error::Cause::Other;
    // For a file that opens: what it must hold then.
    std::function<void(const Document&)> holds = {};
};

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A file with enough rows to span many pages, so that cutting or damaging it hits real data.
void fill(const TestFile& file, int rows) {
    RawConnection raw(file.path());
    raw.exec(QStringLiteral("BEGIN"));
    for (int row = 0; row < rows; ++row)
        raw.exec(QStringLiteral("INSERT INTO municipalities (uuid, updated_at, name) VALUES (?, 'now', ?)"),
                 {QStringLiteral("m-%1").arg(row), QString(400, QChar(u'a' + row % 26))});
    raw.exec(QStringLiteral("COMMIT"));
}

int municipalityCount(const Document& document) {
    return lk::test::scalar(document, QStringLiteral("SELECT count(*) FROM municipalities")).toInt();
}

QString copyOf(const TestFile& good, const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(good.path(), path));
    return path;
}

const QList<BadFile>& cases() {
    static const QList<BadFile> all{
        {"a missing file",
         [](const QTemporaryDir& dir, const TestFile&) {
             return Prepared{dir.filePath(QStringLiteral("gone.sqlite")), {}};
         },
         Outcome::Refused, "does not exist"},
        {"a file in a missing folder",
         [](const QTemporaryDir& dir, const TestFile&) {
             return Prepared{dir.filePath(QStringLiteral("no-such-folder/file.sqlite")), {}};
         },
         Outcome::Refused, "does not exist"},
        {"zero bytes",
         [](const QTemporaryDir& dir, const TestFile&) {
             const QString path = dir.filePath(QStringLiteral("zero.sqlite"));
             write(path, {});
             return Prepared{path, {}};
         },
         Outcome::Refused, "is empty"},
        {"random bytes",
         [](const QTemporaryDir& dir, const TestFile&) {
             const QString path = dir.filePath(QStringLiteral("noise.sqlite"));
             QRandomGenerator random(20211115);
             QByteArray bytes(65536, Qt::Uninitialized);
             for (char& byte : bytes)
                 byte = char(random.bounded(256));
             write(path, bytes);
             return Prepared{path, {}};
         },
         Outcome::Refused, "not a Löfteskollen file"},
        {"a Löfteskollen file cut in half",
         [](const QTemporaryDir& dir, const TestFile& good) {
             const QString path = copyOf(good, dir, QStringLiteral("cut.sqlite"));
             QFile file(path);
             REQUIRE(file.resize(file.size() / 2));
             return Prepared{path, {}};
         },
         Outcome::Refused, "is damaged"},
        {"a Löfteskollen file with a damaged page",
         [](const QTemporaryDir& dir, const TestFile& good) {
             const QString path = copyOf(good, dir, QStringLiteral("damaged.sqlite"));
             QFile file(path);
             REQUIRE(file.open(QIODevice::ReadWrite));
             // Past the schema, in the middle of the table's pages: a disk sector gone bad.
             REQUIRE(file.seek(file.size() - 40 * 4096));
             REQUIRE(file.write(QByteArray(4096, '\xff')) == 4096);
             return Prepared{path, {}};
         },
         Outcome::Refused, "is damaged"},
        {"another program's SQLite file",
         [](const QTemporaryDir& dir, const TestFile&) {
             const QString path = dir.filePath(QStringLiteral("addresses.sqlite"));
             RawConnection raw(path);
             raw.exec(QStringLiteral("CREATE TABLE people (name TEXT, phone TEXT)"));
             raw.exec(QStringLiteral("INSERT INTO people VALUES ('Anna', '08-123 45')"));
             return Prepared{path, {}};
         },
         Outcome::Refused, "not a Löfteskollen file"},
        {"a file from a newer version",
         [](const QTemporaryDir& dir, const TestFile& good) {
             const QString path = copyOf(good, dir, QStringLiteral("newer.sqlite"));
             RawConnection raw(path);
             raw.exec(QStringLiteral("PRAGMA user_version = 9999"));
             return Prepared{path, {}};
         },
         Outcome::Refused, "newer version"},
        {"a file another window holds",
         [](const QTemporaryDir&, const TestFile& good) {
             auto held = Document::open(good.path());
             REQUIRE(held.ok());
             return Prepared{good.path(), std::shared_ptr<Document>(std::move(*held))};
         },
         Outcome::Refused, "used by another instance", Error::Cause::HeldByAnother},
        {"a read-only file",
         [](const QTemporaryDir&, const TestFile& good) {
             auto place = std::make_shared<ReadOnlyPlace>(good.path(), QStringLiteral("locked.sqlite"));
             REQUIRE(place->ready());
             return Prepared{place->path(), place};
         },
         Outcome::ReadOnly, "read-only"},
        {"a file in a read-only folder",
         [](const QTemporaryDir&, const TestFile& good) {
             auto place = std::make_shared<ReadOnlyPlace>(good.path(), QStringLiteral("shared.sqlite"),
                                                          ReadOnlyPlace::What::Folder);
             REQUIRE(place->ready());
             return Prepared{place->path(), place};
         },
         Outcome::ReadOnly, "read-only"},
        {"a write-ahead log left by a crash",
         [](const QTemporaryDir& dir, const TestFile& good) {
             // Copying the file and its log while a writer still has them open is what a crash leaves: the
             // last commits live only in the log, which SQLite must replay, never discard.
             RawConnection raw(good.path());
             raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
             raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
             raw.exec(QStringLiteral("INSERT INTO municipalities (uuid, updated_at, name) "
                                     "VALUES ('only-in-log', 'now', 'Salem')"));
             const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
             REQUIRE(QFile::copy(good.path(), path));
             REQUIRE(QFile::copy(good.path() + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
             return Prepared{path, {}};
         },
         Outcome::Opens, "", Error::Cause::Other,
         [](const Document& document) {
             CHECK(lk::test::scalar(document, QStringLiteral("SELECT count(*) FROM municipalities "
                                                             "WHERE uuid = 'only-in-log'"))
                       .toInt() == 1);
         }},
        {"a rollback journal left by a crash",
         [](const QTemporaryDir& dir, const TestFile& good) {
             // A transaction too big for the page cache writes into the file before it commits; a crash
             // then leaves the old pages in the journal, and opening must put them back.
             RawConnection raw(good.path());
             raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
             raw.exec(QStringLiteral("PRAGMA cache_size = 2"));
             raw.exec(QStringLiteral("BEGIN"));
             raw.exec(QStringLiteral("UPDATE municipalities SET name = 'half-written'"));
             const QString path = dir.filePath(QStringLiteral("interrupted.sqlite"));
             REQUIRE(QFileInfo::exists(good.path() + QStringLiteral("-journal")));
             REQUIRE(QFile::copy(good.path(), path));
             REQUIRE(
                 QFile::copy(good.path() + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
             raw.exec(QStringLiteral("ROLLBACK"));
             return Prepared{path, {}};
         },
         Outcome::Opens, "", Error::Cause::Other,
         [](const Document& document) {
             CHECK(lk::test::scalar(document, QStringLiteral("SELECT count(*) FROM municipalities "
                                                             "WHERE name = 'half-written'"))
                       .toInt() == 0);
         }},
    };
    return all;
}

void checkRefused(const BadFile& bad, const QString& path) {
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList entriesBefore = entriesOf(folder);
    const QByteArray bytesBefore = contentsOf(path);
    auto opened = Document::open(path);
    REQUIRE_FALSE(opened.ok());
    const std::string message = opened.message().toStdString();
    CHECK_THAT(message, mentions(QString::fromUtf8(bad.saying)));
    // Every message names the file and says that nothing was changed (or made).
    CHECK_THAT(message, mentions(QFileInfo(path).fileName()) || mentions(QDir::toNativeSeparators(path)));
    CHECK_THAT(message, mentions(QStringLiteral("nothing was")) || mentions(QStringLiteral("Nothing was")));
    CHECK(opened.error().cause == bad.cause);
    CHECK(contentsOf(path) == bytesBefore);
    CHECK(entriesOf(folder) == entriesBefore);
}

void checkReadOnly(const BadFile& bad, const QString& path) {
    const QByteArray bytesBefore = contentsOf(path);
    {
        auto opened = Document::open(path);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        Document& document = **opened;
        CHECK(document.isReadOnly());
        CHECK_THAT(document.readOnlyReason().toStdString(), mentions(QString::fromUtf8(bad.saying)));
        CHECK(municipalityCount(document) > 0);
        const RegisterSpec& spec = PromiseRegisters::municipalities();
        auto added = document.insert(spec, recordOf(municipalityValues(QStringLiteral("Ny"))));
        REQUIRE_FALSE(added.ok());
        CHECK_THAT(added.message().toStdString(), mentions(QStringLiteral("read-only")));
        CHECK(document.undoStack()->count() == 0);
    }
    CHECK(contentsOf(path) == bytesBefore);
}

} // namespace

TEST_CASE("Every kind of bad file gets a clear message and is left as it was",
          "[database][badfile][sqlite]") {
    for (const BadFile& bad : cases()) {
        DYNAMIC_SECTION(bad.name) {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            TestFile good;
            fill(good, 600);
            const Prepared prepared = bad.prepare(dir, good);
            switch (bad.outcome) {
            case Outcome::Refused:
                checkRefused(bad, prepared.path);
                break;
            case Outcome::ReadOnly:
                checkReadOnly(bad, prepared.path);
                break;
            case Outcome::Opens: {
                auto opened = Document::open(prepared.path);
                INFO(opened.message().toStdString());
                REQUIRE(opened.ok());
                CHECK_FALSE((*opened)->isReadOnly());
                CHECK((*opened)->database().integrityProblems()->isEmpty());
                bad.holds(**opened);
                CHECK(municipalityCount(**opened) >= 600);
                break;
            }
            }
        }
    }
}

TEST_CASE("A file another window holds can be opened read-only beside it", "[database][badfile][sqlite]") {
    TestFile file;
    auto held = file.open();
    auto reading = Document::openReadOnly(file.path(), QStringLiteral("Anna has it open."));
    INFO(reading.message().toStdString());
    REQUIRE(reading.ok());
    CHECK((*reading)->isReadOnly());
    CHECK((*reading)->readOnlyReason() == QStringLiteral("Anna has it open."));
    const RegisterSpec& spec = PromiseRegisters::municipalities();
    auto added = held->insert(spec, recordOf(municipalityValues()));
    REQUIRE(added.ok());
    // The reader sees what the other window has saved.
    CHECK(municipalityCount(**reading) == municipalityCount(*held));
    CHECK_FALSE((*reading)->remove(spec, added->uuid).ok());
    CHECK(municipalityCount(*held) == 1);
}
