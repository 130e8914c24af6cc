#include "db/database.h"

#include "common/filewrite.h"
#include "db/dialect.h"
#include "db/newfile.h"
#include "db/serverbackup.h"
#include "db/serverurl.h"
#include "db/sql.h"
#include "db/sqlitefunctions.h"
#include "db/sqliteprogress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <algorithm>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Database)
};

QString newConnectionName() {
    return QStringLiteral("lk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Removes the named connection once every QSqlDatabase handle to it is gone.
struct ConnectionCloser {
    QString name;
    ~ConnectionCloser() {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QString notOurs(const QString& file) {
    return Text::tr("The file %1 is not a Löfteskollen file. It was not opened; nothing was changed. "
                    "Choose a file made by Löfteskollen, or create a new one with File > New.")
        .arg(file);
}

// An SQLite file starts with these 16 bytes; anything else is refused before SQLite sees it. Says whether the
// header carries our application id, so that a file of ours that SQLite cannot read is called damaged, not
// foreign.
Result<bool> checkHeader(const QString& path) {
    const QString file = QFileInfo(path).fileName();
    QFile raw(path);
    if (!raw.open(QIODevice::ReadOnly))
        return Error{
            Text::tr("The file %1 could not be read (%2). It was not opened; nothing was changed. Check its "
                     "permissions.")
                .arg(file, raw.errorString())};
    const QByteArray header = raw.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{notOurs(file)};
    // The application id is a big-endian 32-bit number at offset 68 (SQLite's file format, section 1.3).
    return header.size() == 100 && qFromBigEndian<qint32>(header.constData() + 68) == Database::applicationId;
}

Status damaged(const QString& file, const QString& problem) {
    return Error{
        Text::tr("The file %1 is damaged or could not be read. It was not opened; nothing was changed. "
                 "Restore the newest backup, or keep the file for IT support to look at (SQLite says: %2).")
            .arg(file, problem)};
}

// The same found by the check that reads a large file through after it opened: it is closed again.
Status damagedAfterOpening(const QString& file, const QString& problem) {
    return Error{
        Text::tr(
            "The file %1 is damaged or could not be read: reading it through after it opened found a "
            "fault. It was closed again; nothing was changed in it. Restore the newest backup, or keep the "
            "file for IT support to look at (SQLite says: %2).")
            .arg(file, problem)};
}

// Reads only, before any pragma or migration writes: a file that is not ours, or is from a newer version,
// is refused while it is still byte for byte as it was.
Status checkContent(const QSqlDatabase& db, const QString& file, int latestVersion, bool oursByHeader) {
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    auto application = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    for (const auto* read : {&version, &application, &tables})
        if (!*read)
            return oursByHeader ? damaged(file, read->message()) : Error{notOurs(file)};
    const bool empty = tables->toInt() == 0;
    if (!empty && application->toInt() != Database::applicationId)
        return Error{notOurs(file)};
    if (version->toInt() > latestVersion)
        return Error{
            Text::tr(
                "The file %1 was made by a newer version of Löfteskollen (file version %2, this program "
                "reads up to %3). It was not opened; nothing was changed. Update Löfteskollen to open it.")
                .arg(file)
                .arg(version->toInt())
                .arg(latestVersion)};
    return {};
}

// SQLite's WAL needs shared memory between the processes that use the file, which a network share (a
// municipal file server) does not give; there the classic rollback journal is the safe choice.
bool onNetworkShare(const QString& path) {
    static const QStringList network{
        QStringLiteral("nfs"),   QStringLiteral("nfs4"),      QStringLiteral("cifs"),
        QStringLiteral("smb"),   QStringLiteral("smb2"),      QStringLiteral("smbfs"),
        QStringLiteral("9p"),    QStringLiteral("afs"),       QStringLiteral("fuse.sshfs"),
        QStringLiteral("davfs"), QStringLiteral("fuse.davfs")};
    const QString type = QString::fromLatin1(QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType());
    return network.contains(type.toLower());
}

Status setPragmas(const QSqlDatabase& db, const QString& path) {
    // WAL lets a reader (an export, a report) work beside the writer; FULL sync keeps every commit on disk.
    const QString journal = onNetworkShare(path) ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                                 : QStringLiteral("PRAGMA journal_mode = WAL");
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), journal, QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("PRAGMA busy_timeout = 5000")}) {
        if (auto ran = sql::run(db, pragma); !ran)
            return ran.error();
    }
    return {};
}

// A file that cannot be written here (its permissions, a read-only folder or medium) can still be read; the
// writer's way in would need to write its lock, its log and perhaps a new structure.
bool writable(const QFileInfo& info) {
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

Status refuseReadOnly(const QFileInfo& info) {
    return Error{
        Text::tr("The file %1 is read-only, or is in a folder where this account may not write, so it "
                 "cannot be changed here. Nothing was changed.")
            .arg(info.fileName()),
        Error::Cause::ReadOnly};
}

// SQLite's quick check reads every page once (without comparing indexes to their tables): a damaged file is
// found when it is opened, not halfway through the coordinator's work.
Status checkPages(const QSqlDatabase& db, const QString& file,
                  Status (*told)(const QString&, const QString&) = &damaged) {
    auto rows = sql::run(db, QStringLiteral("PRAGMA quick_check(5)"));
    if (!rows)
        return told(file, rows.message());
    QStringList problems;
    // Each line of the check names one problem; "*** in database main ***" only heads them.
    while (rows->next())
        for (const QString& line : rows->value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line != QStringLiteral("ok") && !line.startsWith(QStringLiteral("***")))
                problems << line.trimmed();
    if (problems.isEmpty())
        return {};
    return told(file, problems.mid(0, 2).join(QStringLiteral("; ")));
}

struct Source {
    QString name;
    QString options;
    // Held while a file at rest is read as immutable, so that no writer starts under the reader.
    std::shared_ptr<FileLock> restingLock = {};
};

// SQLite makes its index and log (-shm, -wal) beside a file as soon as it reads one in WAL mode. When the
// file is then refused (damaged, from a newer version), those it made go again: a refused file is left
// exactly as it was, with nothing new beside it. Declared before the connection, so that it is closed first.
class NewSideFiles {
public:
    explicit NewSideFiles(const QString& path) {
        for (const QString& side : NewFile::sideFiles(path)) {
            if (!QFileInfo::exists(side))
                m_new << side;
        }
    }
    ~NewSideFiles() {
        if (m_kept)
            return;
        for (const QString& side : std::as_const(m_new))
            QFile::remove(side);
    }
    NewSideFiles(const NewSideFiles&) = delete;
    NewSideFiles& operator=(const NewSideFiles&) = delete;
    void keep() { m_kept = true; }

private:
    QStringList m_new;
    bool m_kept = false;
};

// How a reader opens the file. SQLite reads a file in WAL mode through an index in shared memory (-shm) that
// it creates beside the file; in a folder where it cannot, it may still read the file as immutable, which is
// true on read-only media. A log or journal left there by a crash holds changes only a writer can bring in or
// roll back, and an immutable reader would not see them: such a file is refused.
Source immutable(Source source) {
    source.name =
        QUrl::fromLocalFile(source.name).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
    source.options += QStringLiteral(";QSQLITE_OPEN_URI");
    return source;
}

Result<Source> readOnlySource(const QFileInfo& info) {
    const QString path = info.absoluteFilePath();
    Source source{path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")};
    if (writable(info)) {
        // A file in use has its log and index beside it: read the shared way, beside its writer.
        for (const QString& side : NewFile::sideFiles(path))
            if (QFileInfo::exists(side))
                return source;
        // A file at rest is read as immutable under its lock, so that reading it (an export, a check, a
        // report) leaves nothing new beside it. A writer that has just taken the lock makes its own log.
        auto lock = FileLock::acquire(path);
        if (!lock)
            return source;
        source.restingLock = std::move(*lock);
        return immutable(source);
    }
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFileInfo(path + suffix).size() == 0)
            continue;
        // Beside a log in a folder it may write, SQLite reads the log too (making its index there).
        if (folderWritable)
            return source;
        return Error{Text::tr("The file %1 has changes from an interrupted session in %2, which can only "
                              "be completed where the file can be written. Nothing was changed. Copy both "
                              "files to a folder where you may write, and open the copy there.")
                         .arg(info.fileName(), info.fileName() + suffix),
                     Error::Cause::ReadOnly};
    }
    if (QFileInfo::exists(path + QStringLiteral("-shm")))
        return source;
    // Nobody writes a read-only file: read as immutable, SQLite makes no index or log beside it.
    return immutable(source);
}

Status checkPath(const QFileInfo& info, Database::Create create) {
    const QString path = info.filePath();
    const QString file = info.fileName();
    if (!info.exists()) {
        if (create == Database::Create::No)
            return Error{
                Text::tr("The file %1 does not exist. Nothing was opened or created. Choose another file, or "
                         "create a new one with File > New.")
                    .arg(QDir::toNativeSeparators(path))};
        if (!info.absoluteDir().exists())
            return Error{
                Text::tr("The folder %1 does not exist. Nothing was created. Choose an existing folder.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()))};
    } else if (!info.isFile()) {
        return Error{
            Text::tr("%1 is a folder, not a file. Nothing was opened.").arg(QDir::toNativeSeparators(path))};
    } else if (info.size() == 0) {
        return Error{
            Text::tr("The file %1 is empty, so it holds no Löfteskollen data. It was not opened; nothing was "
                     "changed. Open a backup, or create a new file with File > New.")
                .arg(file)};
    }

    return {};
}

// A server's session as the program expects it (UTC, fewer notices), after each connect.
Status setUpSession(const QSqlDatabase& db) {
    for (const QString& setting : Dialect::sessionSetup(Engine::Postgres)) {
        if (auto set = sql::run(db, setting); !set)
            return set.error();
    }
    return {};
}

// What libpq said when it could not connect, as the user can act on it: a password to give, a name to
// check, a server that does not answer.
Error connectionRefused(const ServerUrl& server, const QString& said) {
    const QString shown = server.display();
    const QString login = server.userName().isEmpty() ? Text::tr("your login") : server.userName();
    if (said.contains(QStringLiteral("no password supplied")))
        return Error{
            Text::tr("The server %1 asks for the password of %2. Nothing was changed. Give the password "
                     "(the window asks for it), or keep it in ~/.pgpass or PGPASSWORD.")
                .arg(shown, login),
            Error::Cause::Other, ServerUrl::passwordField};
    if (said.contains(QStringLiteral("password authentication failed")))
        return Error{
            Text::tr("The server %1 did not accept the password of %2. Nothing was changed. Check the "
                     "password (and Caps Lock) and try again, or ask IT whether the login is set up.")
                .arg(shown, login),
            Error::Cause::Other, ServerUrl::passwordField};
    if (said.contains(QStringLiteral("could not translate host name")))
        return Error{Text::tr("There is no server called %1 on this network. Nothing was changed. Check the "
                              "address for a typing mistake, and that this computer is connected to the "
                              "municipality's network (over VPN when away).")
                         .arg(server.hostName())};
    if (said.contains(QStringLiteral("Connection refused")) || said.contains(QStringLiteral("timeout")) ||
        said.contains(QStringLiteral("No such file or directory")))
        return Error{
            Text::tr("The server %1 could not be used: it does not answer. Nothing was changed. Check "
                     "that the address and port are right, and ask IT whether the server runs.")
                .arg(shown)};
    return Error{
        Text::tr("The server %1 could not be used: %2 Nothing was changed. Check the address, that the "
                 "server runs, and the login (its password is read from PGPASSWORD or ~/.pgpass).")
            .arg(shown, said)};
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<FileLock> lock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock)) {}

Database::~Database() {
    const ConnectionCloser closer{m_connectionName};
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Create create,
                                                 const QList<Migration>& migrations) {
    return openChecked(path, create, migrations, PageCheck::Before);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Create create, PageCheck pageCheck) {
    return openChecked(path, create, Migrator::builtIn(), pageCheck);
}

Result<std::unique_ptr<Database>> Database::openChecked(const QString& path, Create create,
                                                        const QList<Migration>& migrations,
                                                        PageCheck pageCheck) {
    if (ServerUrl::isServerUrl(path))
        return openServer(path, migrations, ServerSchema::Existing);
    const QFileInfo info(path);
    const QString file = info.fileName();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (auto usable = checkPath(info, create); !usable)
        return usable.error();
    if (info.exists() && !writable(info))
        return refuseReadOnly(info).error();
    auto lock = FileLock::acquire(info.absoluteFilePath());
    if (!lock)
        return lock.error();
    const bool existed = info.exists();
    bool oursByHeader = false;
    if (existed) {
        auto header = checkHeader(path);
        if (!header)
            return header.error();
        oursByHeader = *header;
    }

    NewSideFiles sides(info.absoluteFilePath());
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, std::move(*lock)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{sql::describe(db.lastError(), Text::tr("The file %1 could not be opened").arg(file))};
    if (existed) {
        if (auto fine = checkContent(db, file, latest, oursByHeader); !fine)
            return fine.error();
        // A file that gets a new structure is checked before it is changed, whatever its size.
        auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        const bool current = version && version->toInt() == latest;
        database->m_pagesUnchecked =
            pageCheck == PageCheck::AfterWhenLarge && current && info.size() > s_pageCheckLimit;
        if (!database->m_pagesUnchecked)
            if (auto whole = checkPages(db, file); !whole)
                return whole.error();
    }
    if (auto functions = SqliteFunctions::install(db); !functions)
        return functions.error();
    if (auto pragmas = setPragmas(db, database->m_path); !pragmas)
        return Error{Text::tr("The file %1 could not be prepared for use: %2").arg(file, pragmas.message())};
    if (auto migrated = Migrator::migrate(db, migrations); !migrated)
        return Error{Text::tr("The file %1 could not be opened. %2").arg(file, migrated.message())};
    sides.keep();
    return database;
}

Result<std::unique_ptr<Database>> Database::openForReading(const QString& path) {
    // A server has no file to leave untouched beside a writer: a reader connects like anyone.
    if (ServerUrl::isServerUrl(path))
        return openServer(path, Migrator::builtIn(), ServerSchema::Existing);
    const QFileInfo info(path);
    const QString file = info.fileName();
    if (auto usable = checkPath(info, Create::No); !usable)
        return usable.error();
    auto header = checkHeader(path);
    if (!header)
        return header.error();
    auto source = readOnlySource(info);
    if (!source)
        return source.error();
    NewSideFiles sides(info.absoluteFilePath());
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, nullptr));
    database->m_restingLock = source->restingLock;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source->name);
        db.setConnectOptions(source->options);
        if (!db.open())
            return Error{
                sql::describe(db.lastError(), Text::tr("The file %1 could not be opened").arg(file))};
        const int latest = Migrator::latestVersion();
        if (auto fine = checkContent(db, file, latest, *header); !fine)
            return fine.error();
        if (auto whole = checkPages(db, file); !whole)
            return whole.error();
        auto version = Migrator::currentVersion(db);
        if (!version)
            return version.error();
        if (*version < latest && !writable(info))
            return Error{
                Text::tr("The file %1 was made by an earlier version of Löfteskollen and needs its "
                         "structure updated before this version can read it, which it cannot do "
                         "where the file is read-only. Nothing was changed. Copy the file to a folder "
                         "where you may write, and open the copy.")
                    .arg(file),
                Error::Cause::ReadOnly};
        if (*version == latest) {
            if (auto functions = SqliteFunctions::install(db); !functions)
                return functions.error();
            sides.keep();
            return database;
        }
    }
    // An older file needs its structure updated first, which takes the writer's way in.
    database.reset();
    source->restingLock.reset();
    sides.keep(); // the writer's way in owns what is beside the file from here
    return open(path);
}

