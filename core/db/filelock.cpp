#include "db/filelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace lk {

namespace {
// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::FileLock)
};

// QLockFile creates the lock file and then writes who holds it, a matter of microseconds (milliseconds on a
// network share). A lock that still says nothing after this pause belongs to a process that died in between
// (seen in the crash test: 3 kills in 1,000).
constexpr int stillUnreadableAfterMs = 250;

// QLockFile guards its taking over of a dead holder's lock with a lock of its own, "<lock>.rmlock". One left
// empty by a process killed in that instant blocks every takeover for half a minute: gone once it has stayed
// empty for the same pause.
void clearEmptyRemovalLock(const QString& lockPath) {
    const QString removal = lockPath + QStringLiteral(".rmlock");
    if (!QFileInfo::exists(removal) || QFileInfo(removal).size() > 0)
        return;
    QThread::msleep(stillUnreadableAfterMs);
    if (QFileInfo::exists(removal) && QFileInfo(removal).size() == 0)
        QFile::remove(removal);
}

bool unreadableLock(QLockFile& lock) {
    qint64 pid = 0;
    QString host;
    QString application;
    return !lock.getLockInfo(&pid, &host, &application);
}
} // namespace

FileLock::FileLock(std::unique_ptr<QLockFile> lock, QString path)
    : m_lock(std::move(lock))
    , m_path(std::move(path)) {}

FileLock::~FileLock() {
    m_lock->unlock();
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString& databasePath) {
    const QString path = databasePath + QStringLiteral(".lock");
    clearEmptyRemovalLock(path);
    auto lock = std::make_unique<QLockFile>(path);
    // Age alone never makes a lock stale: a coordinator may keep the file open for days. QLockFile still
    // takes over a lock whose process on this computer is gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock), path));

    const QString file = QFileInfo(databasePath).fileName();
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        bool readable = lock->getLockInfo(&pid, &host, &application);
        // A lock that says nothing (a crash or power cut while it was written) and is not being written right
        // now can belong to no one.
        if (!readable) {
            QThread::msleep(stillUnreadableAfterMs);
            if (unreadableLock(*lock) && lock->removeStaleLockFile() && lock->tryLock(0))
                return std::unique_ptr<FileLock>(new FileLock(std::move(lock), path));
            readable = lock->getLockInfo(&pid, &host, &application);
        }
        const QDateTime since = QFileInfo(path).lastModified();
        return Error{
            Text::tr("The file %1 is used by another instance of Löfteskollen (on %2, process %3, since %4). "
                     "It was not opened; nothing was changed. Close it there first. If Löfteskollen is not "
                     "running on %2 (after a crash there), delete the lock file %5 and try again.")
                .arg(file, host.isEmpty() ? Text::tr("an unknown computer") : host,
                     readable ? QString::number(pid) : Text::tr("unknown"),
                     QLocale().toString(since, QStringLiteral("yyyy-MM-dd HH:mm")),
                     QDir::toNativeSeparators(path)),
            Error::Cause::HeldByAnother};
    }
    return Error{
        Text::tr("The file %1 could not be locked for writing (%2 could not be created). It was not opened; "
                 "nothing was changed. Check that the folder is writable.")
            .arg(file, QFileInfo(path).fileName())};
}

} // namespace lk
