// FileWrite: a file the program writes for the user (an export, a report, a copy) is written whole or not at
// all, and when it cannot be, the user is told why in words: a full disk is called a full disk, wherever it
// happens, instead of the system's "Unknown error".
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QFileDevice;
class QIODevice;
class QSaveFile;

namespace lk {

class FileWrite {
public:
    // Writes `bytes` to `path` through a temporary beside it that takes the name once everything is written.
    static Status whole(const QString& path, const QByteArray& bytes);
    // Writes `path` as `write` produces it, piece by piece into the device it is given (an export of any size
    // in little memory), through a temporary beside it that takes the name only when all of it was written.
    static Status streamed(const QString& path, const std::function<Status(QIODevice&)>& write);
    // Gives a QSaveFile's temporary its name, only when everything written reached the disk. Qt 6.4's
    // commit() renames the temporary even when its last buffered write failed (a full disk), leaving an
    // empty or cut file under the name: the buffer is flushed and its error checked first.
    static Status commit(QSaveFile& file, const QString& path, qint64 needed);
    // Why writing `path` (through `file`, needing about `needed` bytes) failed: "the disk is full (…)" when
    // the disk's free space is less than what was to be written, else the system's reason.
    static QString reason(const QString& path, const QFileDevice& file, qint64 needed);
    // The same from a reason already worded (SQLite's, a writer's): a full disk is still called one.
    static QString reason(const QString& path, const QString& systemReason, qint64 needed);
    // "The file X could not be written: the disk is full (2 kB free on /media/usb). Nothing was written
    // there; …": the message for the user.
    static Error failed(const QString& path, const QString& reason);
};

} // namespace lk