Result<std::unique_ptr<Database>> Database::createNew(const QString& path,
                                                      const std::function<Status(const Database&)>& fill) {
    // Built whole under a temporary name, and given its own name only when finished: a failure, a crash or
    // a kill at any moment leaves the file whole or absent, never a file that holds part of its records.
    auto made = NewFile::begin(path);
    if (!made)
        return made.error();
    // A new file takes some hundred kilobytes: with less free, whatever SQLite said, the disk is full.
    const auto failed = [&path](const QString& problem) -> Error {
        const QString reason = FileWrite::reason(path, problem, 512 * 1024);
        if (reason != problem)
            return FileWrite::failed(path, reason);
        return Error{Text::tr("%1 was not created: %2").arg(QDir::toNativeSeparators(path), problem)};
    };
    {
        auto building = open(made->partialPath(), Create::IfMissing);
        if (!building)
            return failed(building.message());
        if (auto filled = fill(**building); !filled)
            return failed(filled.message());
        // Closed here: the log goes into the file, which is synced, before it takes its name.
    }
    if (auto published = made->publish(); !published)
        return published.error();
    return open(path);
}

Status Database::flushLog(const QSqlDatabase& db) {
    if (engineOf(db) != Engine::Sqlite)
        return {}; // a server keeps its own log (its WAL), which the program neither reads nor empties
    auto ran = sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!ran)
        return ran.error();
    return {};
}

