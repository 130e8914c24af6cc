// NewFile: a file the program makes (a new working file, a backup) is built under a temporary name beside its
// target and takes the target's name only once it is finished, so that after a crash or a kill at any moment
// the target is whole or absent. The temporary, `<target>.partial-<8 hex digits>`, is never taken for the
// file: a failed making removes it, and one left by a killed run is removed by the next making of the same
// target once its lock shows that no running program is building it.
#pragma once

#include "common/result.h"

#include <QString>

class QDir;

namespace lk {

class NewFile {
public:
    // Refuses, with a message for the user, when the target exists or its folder does not.
    static Result<NewFile> begin(const QString& target);
    NewFile(NewFile&& other) noexcept;
    NewFile& operator=(NewFile&&) = delete;
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;
    // Removes the temporary and what SQLite kept beside it, unless it was published.
    ~NewFile();

    QString target() const { return m_target; }
    // Where to build the file; nothing may have it open when publish() is called.
    QString partialPath() const { return m_partial; }
    // Gives the finished file the target's name in one step (never over a file that appeared meanwhile).
    Status publish();

    // A temporary of an unfinished making, by its name.
    static bool isPartial(const QString& path);
    // The files SQLite may keep beside a database file.
    static QStringList sideFiles(const QString& path);
    // Removes what killed makings left in `folder` (of any target), leaving those still under way.
    static void removeLeftoversIn(const QString& folder);

private:
    NewFile(QString target, QString partial);
    static void removeLeftovers(const QString& target);
    static void removeLeftovers(const QDir& folder, const QString& targetName);

    QString m_target;
    QString m_partial;
    bool m_published = false;
};

} // namespace lk
