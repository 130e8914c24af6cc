// Every page, tab and dialog of the window, built on the demo file: a field name that a register lacks would
// otherwise hide until a user opens the one dialog that names it.
#include "catchqt.h"
#include "common/screenfit.h"
#include "demo/demodata.h"
#include "everydialog.h"
#include "laptopfit.h"
#include "mainwindow.h"
#include "register/namecheck.h"
#include "swedish.h"
#include "testfile.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>

#include <optional>

TEST_CASE("Every page, tab and dialog is built on the demo file without a wrong field name", "[ui][names]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    {
        auto document = file.open();
        REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    }
    const int missesBefore = lk::NameCheck::misses();
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    lk::test::ModalCloser closer;
    const auto [pages, tabs] = lk::test::openEveryDialog(window);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));

    INFO("dialogs: " << closer.titles.join(QStringLiteral(", ")).toStdString());
    CHECK(lk::NameCheck::misses() == missesBefore);
    CHECK(pages == navigation->count());
    CHECK(pages >= 8);
    CHECK(tabs >= 20);
    CHECK(closer.titles.size() >= 80);
    CHECK(QApplication::activeModalWidget() == nullptr);
}

namespace {

// The file name of a view's picture: its place in the walk and its name without the badge, "05-Polisens
// insatser - Trafikkontroller.png".
QString pictureName(int index, QString view) {
    view.remove(QRegularExpression(QStringLiteral(" \\([^)]*\\)")));
    view.replace(QStringLiteral(" > "), QStringLiteral(" - "));
    return QStringLiteral("%1-%2.png").arg(index, 2, 10, QLatin1Char('0')).arg(view);
}

// Every page and tab of the demo file at a 1366 × 768 laptop's size, in `language`: each checked for what a
// person could not read, and its picture left in the build folder to look at.
void checkEveryPageFits(const QString& language) {
    const QSize laptop(1366, 728);
    if (QGuiApplication::primaryScreen()->availableGeometry().size() != laptop)
        FAIL("Run with QT_QPA_PLATFORM=offscreen:configfile=tests/support/laptopscreen.json (ctest "
             "laptop_*).");
    std::optional<lk::test::Swedish> swedish;
    if (language == QStringLiteral("sv"))
        swedish.emplace();
    const QDir pictures(QStringLiteral(LOFTESKOLLEN_SCREENSHOTS "/") + language);
    REQUIRE(pictures.mkpath(QStringLiteral(".")));

    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    {
        auto document = file.open();
        REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    }
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    int index = 0;
    const auto look = [&](const QString& view, QWidget* shown) {
        QApplication::processEvents();
        INFO(view.toStdString());
        // The window keeps the size it opened at: no page's layout needs more than the laptop has.
        CHECK(window.width() + lk::windowFrame.width() <= laptop.width());
        CHECK(window.height() + lk::windowFrame.height() <= laptop.height());
        CHECK(shown->minimumSizeHint().width() <= shown->width());
        CHECK(shown->minimumSizeHint().height() <= shown->height());
        CHECK(lk::test::pastTheEdge(&window).join(QLatin1Char('\n')).toStdString() == "");
        CHECK(lk::test::cutHeaders(shown).join(QLatin1Char('\n')).toStdString() == "");
        CHECK(lk::test::lowLists(shown, 4).join(QLatin1Char('\n')).toStdString() == "");
        CHECK(window.grab().save(pictures.filePath(pictureName(++index, view))));
    };
    const auto [pages, tabs] = lk::test::visitEveryView(window, look);
    lk::PromisesPage* promises = lk::test::showFirstPromise(window);
    look(promises->title() + QStringLiteral(" > ") + QStringLiteral("a promise"), promises);
    CHECK(pages >= 9);
    CHECK(tabs >= 20);
}

} // namespace

// Hidden from the plain run, which has an 800 × 600 screen: ctest runs these as
// laptop_every_page_fits_sv/_en.
TEST_CASE("Every page and tab fits a 1366 x 768 laptop in Swedish", "[.][laptop]") {
    checkEveryPageFits(QStringLiteral("sv"));
}

TEST_CASE("Every page and tab fits a 1366 x 768 laptop in English", "[.][laptop]") {
    checkEveryPageFits(QStringLiteral("en"));
}
