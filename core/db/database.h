// Database: one open Löfteskollen file: checked, locked, with its pragmas set and its schema up to date.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "db/filelock.h"
#include "db/migrator.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace lk {

class Database {
public:
    enum class Create { No, IfMissing };

    // Opens `path`, refusing with a message (and leaving the file untouched) when it is missing, not a
    // Löfteskollen file, from a newer version, or held by another instance. `migrations` is for tests.
    static Result<std::unique_ptr<Database>> open(const QString& path, Create create = Create::No,
                                                  const QList<Migration>& migrations = Migrator::builtIn());
    // Creates `path` (never over an existing file) and lets `fill` write its first content. When `fill` fails
    // the new file is removed again, so a failed start leaves nothing behind.
    static Result<std::unique_ptr<Database>> createNew(const QString& path,
                                                       const std::function<Status(const Database&)>& fill);
    // For readers (export, reports): takes no lock, so it works while the window has the file open, and
    // writes nothing. A file from an older version is opened the writer's way, to update its structure.
    static Result<std::unique_ptr<Database>> openForReading(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_lock; }

    // Moves everything in the write-ahead log into the file and empties the log, so that deleted text is not
    // left in it (after thinning).
    static Status flushLog(const QSqlDatabase& db);

    // SQLite's full integrity check; the problems it lists, empty when the file is whole.
    Result<QStringList> integrityProblems() const;

    // A consistent copy of the whole file, also while it is open. Refuses to overwrite `target`. Counts the
    // bytes written in `progress` and stops when asked, leaving no copy.
    Status saveCopy(const QString& target, Progress& progress = Progress::none()) const;
    // The same through a connection of its own, so that it may run on another thread than the window's.
    static Status saveCopyOf(const QString& path, const QString& target,
                             Progress& progress = Progress::none());

    static constexpr int applicationId = Migrator::applicationId;

private:
    Database(QString path, QString connectionName, std::unique_ptr<FileLock> lock);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<FileLock> m_lock;
    // A reader of a file at rest holds its lock too, so that no writer starts while it reads (an export).
    std::shared_ptr<FileLock> m_restingLock;
};

} // namespace lk
