// WindowProgress: a long job's progress in the window. A dialog comes up once the job has run half a second
// (a quick one never flashes) with what it does, a bar, and Cancel while the job can stop safely. From then
// on the job's progress points let the window paint and take the click on Cancel: events are processed
// there, never within themselves, and the dialog is application-modal, so nothing else starts meanwhile.
#pragma once

#include "common/progress.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace lk {

class WindowProgress : public Progress {
public:
    // `title` names the job ("Export to Excel") in the dialog's title bar.
    WindowProgress(QWidget* parent, const QString& title);
    ~WindowProgress() override;

    // How long a job runs before the dialog shows; tests set 0 to have it at the job's first step.
    static void setShowDelay(int milliseconds);

    // When `error` is a job stopped by the user, says so in the window's status bar ("Stopped as asked.
    // Nothing was exported.") and returns true: a stop is no failure to warn of.
    static bool tellIfStopped(QWidget* parent, const Error& error);

protected:
    void show() override;

private:
    void makeDialog();

    QWidget* m_parent;
    QString m_title;
    QElapsedTimer m_running;
    QPointer<QDialog> m_dialog;
    QLabel* m_phase = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace lk
