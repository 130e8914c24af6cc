#include "catchqt.h"
#include "clirun.h"
#include "db/backups.h"
#include "db/sql.h"
#include "register/registry.h"
#include "testfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace lk;
using namespace lk::test;

namespace {

// An empty backup file with the name a backup made at `when` gets.
void fakeBackup(const QString& databasePath, const QDateTime& when) {
    QDir().mkpath(Backups::folderFor(databasePath));
    QFile file(QDir(Backups::folderFor(databasePath))
                   .filePath(QStringLiteral("%1-%2.sqlite")
                                 .arg(QFileInfo(databasePath).completeBaseName(),
                                      when.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss")))));
    REQUIRE(file.open(QIODevice::WriteOnly));
}

} // namespace

TEST_CASE("A backup is a whole copy of the file in backups beside it, named by its time",
          "[backup][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QDateTime when(QDate(2026, 11, 25), QTime(18, 10, 0));
    auto made = Backups::make(document->database(), when);
    REQUIRE(made.ok());
    CHECK(QFileInfo(*made).fileName() ==
          QStringLiteral("%1-2026-11-25T18-10-00.sqlite").arg(QFileInfo(file.path()).completeBaseName()));
    CHECK(QFileInfo(*made).absolutePath() ==
          QFileInfo(file.path()).absolutePath() + QStringLiteral("/backups"));
    // The same second again gets a name of its own, and is listed as the newer: a fast machine makes two
    // copies in one second (a quick close and reopen, a restore just after a background copy), and "the
    // newest" must then still be the last one made. Ten, so that -10 comes after -9.
    QStringList newestFirst{*made};
    for (int n = 2; n <= 10; ++n) {
        auto again = Backups::make(document->database(), when);
        REQUIRE(again.ok());
        CHECK_FALSE(newestFirst.contains(*again));
        newestFirst.prepend(*again);
    }

    auto copy = Database::openForReading(*made);
    REQUIRE(copy.ok());
    CHECK(sql::scalar((*copy)->connection(), QStringLiteral("SELECT count(*) FROM promises"))->toInt() == 8);
    auto listed = Backups::list(file.path());
    REQUIRE(listed.ok());
    QStringList listedPaths;
    for (const Backups::Entry& entry : *listed)
        listedPaths << entry.path;
    CHECK(listedPaths == newestFirst);
}

TEST_CASE("Thinning keeps the last ten and the newest of each of the last twelve months", "[backup]") {
    TestFile file;
    // Twenty backups a day apart in November, and one on the 1st of each month before it, back 15 months.
    for (int day = 1; day <= 20; ++day)
        fakeBackup(file.path(), QDateTime(QDate(2026, 11, day), QTime(17, 0)));
    for (int month = 1; month <= 15; ++month)
        fakeBackup(file.path(), QDateTime(QDate(2026, 11, 1).addMonths(-month), QTime(9, 0)));
    auto removed = Backups::prune(file.path());
    REQUIRE(removed.ok());
    auto kept = Backups::list(file.path());
    REQUIRE(kept.ok());
    // The ten newest (November 11–20) and one for each of eleven earlier months (the twelfth is November).
    CHECK(kept->size() == 10 + 11);
    CHECK(kept->first().madeAt == QDateTime(QDate(2026, 11, 20), QTime(17, 0)));
    CHECK(kept->last().madeAt.date() == QDate(2025, 12, 1));
    CHECK(removed->size() == 20 + 15 - 21);
    // Thinning again removes nothing more.
    CHECK(Backups::prune(file.path())->isEmpty());
}

TEST_CASE("The backup command writes a copy, and never over an existing file", "[backup][cli]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QString copy = file.pathFor(QStringLiteral("kopia.sqlite"));
    const Run first =
        run({QStringLiteral("backup"), QStringLiteral("--db"), file.path(), QStringLiteral("--out"), copy});
    INFO(first.err.toStdString());
    CHECK(first.exit == CommandLine::Ok);
    CHECK(QFileInfo::exists(copy));
    const QByteArray before = [&] {
        QFile written(copy);
        REQUIRE(written.open(QIODevice::ReadOnly));
        return written.readAll();
    }();
    const Run second =
        run({QStringLiteral("backup"), QStringLiteral("--db"), file.path(), QStringLiteral("--out"), copy});
    CHECK(second.exit == CommandLine::Failed);
    CHECK_THAT(second.err.toStdString(), Catch::Matchers::Contains("already exists"));
    QFile unchanged(copy);
    REQUIRE(unchanged.open(QIODevice::ReadOnly));
    CHECK(unchanged.readAll() == before);
}

TEST_CASE("A backup that is not a whole Löfteskollen file never replaces the file", "[backup][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QByteArray before = file.bytes();
    const QString broken = file.pathFor(QStringLiteral("trasig.sqlite"));
    {
        QFile bad(broken);
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write(before.left(before.size() / 3)); // cut off, as a copy to a full stick would be
    }
    const Status restored = Backups::restore(broken, file.path());
    REQUIRE_FALSE(restored.ok());
    CHECK_THAT(restored.message().toStdString(), Catch::Matchers::Contains("was not changed"));
    CHECK(file.bytes() == before);
    CHECK_FALSE(Backups::recordCount(broken, Registry::tables()).ok());
}

TEST_CASE("A backup is one file: reading it leaves no -wal or -shm beside it", "[backup][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    auto made = Backups::make(document->database());
    REQUIRE(made.ok());
    REQUIRE(Backups::recordCount(*made, Registry::tables()).ok());
    CHECK_FALSE(QFileInfo::exists(*made + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(*made + QStringLiteral("-shm")));
    CHECK(QDir(Backups::folderFor(file.path())).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A server's address gets no backup folder, and is told how a server is copied", "[backup]") {
    const auto made = lk::Backups::make(QStringLiteral("postgresql://anna@db.kommun.local/lofteskollen"),
                                        QDateTime::currentDateTime());
    REQUIRE_FALSE(made.ok());
    CHECK(made.message().contains(QStringLiteral("backup --server URL")));
}
