// BackupJob: makes a backup of a file and thins the old ones on a thread of its own, so that copying a large
// file never holds up the window. One copy at a time; the job waits for it before it goes.
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace lk {

class BackupJob : public QObject {
    Q_OBJECT
public:
    explicit BackupJob(QObject* parent = nullptr);
    ~BackupJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts a backup of `databasePath`, keeping the `latest` newest and one a month for `months` months.
    // Returns false (and does nothing) while the previous one still runs.
    bool start(const QString& databasePath, int latest, int months);
    // Blocks until a running copy is done (before the file closes or the program ends); `finished` has then
    // been emitted.
    void wait();

signals:
    // In the thread that owns the job. `problem` is empty when the copy was made.
    void finished(const QString& backupPath, const QString& problem);

private:
    void collect();

    QThread* m_thread = nullptr;
    QString m_made;
    QString m_problem;
};

} // namespace lk
