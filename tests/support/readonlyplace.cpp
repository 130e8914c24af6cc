#include "readonlyplace.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace lk::test {

namespace {
bool run(const QString& program, const QStringList& arguments) {
    return QProcess::execute(program, arguments) == 0;
}
} // namespace

ReadOnlyPlace::ReadOnlyPlace(const QString& source, const QString& name, What what)
    : m_path(m_dir.filePath(name))
    , m_what(what) {
    if (!m_dir.isValid())
        return;
    const bool root = geteuid() == 0;
    if (root) {
        m_mounted =
            run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=64m"), QStringLiteral("tmpfs"), m_dir.path()});
        if (!m_mounted)
            return;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        if (QFileInfo::exists(source + suffix) && !QFile::copy(source + suffix, m_path + suffix))
            return;
    if (root) {
        m_ready =
            run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
    } else if (what == What::File) {
        m_ready = QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    } else {
        m_ready = QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    }
}

ReadOnlyPlace::~ReadOnlyPlace() {
    if (m_mounted) {
        run(QStringLiteral("umount"), {m_dir.path()});
        return;
    }
    // Writable again, so that QTemporaryDir can remove it.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_what == What::File)
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace lk::test
