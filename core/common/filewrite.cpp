#include "common/filewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::FileWrite)
};
} // namespace

Status FileWrite::whole(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        const Error error = failed(path, reason(path, file, bytes.size()));
        file.cancelWriting();
        return error;
    }
    return commit(file, path, bytes.size());
}

Status FileWrite::streamed(const QString& path, const std::function<Status(QIODevice&)>& write) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, reason(path, file, 0));
    if (Status written = write(file); !written) {
        // A write the disk refused is told as such; the writer's own reason (a damaged record) as it is.
        const Status told = file.error() != QFileDevice::NoError
                                ? Status(failed(path, reason(path, file, file.pos() + 1)))
                                : written;
        file.cancelWriting();
        return told;
    }
    return commit(file, path, file.size());
}

Status FileWrite::commit(QSaveFile& file, const QString& path, qint64 needed) {
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const Error error = failed(path, reason(path, file, needed));
        file.cancelWriting(); // the temporary goes with the QSaveFile; nothing takes the name
        return error;
    }
    if (!file.commit())
        return failed(path, reason(path, file, needed));
    return {};
}

QString FileWrite::reason(const QString& path, const QFileDevice& file, qint64 needed) {
    // Qt calls a full disk a resource error; a failure when the temporary is flushed or renamed may only say
    // "Unknown error", so the free space decides too.
    if (file.error() == QFileDevice::ResourceError)
        needed = std::numeric_limits<qint64>::max();
    return reason(path, file.errorString(), needed);
}

QString FileWrite::reason(const QString& path, const QString& systemReason, qint64 needed) {
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < needed)
        return Text::tr("the disk is full (%1 free on %2)")
            .arg(QLocale().formattedDataSize(std::max<qint64>(0, disk.bytesAvailable())),
                 QDir::toNativeSeparators(disk.rootPath()));
    return systemReason;
}

Error FileWrite::failed(const QString& path, const QString& reason) {
    return Error{Text::tr("The file %1 could not be written: %2. Nothing was written there, and nothing else "
                          "was changed. Free some space or choose another folder, and try again.")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace lk
