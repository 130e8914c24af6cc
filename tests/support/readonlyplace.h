// ReadOnlyPlace: a folder whose file cannot be written, as on a write-protected USB stick or a share the
// account may only read. Root may write through any permission bits, so as root the folder is a small tmpfs
// mounted read-only; otherwise the permission bits are taken away, from the file or from the folder.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace lk::test {

class ReadOnlyPlace {
public:
    enum class What { File, Folder };

    // Copies `source` (and any -wal beside it) into the place under `name`, then makes it read-only.
    ReadOnlyPlace(const QString& source, const QString& name, What what = What::File);
    ~ReadOnlyPlace();
    ReadOnlyPlace(const ReadOnlyPlace&) = delete;
    ReadOnlyPlace& operator=(const ReadOnlyPlace&) = delete;

    bool ready() const { return m_ready; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    What m_what;
    bool m_mounted = false;
    bool m_ready = false;
};

} // namespace lk::test
