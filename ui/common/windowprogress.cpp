#include "common/windowprogress.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lk {

namespace {

int showDelayMs = 500;
// Set while a progress point processes events: a point reached from within them (a nested job) only
// updates its dialog.
bool processingEvents = false;

// Esc and the window's close button ask the job to stop, as Cancel does; the dialog goes when the job
// returns.
class ProgressDialog : public QDialog {
public:
    ProgressDialog(QWidget* parent, WindowProgress& progress)
        : QDialog(parent)
        , m_progress(progress) {}
    void reject() override { m_progress.requestStop(); }

private:
    WindowProgress& m_progress;
};

} // namespace

WindowProgress::WindowProgress(QWidget* parent, const QString& title)
    : m_parent(parent)
    , m_title(title) {
    m_running.start();
}

WindowProgress::~WindowProgress() {
    delete m_dialog;
}

void WindowProgress::setShowDelay(int milliseconds) {
    showDelayMs = milliseconds;
}

bool WindowProgress::tellIfStopped(QWidget* parent, const Error& error) {
    if (!Progress::isStopped(error))
        return false;
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(error.message, 15000);
    return true;
}

void WindowProgress::makeDialog() {
    m_dialog = new ProgressDialog(m_parent, *this);
    m_dialog->setObjectName(QStringLiteral("progress"));
    m_dialog->setWindowTitle(m_title);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    auto* layout = new QVBoxLayout(m_dialog);
    m_phase = new QLabel(m_dialog);
    m_phase->setObjectName(QStringLiteral("phase"));
    layout->addWidget(m_phase);
    m_bar = new QProgressBar(m_dialog);
    m_bar->setAccessibleName(m_title);
    m_bar->setMinimumWidth(360);
    layout->addWidget(m_bar);
    auto* row = new QHBoxLayout;
    m_count = new QLabel(m_dialog);
    row->addWidget(m_count, 1);
    m_stop = new QPushButton(QApplication::translate("lk::WindowProgress", "Cancel"), m_dialog);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setAutoDefault(false);
    QObject::connect(m_stop, &QPushButton::clicked, m_dialog, [this] {
        requestStop();
        m_stop->setEnabled(false);
    });
    row->addWidget(m_stop);
    layout->addLayout(row);
    m_dialog->show();
}

void WindowProgress::show() {
    if (!m_dialog) {
        if (m_running.elapsed() < showDelayMs)
            return;
        makeDialog();
    }
    m_phase->setText(phase());
    // The bar counts in thousandths: QProgressBar holds an int, a file's bytes may not fit one.
    m_bar->setRange(0, total() > 0 ? 1000 : 0);
    if (total() > 0) {
        m_bar->setValue(int(std::min<qint64>(done(), total()) * 1000 / total()));
        m_count->setText(QApplication::translate("lk::WindowProgress", "%1 of %2")
                             .arg(amount(std::min(done(), total())), amount(total())));
    } else {
        m_count->clear();
    }
    // Cancel only where stopping leaves everything as it was; after a click it waits for the job.
    m_stop->setEnabled(stoppable() && !stopRequested());
    if (processingEvents)
        return;
    processingEvents = true;
    QApplication::processEvents();
    processingEvents = false;
}

} // namespace lk
