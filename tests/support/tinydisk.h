// TinyDisk: a tmpfs of a given size mounted on a folder for as long as it lives, to fill a disk for real.
// Only root may mount: elsewhere mounted() is false and the test says what it could not do.
#pragma once

#include <QProcess>
#include <QString>

#include <unistd.h>

namespace lk::test {

class TinyDisk {
public:
    TinyDisk(const QString& folder, qint64 bytes)
        : m_folder(folder) {
        m_mounted =
            ::geteuid() == 0 &&
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), folder}) == 0;
    }
    ~TinyDisk() {
        if (m_mounted && QProcess::execute(QStringLiteral("umount"), {m_folder}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
    }
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;
    bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace lk::test
