#include "catchqt.h"
#include "db/database.h"
#include "db/filelock.h"
#include "rawconnection.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <thread>

using namespace lk;
using lk::test::contentsOf;
using lk::test::mentions;

namespace {

// The id of a process that has run and ended, so that no process has it (for the short while the test needs).
qint64 pidOfEndedProcess() {
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    REQUIRE(pid > 0);
    REQUIRE(::kill(pid_t(pid), 0) != 0); // gone
    return pid;
}

// A lock file in QLockFile's format (Qt 6: pid, application, host, machine id, boot id, one a line), as a
// program that crashed or runs elsewhere leaves it.
void writeLockFile(const QString& lockPath, qint64 pid, const QString& host, const QByteArray& machineId,
                   const QByteArray& bootId) {
    QFile file(lockPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray contents = QByteArray::number(pid) + '\n' + QByteArrayLiteral("lofteskollen") + '\n' +
                                host.toUtf8() + '\n' + machineId + '\n' + bootId + '\n';
    REQUIRE(file.write(contents) == contents.size());
}

void setModified(const QString& path, const QDateTime& time) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(time, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("A FileLock holds <file>.lock until it is destroyed", "[filelock]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    {
        auto lock = FileLock::acquire(path);
        INFO(lock.message().toStdString());
        REQUIRE(lock.ok());
        CHECK((*lock)->lockPath() == path + QStringLiteral(".lock"));
        CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));

        QLockFile other(path + QStringLiteral(".lock"));
        other.setStaleLockTime(0);
        CHECK_FALSE(other.tryLock(0));
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    auto again = FileLock::acquire(path);
    CHECK(again.ok());
}

TEST_CASE("A second FileLock on the same file fails and names the host and process", "[filelock]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    auto first = FileLock::acquire(path);
    REQUIRE(first.ok());

    auto second = FileLock::acquire(path);
    REQUIRE_FALSE(second.ok());
    const std::string message = second.message().toStdString();
    CHECK_THAT(message, mentions(QStringLiteral("data.sqlite")));
    CHECK_THAT(message, mentions(QSysInfo::machineHostName()));
    CHECK_THAT(message, mentions(QString::number(QCoreApplication::applicationPid())));
    // The failed attempt leaves the holder's lock in place.
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(FileLock::acquire(path).ok());
}

TEST_CASE("While a document holds a file, a second open fails with who holds it, and after closing it opens",
          "[filelock][database][sqlite]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QByteArray bytesBefore = file.bytes();

    auto second = Database::open(file.path());
    REQUIRE_FALSE(second.ok());
    const std::string message = second.message().toStdString();
    CHECK_THAT(message, mentions(QFileInfo(file.path()).fileName()));
    CHECK_THAT(message, mentions(QSysInfo::machineHostName()));
    CHECK_THAT(message, mentions(QString::number(QCoreApplication::applicationPid())));
    CHECK(file.bytes() == bytesBefore);

    // The holder still works and still holds the lock.
    CHECK(test::scalar(*document, QStringLiteral("SELECT count(*) FROM promises")).toInt() > 0);
    CHECK_FALSE(Document::open(file.path()).ok());

    document.reset();
    auto third = Database::open(file.path());
    INFO(third.message().toStdString());
    CHECK(third.ok());
}

TEST_CASE("A lock left by a process that has ended on this computer is taken over",
          "[filelock][database][sqlite]") {
    test::TestFile file(QStringLiteral("salem-2021-2022"));
    const QString lockPath = file.path() + QStringLiteral(".lock");
    const qint64 deadPid = pidOfEndedProcess();

    SECTION("the full Qt 6 format") {
        writeLockFile(lockPath, deadPid, QSysInfo::machineHostName(), QSysInfo::machineUniqueId(),
                      QSysInfo::bootUniqueId());
    }
    SECTION("the older three-line format") {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nlofteskollen\n" + QSysInfo::machineHostName().toUtf8() +
                   '\n');
    }
    // A crash long ago: age must not matter either way.
    setModified(lockPath, QDateTime::currentDateTime().addDays(-3));

    auto database = Database::open(file.path());
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    // The lock now names this process.
    QLockFile reader(lockPath);
    qint64 pid = 0;
    QString host;
    QString application;
    REQUIRE(reader.getLockInfo(&pid, &host, &application));
    CHECK(pid == QCoreApplication::applicationPid());
    CHECK(sql::scalar((*database)->connection(), QStringLiteral("SELECT count(*) FROM promises"))
              .value()
              .toInt() > 0);
}

TEST_CASE("A lock held on another computer is never taken over, whatever its process id", "[filelock]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    const QString lockPath = path + QStringLiteral(".lock");
    const qint64 deadPid = pidOfEndedProcess();
    writeLockFile(lockPath, deadPid, QStringLiteral("polisens-dator"),
                  QByteArrayLiteral("another-machine-id"), QByteArrayLiteral("another-boot-id"));
    const QByteArray lockBefore = contentsOf(lockPath);

    auto lock = FileLock::acquire(path);
    REQUIRE_FALSE(lock.ok());
    CHECK_THAT(lock.message().toStdString(), mentions(QStringLiteral("polisens-dator")));
    CHECK_THAT(lock.message().toStdString(), mentions(QString::number(deadPid)));
    CHECK(contentsOf(lockPath) == lockBefore);
}

TEST_CASE("A live lock is not stale however old it is", "[filelock]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    auto first = FileLock::acquire(path);
    REQUIRE(first.ok());
    // A coordinator who has kept the file open over a long weekend.
    const QDateTime longAgo = QDateTime::currentDateTime().addDays(-4);
    setModified((*first)->lockPath(), longAgo);

    auto second = FileLock::acquire(path);
    REQUIRE_FALSE(second.ok());
    CHECK_THAT(second.message().toStdString(), mentions(longAgo.toString(QStringLiteral("yyyy-MM-dd"))));
}

TEST_CASE(
    "An empty lock file, as a crash while the lock was written leaves it, does not block the file for ever",
    "[filelock]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
    const QString lockPath = path + QStringLiteral(".lock");
    {
        QFile empty(lockPath);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    // Just now, as the next start after a crash finds it: no live instance takes a quarter of a second to
    // write three lines.
    auto lock = FileLock::acquire(path);
    INFO(lock.message().toStdString());
    CHECK(lock.ok());
}

TEST_CASE("An empty lock file that its instance fills meanwhile is honoured", "[filelock]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("starting.sqlite"));
    const QString lockPath = path + QStringLiteral(".lock");
    {
        QFile empty(lockPath);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    // Another instance, alive (this process), writes who it is while FileLock looks.
    std::thread writer([&lockPath] {
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        writeLockFile(lockPath, QCoreApplication::applicationPid(), QSysInfo::machineHostName(),
                      QSysInfo::machineUniqueId(), QSysInfo::bootUniqueId());
    });
    auto lock = FileLock::acquire(path);
    writer.join();
    REQUIRE_FALSE(lock.ok());
    CHECK_THAT(lock.message().toStdString(), mentions(QStringLiteral("used by another instance")));
    CHECK(lock.error().cause == Error::Cause::HeldByAnother);
}
