// FileLock: keeps a second instance (here or on another computer) from writing the same file at once.
#pragma once

#include "common/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace lk {

class FileLock {
public:
    // Takes `databasePath`.lock. A lock left by a crashed process on this computer is taken over;
    // a live one makes this fail with a message saying who holds it.
    static Result<std::unique_ptr<FileLock>> acquire(const QString& databasePath);
    ~FileLock();

    QString lockPath() const { return m_path; }

private:
    FileLock(std::unique_ptr<QLockFile> lock, QString path);

    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace lk
