#include "db/backupjob.h"

#include "db/backups.h"

#include <QThread>

namespace lk {

BackupJob::BackupJob(QObject* parent)
    : QObject(parent) {}

BackupJob::~BackupJob() {
    wait();
}

bool BackupJob::start(const QString& databasePath, int latest, int months) {
    if (m_thread)
        return false;
    m_made.clear();
    m_problem.clear();
    // The worker writes m_made and m_problem only; they are read after the thread has ended (collect).
    m_thread = QThread::create([this, databasePath, latest, months] {
        auto made = Backups::make(databasePath);
        if (!made) {
            m_problem = made.message();
            return;
        }
        m_made = *made;
        if (auto pruned = Backups::prune(databasePath, latest, months); !pruned)
            m_problem = pruned.message();
    });
    connect(m_thread, &QThread::finished, this, &BackupJob::collect);
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupJob::wait() {
    if (!m_thread)
        return;
    m_thread->wait();
    collect();
}

void BackupJob::collect() {
    // Reached twice for one copy when wait() ran first and the queued finished arrives later.
    if (!m_thread || m_thread->isRunning())
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished(m_made, m_problem);
}

} // namespace lk