Result<QStringList> Database::integrityProblems() const {
    // A server checks its own pages; what the program checks there (schema version, row-level security) is
    // cli/ServerCheck's, which knows the registers.
    if (m_engine != Engine::Sqlite)
        return QStringList();
    auto rows = sql::run(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    QStringList problems;
    while (rows->next()) {
        const QString line = rows->value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    return problems;
}

Status Database::checkPagesOf(const QString& path, const std::atomic<bool>* stop) {
    const QFileInfo info(path);
    auto source = readOnlySource(info);
    if (!source)
        return damagedAfterOpening(info.fileName(), source.message());
    const ConnectionCloser closer{newConnectionName()};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), closer.name);
    db.setDatabaseName(source->name);
    db.setConnectOptions(source->options);
    if (!db.open())
        return damagedAfterOpening(info.fileName(), db.lastError().text());
    sql::stopWhen(db, stop);
    return checkPages(db, info.fileName(), &damagedAfterOpening);
}

Status Database::saveCopy(const QString& target, Progress& progress) const {
    if (m_engine != Engine::Sqlite)
        return ServerBackup::write(connection(), m_path, target);
    return saveCopyOf(m_path, target, progress);
}

Status Database::saveCopyOf(const QString& path, const QString& target, Progress& progress) {
    // A full disk is called that, with what the copy would have needed (about the file's size).
    const qint64 needed = QFileInfo(path).size();
    const auto failed = [&target, needed](const QString& problem) {
        return FileWrite::failed(target, FileWrite::reason(target, problem, needed));
    };
    // Written under a temporary name and renamed when whole: a copy that is stopped halfway (a full disk, a
    // kill) never carries the copy's name.
    auto made = NewFile::begin(target);
    if (!made)
        return made.error();
    auto building = FileLock::acquire(made->partialPath());
    if (!building)
        return failed(building.message());
    auto source = readOnlySource(QFileInfo(path));
    if (!source)
        return failed(source.message());
    // A connection of its own, made and closed here, so that a copy can be written on any thread while the
    // window goes on with its own connection. VACUUM INTO writes a consistent, compact copy from one read
    // transaction; the file itself is not changed.
    {
        const ConnectionCloser closer{newConnectionName()};
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), closer.name);
        db.setDatabaseName(source->name);
        db.setConnectOptions(source->options);
        if (!db.open())
            return failed(db.lastError().text());
        // How far the copy has come is how much of it is written: about the file's size when whole.
        progress.begin(QCoreApplication::translate("lk::Database", "Copying the file"), needed, true,
                       Progress::Unit::Bytes);
        const QString partial = made->partialPath();
        const SqliteProgress watch(db, [&progress, &partial, needed] {
            return progress.advanceTo(std::min(QFileInfo(partial).size(), needed));
        });
        if (auto ran = sql::run(db, QStringLiteral("VACUUM INTO ?"), {partial}); !ran) {
            // Interrupted: SQLite stopped the copy, and the unfinished temporary goes with `made`.
            if (progress.stopRequested())
                return Progress::stopped(QCoreApplication::translate("lk::Database", "No copy was made."));
            return failed(ran.message());
        }
        progress.advanceTo(needed); // a copy is often smaller than the file: it is whole now
    }
    // The copy carries the write-ahead log mode of the file; set back to a plain rollback journal it is one
    // file that opens read-only without leaving -wal and -shm files beside it (a backup is only ever read
    // until it is restored, and opening it as the working file turns the log mode on again).
    {
        const ConnectionCloser closer{newConnectionName()};
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), closer.name);
        copy.setDatabaseName(made->partialPath());
        if (!copy.open())
            return failed(copy.lastError().text());
        if (auto mode = sql::run(copy, QStringLiteral("PRAGMA journal_mode = DELETE")); !mode)
            return failed(mode.message());
    }
    building->reset();
    progress.begin(Progress::savingFile(), 0, false);
    return made->publish();
}

