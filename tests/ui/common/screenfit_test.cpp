#include "catchqt.h"
#include "common/screenfit.h"
#include "mainwindow.h"

#include <QScreen>

using namespace lk;

TEST_CASE("A window or dialog opens within a 1366 × 768 laptop's screen, frame and task bar included",
          "[ui][screen]") {
    // A 1366 × 768 screen with a 40 px task bar.
    const QRect laptop(0, 0, 1366, 728);
    CHECK(fitted(QSize(1280, 800), laptop) == QSize(1280, 680));
    CHECK(fitted(QSize(900, 1000), laptop) == QSize(900, 680));
    CHECK(fitted(QSize(640, 460), laptop) == QSize(640, 460));
    const QSize fits = fitted(QSize(3000, 3000), laptop) + windowFrame;
    CHECK(fits.width() <= laptop.width());
    CHECK(fits.height() <= laptop.height());
    // No screen known: as asked.
    CHECK(fitted(QSize(900, 1000), QRect()) == QSize(900, 1000));
}

TEST_CASE("The main window opens no larger than the screen it is on", "[ui][screen]") {
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    CHECK(window.width() + windowFrame.width() <= available.width());
    CHECK(window.height() + windowFrame.height() <= available.height());
}
