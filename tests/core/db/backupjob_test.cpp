#include "catchqt.h"
#include "db/backupjob.h"
#include "db/backups.h"
#include "db/sql.h"
#include "rawconnection.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTimer>

using namespace lk;
using lk::test::RawConnection;
using lk::test::TestFile;

namespace {

// Some megabytes of rows, so that the copy takes long enough for the window's loop to turn meanwhile.
void fill(const TestFile& file, int rows) {
    RawConnection raw(file.path());
    raw.exec(QStringLiteral("BEGIN"));
    for (int row = 0; row < rows; ++row)
        raw.exec(QStringLiteral("INSERT INTO municipalities (uuid, updated_at, name) VALUES (?, 'now', ?)"),
                 {QStringLiteral("m-%1").arg(row), QString(1000, QChar(u'a' + row % 26))});
    raw.exec(QStringLiteral("COMMIT"));
}

// A backup left from `daysAgo` days back, as the window would have made it.
void oldBackup(const TestFile& file, int daysAgo) {
    const QDateTime when = QDateTime::currentDateTime().addDays(-daysAgo);
    auto document = file.open();
    REQUIRE(Backups::make(document->database(), when).ok());
}

} // namespace

TEST_CASE("A backup job copies on a thread of its own while the caller's event loop runs on",
          "[backup][backupjob][sqlite]") {
    TestFile file;
    fill(file, 20000);
    for (int day = 1; day <= 3; ++day)
        oldBackup(file, day * 40);
    auto document = file.open(); // the window keeps the file open meanwhile

    BackupJob job;
    QSignalSpy finished(&job, &BackupJob::finished);
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&turns] { ++turns; });
    ticker.start();
    REQUIRE(job.start(file.path(), 1, 1));
    CHECK(job.isRunning());
    CHECK_FALSE(job.start(file.path(), 1, 1)); // one copy at a time
    REQUIRE(finished.wait(30000));
    ticker.stop();

    // The loop turned while the copy was made: a synchronous copy would have held it for the whole time.
    CHECK(turns > 0);
    CHECK_FALSE(job.isRunning());
    const QString made = finished.first().at(0).toString();
    CHECK(finished.first().at(1).toString().isEmpty());
    auto copy = Database::openForReading(made);
    REQUIRE(copy.ok());
    CHECK(
        sql::scalar((*copy)->connection(), QStringLiteral("SELECT count(*) FROM municipalities"))->toInt() ==
        20000);
    // Thinned as asked: the newest, and the newest of this month (the same copy).
    auto kept = Backups::list(file.path());
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().path == made);
}

TEST_CASE("Waiting for a backup job delivers its result once, also to a caller without a loop",
          "[backup][backupjob][sqlite]") {
    TestFile file;
    BackupJob job;
    QSignalSpy finished(&job, &BackupJob::finished);
    REQUIRE(job.start(file.path(), 10, 12));
    job.wait();
    CHECK(finished.size() == 1);
    // wait() returns once the thread has ended, and a thread emits its own finished signal before it ends:
    // that queued call is waiting now. Delivering it shows that it is ignored, with no sleep that a busy
    // machine could outlast.
    QCoreApplication::sendPostedEvents(&job, QEvent::MetaCall);
    CHECK(finished.size() == 1);
    CHECK(QFile::exists(finished.first().at(0).toString()));
}

TEST_CASE("A backup job that cannot write says why, and the file is untouched",
          "[backup][backupjob][sqlite]") {
    TestFile file;
    const QByteArray before = file.bytes();
    // A file where the backups folder should be: the folder cannot be made.
    {
        QFile blocker(Backups::folderFor(file.path()));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    BackupJob job;
    QSignalSpy finished(&job, &BackupJob::finished);
    REQUIRE(job.start(file.path(), 10, 12));
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().at(0).toString().isEmpty());
    CHECK_THAT(finished.first().at(1).toString().toStdString(),
               lk::test::mentions(QStringLiteral("backups")));
    CHECK(file.bytes() == before);
}
