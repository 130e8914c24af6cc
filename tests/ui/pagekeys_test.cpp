#include "catchqt.h"
#include "common/page.h"
#include "mainwindow.h"
#include "testfile.h"

#include <QKeySequence>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QTest>

using namespace lk;
using namespace lk::test;

TEST_CASE("Ctrl+1 to Ctrl+9 go to the pages in the navigation's order", "[ui][keyboard]") {
    TestFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(navigation);
    const int pages = std::min(9, navigation->count());
    REQUIRE(pages >= 9);
    // Backwards, so that every key moves the window somewhere it was not.
    for (int row = pages - 1; row >= 0; --row) {
        auto* key = window.findChild<QShortcut*>(QStringLiteral("goToPage%1").arg(row + 1));
        REQUIRE(key);
        CHECK(key->key() == QKeySequence(QStringLiteral("Ctrl+%1").arg(row + 1)));
        emit key->activated();
        CHECK(navigation->currentRow() == row);
        CHECK(stack->currentIndex() == row);
        CHECK(navigation->item(row)->toolTip() == QStringLiteral("Ctrl+%1").arg(row + 1));
    }
}
