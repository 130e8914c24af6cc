#include "common/backupkeeper.h"

#include "common/backupsettingsdialog.h"
#include "common/windowprogress.h"
#include "db/backupjob.h"
#include "db/backups.h"
#include "document/document.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

namespace lk {

BackupKeeper::BackupKeeper(QWidget* window, QLabel* label)
    : QObject(window)
    , m_window(window)
    , m_label(label)
    , m_timer(new QTimer(this))
    , m_job(new BackupJob(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(BackupSettingsDialog::stored().minutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupKeeper::backUpInBackground);
    connect(m_job, &BackupJob::finished, this, &BackupKeeper::finished);
}

void BackupKeeper::watch(Document* document) {
    m_document = document;
    m_changed = false;
    if (document)
        showLast();
    else
        m_label->clear();
}

void BackupKeeper::noteChange() {
    m_changed = true;
    // A copy a while after the first change, not at every keystroke: a crash or a flat battery then loses at
    // most that much.
    if (!m_timer->isActive())
        m_timer->start();
}

void BackupKeeper::letGo() {
    // A file left as it was opened needs no new copy; one that changed gets one as it is let go. The window
    // is going (or the file is), so this one is made here and now.
    m_job->wait();
    m_timer->stop();
    if (!m_document || !m_changed)
        return;
    m_changed = false;
    const BackupSettingsDialog::Values keep = BackupSettingsDialog::stored();
    // A large file takes seconds: the window says so, and Cancel leaves no copy, not half of one. A window
    // already closed (or being destroyed) shows nothing.
    WindowProgress shown(m_window, tr("Backup"));
    Progress quiet;
    Progress& progress = m_window->isVisible() ? static_cast<Progress&>(shown) : quiet;
    auto copy = Backups::make(m_document->path(), QDateTime::currentDateTime(), progress);
    QString problem = copy || Progress::isStopped(copy.error()) ? QString() : copy.message();
    if (copy)
        if (auto pruned = Backups::prune(m_document->path(), keep.latest, keep.months); !pruned)
            problem = pruned.message();
    finished(copy ? *copy : QString(), problem);
}

void BackupKeeper::backUpInBackground() {
    if (!m_document || !m_changed)
        return;
    const BackupSettingsDialog::Values keep = BackupSettingsDialog::stored();
    // While a copy still runs, the next change starts the timer again.
    if (m_job->start(m_document->path(), keep.latest, keep.months))
        m_changed = false;
}

void BackupKeeper::finished(const QString& made, const QString& problem) {
    if (!made.isEmpty())
        showLast();
    if (!problem.isEmpty() && m_window->isVisible())
        QMessageBox::warning(m_window, tr("No backup was made"), problem);
}

void BackupKeeper::showLast() {
    if (!m_document)
        return;
    auto backups = Backups::list(m_document->path());
    m_label->setText(
        !backups || backups->isEmpty()
            ? tr("No backup yet")
            : tr("Last backup %1")
                  .arg(QLocale().toString(backups->first().madeAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void BackupKeeper::editSettings() {
    BackupSettingsDialog dialog(BackupSettingsDialog::stored(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BackupSettingsDialog::Values values = dialog.values();
    BackupSettingsDialog::store(values);
    m_timer->setInterval(values.minutes * 60 * 1000);
}

void BackupKeeper::setInterval(int milliseconds) {
    m_timer->setInterval(milliseconds);
}

} // namespace lk
