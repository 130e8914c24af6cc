// The yardstick for start-up time: a bare QMainWindow with a menu bar, shown and then closed, like
// `lofteskollen --exit-after-show`.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>
#include <QWindow>

namespace {
class QuitWhenExposed : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed())
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return false;
    }
};
} // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QuitWhenExposed quitWhenExposed;
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    window.resize(1280, 800);
    window.show();
    // Quits once the window is exposed (and so painted), exactly as `lofteskollen --exit-after-show` does.
    window.windowHandle()->installEventFilter(&quitWhenExposed);
    return QApplication::exec();
}
