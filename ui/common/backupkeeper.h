// BackupKeeper: the window's backups of the open file: a copy a while after the first change (on a thread of
// its own), one when the file is let go after changes, the last one's time in the status bar, and the
// settings for how often and how many.
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QTimer;
class QWidget;

namespace lk {

class BackupJob;
class Document;

class BackupKeeper : public QObject {
    Q_OBJECT
public:
    // `window` parents the messages; `label` shows the last backup.
    BackupKeeper(QWidget* window, QLabel* label);

    // The file now open (or none); it starts as unchanged.
    void watch(Document* document);
    // Something was saved in the open file.
    void noteChange();
    // The file is about to be let go (closed, switched or restored over): a copy now if it changed since
    // the last one; waits for a copy still running.
    void letGo();
    // Forgets the changes since the last copy (what they made is kept otherwise, as before a restore).
    void forgetChanges() { m_changed = false; }
    // Settings > Backups…
    void editSettings();
    // For tests: the pause after the first change, in milliseconds.
    void setInterval(int milliseconds);

private:
    void backUpInBackground();
    void finished(const QString& made, const QString& problem);
    void showLast();

    QWidget* m_window;
    QLabel* m_label;
    QTimer* m_timer;
    BackupJob* m_job;
    QPointer<Document> m_document;
    bool m_changed = false;
};

} // namespace lk
