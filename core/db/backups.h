// Backups: consistent copies of a file in a "backups" folder beside it, made when the window closes after
// changes, and thinned so that the last ten stay, and the newest of each of the last twelve months. A copy is
// written by SQLite's VACUUM INTO from a read transaction: whole even while the file is in use.
#pragma once

#include "common/result.h"
#include "db/database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace lk {

class Backups {
public:
    struct Entry {
        QString path;
        QDateTime madeAt; // from its name, local time
        qint64 bytes = 0;
    };

    // <folder of the file>/backups
    static QString folderFor(const QString& databasePath);
    // A new copy of the open file, named after the file and the time:
    // lofteskollen-2026-11-25T18-10-00.sqlite.
    static Result<QString> make(const Database& database, const QDateTime& now = QDateTime::currentDateTime(),
                                Progress& progress = Progress::none());
    // The same through a connection of its own: safe on any thread (BackupJob).
    static Result<QString> make(const QString& databasePath,
                                const QDateTime& now = QDateTime::currentDateTime(),
                                Progress& progress = Progress::none());
    // The file's backups, newest first.
    static Result<QList<Entry>> list(const QString& databasePath);
    // How many records a backup holds in these tables (every register's: Registry::tables()), shown beside
    // its date when choosing one.
    static Result<qint64> recordCount(const QString& backupPath, const QStringList& tables);
    // Puts `backupPath` in the place of the file at `databasePath`, which must be closed: the backup is
    // checked to open as a Löfteskollen file first, and written beside the file and moved into place, so
    // that a failure leaves the file as it was.
    static Status restore(const QString& backupPath, const QString& databasePath);
    // For a file that does not open (damaged, cut short, gone): the file and any log beside it are kept under
    // a new name, <name>-unreadable-<time>.sqlite, and the backup is put in its place. Returns the kept name
    // (empty when there was no file). When the backup cannot be put in place, the file is moved back.
    static Result<QString> replaceUnreadable(const QString& backupPath, const QString& databasePath,
                                             const QDateTime& now = QDateTime::currentDateTime());
    // Removes all but the `latest` newest and the newest of each of the last `months` months that have one;
    // returns what it removed.
    static Result<QStringList> prune(const QString& databasePath, int latest = 10, int months = 12);
};

} // namespace lk