Result<std::unique_ptr<Database>> Database::initServer(const QString& url,
                                                       const QList<Migration>& migrations) {
    return openServer(url, migrations, ServerSchema::New);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& url, const QList<Migration>& migrations,
                                                       ServerSchema schema) {
    auto server = ServerUrl::parse(url);
    if (!server)
        return server.error();
    const QString shown = server->display();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(shown, name, nullptr));
    database->m_engine = Engine::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Error{Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed, so no server can be used. "
                              "Nothing was changed. Install the package libqt6sql6-psql.")};
    server->configure(db);
    if (!db.open())
        return connectionRefused(*server, db.lastError().databaseText().trimmed());
    if (auto set = setUpSession(db); !set)
        return Error{Text::tr("The server %1 could not be prepared for use: %2").arg(shown, set.message())};
    auto tables = Dialect::userTables(db);
    if (!tables)
        return tables.error();
    auto version = Migrator::currentVersion(db);
    if (!version)
        return version.error();
    const bool ours = tables->contains(Dialect::versionTable());
    if (schema == ServerSchema::New && !tables->isEmpty()) {
        if (ours)
            return Error{Text::tr("The database %1 already holds Löfteskollen's tables (version %2). "
                                  "Nothing was changed. Open it with --server, or set up an empty database.")
                             .arg(shown)
                             .arg(*version)};
        return Error{
            Text::tr("The database %1 holds other tables (%2), so it is not set up for Löfteskollen. "
                     "Nothing was changed. Ask for an empty database of its own.")
                .arg(shown, tables->mid(0, 5).join(QStringLiteral(", ")) +
                                (tables->size() > 5 ? QStringLiteral(", …") : QString()))};
    }
    if (schema == ServerSchema::Existing && !ours)
        return Error{
            tables->isEmpty()
                ? Text::tr("The database %1 holds no Löfteskollen data yet. Nothing was changed. Set it "
                           "up with: lofteskollen server init --server URL")
                      .arg(shown)
                : Text::tr("The database %1 holds other tables than Löfteskollen's. It was not opened; "
                           "nothing was changed.")
                      .arg(shown)};
    if (*version > latest)
        return Error{
            Text::tr("The database %1 was set up by a newer version of Löfteskollen (version %2, this "
                     "program reads up to %3). Nothing was changed. Update Löfteskollen to use it.")
                .arg(shown)
                .arg(*version)
                .arg(latest)};
    if (auto migrated = Migrator::migrate(db, migrations); !migrated) {
        if (*version > 0 && *version < latest)
            return Error{
                Text::tr("The database %1 was set up by an older version of Löfteskollen (version %2, this "
                         "program needs %3) and could not be brought up to date: %4 Nothing was changed. Ask "
                         "whoever set up the server to open it once with this version, as the owner of its "
                         "tables, or use the older version of Löfteskollen until then.")
                    .arg(shown)
                    .arg(*version)
                    .arg(latest)
                    .arg(migrated.message())};
        return Error{Text::tr("The database %1 could not be set up. %2").arg(shown, migrated.message())};
    }
    return database;
}

} // namespace lk
