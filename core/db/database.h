// Database: one open Löfteskollen file: checked, locked, with its pragmas set and its schema up to date.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "db/engine.h"
#include "db/filelock.h"
#include "db/migrator.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace lk {

class Database {
public:
    enum class Create { No, IfMissing };

    // Opens `path`, a file or a server's URL (postgresql://USER@HOST:PORT/DATABASE, see ServerUrl), refusing
    // with a message (and leaving the file untouched) when it is missing, not a Löfteskollen file, from a
    // newer version, or held by another instance. `migrations` is for tests.
    static Result<std::unique_ptr<Database>> open(const QString& path, Create create = Create::No,
                                                  const QList<Migration>& migrations = Migrator::builtIn());
    // When the pages of a file that exists are read through for damage (SQLite's quick check): before it
    // opens, or, for a file larger than pageCheckLimit() that needs no new structure, after: it opens at once
    // (the check reads every page: 0.8 s for a region's file), pagesUnchecked() is true, and the caller runs
    // checkPagesOf() beside it (the window does, on a thread of its own).
    enum class PageCheck { Before, AfterWhenLarge };
    static Result<std::unique_ptr<Database>> open(const QString& path, Create create, PageCheck pageCheck);
    bool pagesUnchecked() const { return m_pagesUnchecked; }
    // The check on a connection of its own, on any thread, beside the connection that writes; an error is
    // the message a damaged file gets when it is refused at opening.
    // It gives up (with an error nobody needs to see) once `stop` turns true.
    static Status checkPagesOf(const QString& path, const std::atomic<bool>* stop = nullptr);
    // The largest file checked before it opens; tests lower it.
    static qint64 pageCheckLimit() { return s_pageCheckLimit; }
    static void setPageCheckLimit(qint64 bytes) { s_pageCheckLimit = bytes; }
    // Creates `path` (never over an existing file) and lets `fill` write its first content. When `fill` fails
    // the new file is removed again, so a failed start leaves nothing behind.
    static Result<std::unique_ptr<Database>> createNew(const QString& path,
                                                       const std::function<Status(const Database&)>& fill);
    // For readers (export, reports): takes no lock, so it works while the window has the file open, and
    // writes nothing. A file from an older version is opened the writer's way, to update its structure.
    static Result<std::unique_ptr<Database>> openForReading(const QString& path);
    // Makes the schema in an empty database on a server (`lofteskollen server init`); refuses, changing
    // nothing, a database that holds any table, our own schema of any version included.
    static Result<std::unique_ptr<Database>>
    initServer(const QString& url, const QList<Migration>& migrations = Migrator::builtIn());
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The file's path, or the server's URL without its password.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    // A file without its lock is read only; a server decides what its login may write.
    bool isReadOnly() const { return m_engine == Engine::Sqlite && !m_lock; }

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
    static Result<std::unique_ptr<Database>>
    openChecked(const QString& path, Create create, const QList<Migration>& migrations, PageCheck pageCheck);
    enum class ServerSchema { Existing, New };
    static Result<std::unique_ptr<Database>>
    openServer(const QString& url, const QList<Migration>& migrations, ServerSchema schema);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<FileLock> m_lock;
    Engine m_engine = Engine::Sqlite;
    // A reader of a file at rest holds its lock too, so that no writer starts while it reads (an export).
    std::shared_ptr<FileLock> m_restingLock;
    bool m_pagesUnchecked = false;
    static inline std::atomic<qint64> s_pageCheckLimit = 16 * 1024 * 1024; // read through in about 0.1 s
};

} // namespace lk
