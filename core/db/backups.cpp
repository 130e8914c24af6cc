#include "db/backups.h"

#include "common/filewrite.h"
#include "db/newfile.h"
#include "db/serverurl.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <utility>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Backups)
};

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH-mm-ss");

QString baseName(const QString& databasePath) {
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

QString Backups::folderFor(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<QString> Backups::make(const Database& database, const QDateTime& now, Progress& progress) {
    return make(database.path(), now, progress);
}

Result<QString> Backups::make(const QString& databasePath, const QDateTime& now, Progress& progress) {
    // A server's address is no file with a folder beside it: a server is copied with backup --server.
    if (ServerUrl::isServerUrl(databasePath))
        return Error{Text::tr("A server's database is not backed up beside a file. Write a copy of it with: "
                              "lofteskollen backup --server URL --out FILE.sqlite")};
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error{Text::tr("The backup folder %1 could not be made. The file itself is unchanged; check "
                              "that the folder beside it may be written to.")
                         .arg(QDir::toNativeSeparators(folder))};
    QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(baseName(databasePath), now.toString(timeFormat)));
    // Two backups in the same second (a quick close and reopen): the second gets a number.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.sqlite").arg(baseName(databasePath), now.toString(timeFormat)).arg(n));
    // A backup stopped halfway (the program killed, the computer off) left only a temporary: cleared here.
    NewFile::removeLeftoversIn(folder);
    if (Status saved = Database::saveCopyOf(databasePath, target, progress); !saved)
        return saved.error();
    return target;
}

Result<QList<Backups::Entry>> Backups::list(const QString& databasePath) {
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d)(-\\d+)?\\.sqlite$")
            .arg(QRegularExpression::escape(baseName(databasePath))));
    // Within one second the number tells the order (none, then -2, -3, …), which the names' text does not:
    // "-2.sqlite" sorts before ".sqlite", and "-10" before "-9".
    QList<std::pair<Entry, int>> found;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const int number = match.hasCaptured(2) ? match.captured(2).mid(1).toInt() : 1;
        found.append(
            {{file.absoluteFilePath(), QDateTime::fromString(match.captured(1), timeFormat), file.size()},
             number});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first.madeAt != b.first.madeAt ? a.first.madeAt > b.first.madeAt : a.second > b.second;
    });
    QList<Entry> entries;
    entries.reserve(found.size());
    for (const auto& item : found)
        entries.append(item.first);
    return entries;
}

Result<qint64> Backups::recordCount(const QString& backupPath, const QStringList& tables) {
    auto database = Database::openForReading(backupPath);
    if (!database)
        return database.error();
    qint64 records = 0;
    for (const QString& table : tables) {
        // The tables are the program's own names, never user text.
        auto count =
            sql::scalar((*database)->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!count)
            return count.error();
        records += count->toLongLong();
    }
    return records;
}

Status Backups::restore(const QString& backupPath, const QString& databasePath) {
    // A backup that does not open as a whole Löfteskollen file never replaces anything.
    {
        auto backup = Database::openForReading(backupPath);
        if (!backup)
            return Error{Text::tr("The backup %1 cannot be used: %2 The file was not changed.")
                             .arg(QDir::toNativeSeparators(backupPath), backup.message())};
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFileInfo(databasePath + suffix).size() > 0)
            return Error{
                Text::tr("%1 has changes not yet written into it (%2). Open it once and close it, then "
                         "restore. The file was not changed.")
                    .arg(QDir::toNativeSeparators(databasePath),
                         QFileInfo(databasePath + suffix).fileName())};
    }
    QFile source(backupPath);
    QSaveFile target(databasePath);
    const qint64 needed = source.size();
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return Error{Text::tr("The backup could not be copied (%1). The file was not changed.")
                         .arg(source.isOpen() ? FileWrite::reason(databasePath, target, needed)
                                              : source.errorString())};
    while (!source.atEnd()) {
        const QByteArray block = source.read(1 << 20);
        if (target.write(block) != block.size()) {
            const QString reason = FileWrite::reason(databasePath, target, needed);
            target.cancelWriting();
            return Error{
                Text::tr("The backup could not be copied (%1). The file was not changed.").arg(reason)};
        }
    }
    if (Status placed = FileWrite::commit(target, databasePath, needed); !placed)
        return Error{Text::tr("The backup could not be put in place. The file was not changed. %1")
                         .arg(placed.message())};
    return {};
}

Result<QString> Backups::replaceUnreadable(const QString& backupPath, const QString& databasePath,
                                           const QDateTime& now) {
    const QFileInfo info(databasePath);
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-journal"),
                               QStringLiteral("-shm")};
    QString kept;
    QStringList moved;
    const auto moveBack = [&] {
        for (const QString& suffix : std::as_const(moved))
            QFile::rename(kept + suffix, databasePath + suffix);
    };
    if (info.exists()) {
        kept = info.absoluteDir().filePath(
            QStringLiteral("%1-unreadable-%2.%3")
                .arg(info.completeBaseName(), now.toString(timeFormat),
                     info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix()));
        for (const QString& suffix : suffixes) {
            if (!QFileInfo::exists(databasePath + suffix))
                continue;
            if (!QFile::rename(databasePath + suffix, kept + suffix)) {
                moveBack();
                return Error{Text::tr("%1 could not be set aside, so the backup was not put in its place. "
                                      "Nothing was changed. Check that the folder is writable.")
                                 .arg(QDir::toNativeSeparators(databasePath + suffix))};
            }
            moved << suffix;
        }
    }
    if (auto restored = restore(backupPath, databasePath); !restored) {
        QFile::remove(databasePath);
        moveBack();
        return restored.error();
    }
    return kept;
}

Result<QStringList> Backups::prune(const QString& databasePath, int latest, int months) {
    auto entries = list(databasePath);
    if (!entries)
        return entries.error();
    QSet<QString> kept;
    QSet<QString> monthsSeen;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const Entry& entry = entries->at(i);
        const QString month = entry.madeAt.toString(QStringLiteral("yyyy-MM"));
        if (i < latest)
            kept.insert(entry.path);
        // Newest first: the first of a month seen is that month's newest.
        if (!monthsSeen.contains(month) && monthsSeen.size() < months) {
            monthsSeen.insert(month);
            kept.insert(entry.path);
        }
    }
    QStringList removed;
    for (const Entry& entry : *entries) {
        if (kept.contains(entry.path))
            continue;
        if (!QFile::remove(entry.path))
            return Error{Text::tr("The old backup %1 could not be removed.")
                             .arg(QDir::toNativeSeparators(entry.path))};
        removed << entry.path;
    }
    return removed;
}

} // namespace lk
