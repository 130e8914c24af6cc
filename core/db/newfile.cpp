#include "db/newfile.h"

#include "db/filelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::NewFile)
};

const QString partialMark = QStringLiteral(".partial-");

void removeWithSideFiles(const QString& path) {
    QFile::remove(path);
    for (const QString& side : NewFile::sideFiles(path))
        QFile::remove(side);
}

} // namespace

NewFile::NewFile(QString target, QString partial)
    : m_target(std::move(target))
    , m_partial(std::move(partial)) {}

NewFile::NewFile(NewFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_partial(std::move(other.m_partial))
    , m_published(other.m_published) {
    other.m_published = true; // the moved-from one has nothing left to remove
}

NewFile::~NewFile() {
    if (!m_published && !m_partial.isEmpty())
        removeWithSideFiles(m_partial);
}

Result<NewFile> NewFile::begin(const QString& target) {
    const QFileInfo info(target);
    if (info.exists())
        return Error{Text::tr("%1 already exists; it was not changed. Choose a new file name.")
                         .arg(QDir::toNativeSeparators(target))};
    if (!info.absoluteDir().exists())
        return Error{
            Text::tr("%1 was not created: the folder %2 does not exist. Choose an existing folder.")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(info.absolutePath()))};
    removeLeftovers(info.absoluteFilePath());
    const QString partial =
        info.absoluteFilePath() + partialMark +
        QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    return NewFile(info.absoluteFilePath(), partial);
}

Status NewFile::publish() {
    if (!QFile::exists(m_partial))
        return Error{Text::tr("%1 could not be finished: its temporary file %2 is gone. Nothing was created.")
                         .arg(QDir::toNativeSeparators(m_target), QFileInfo(m_partial).fileName())};
    // Qt renames without replacing: a file that took the name meanwhile stays as it is.
    if (!QFile::rename(m_partial, m_target))
        return Error{
            Text::tr("%1 could not be created: %2. Nothing was created; the temporary file was removed.")
                .arg(QDir::toNativeSeparators(m_target),
                     QFileInfo::exists(m_target) ? Text::tr("a file of that name appeared meanwhile")
                                                 : Text::tr("the file could not be renamed"))};
    m_published = true;
    // A journal or log of the finished file is empty and now belongs to no file.
    for (const QString& side : sideFiles(m_partial))
        QFile::remove(side);
    return {};
}

bool NewFile::isPartial(const QString& path) {
    static const QRegularExpression partial(QStringLiteral("\\.partial-[0-9a-f]{8}$"));
    return partial.match(path).hasMatch();
}

QStringList NewFile::sideFiles(const QString& path) {
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

void NewFile::removeLeftovers(const QString& target) {
    const QFileInfo info(target);
    removeLeftovers(info.absoluteDir(), info.fileName());
}

void NewFile::removeLeftoversIn(const QString& folder) {
    removeLeftovers(QDir(folder), {});
}

void NewFile::removeLeftovers(const QDir& folder, const QString& targetName) {
    // Each temporary with what may lie beside it (its lock, its journal), also when only those are left.
    static const QRegularExpression temporaryName(
        QStringLiteral("^(.+\\.partial-[0-9a-f]{8})(-wal|-shm|-journal|\\.lock)?$"));
    QSet<QString> temporaries;
    for (const QString& name :
         folder.entryList({targetName + partialMark + QStringLiteral("*")}, QDir::Files)) {
        const auto match = temporaryName.match(name);
        if (match.hasMatch())
            temporaries.insert(folder.filePath(match.captured(1)));
    }
    for (const QString& path : std::as_const(temporaries)) {
        // A making still under way holds the temporary's lock; a killed one's lock is taken over.
        auto lock = FileLock::acquire(path);
        if (!lock)
            continue;
        removeWithSideFiles(path);
    }
}

} // namespace lk
