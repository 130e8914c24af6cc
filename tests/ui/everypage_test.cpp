// Every page, tab and dialog of the window, built on the demo file: a field name that a register lacks would
// otherwise hide until a user opens the one dialog that names it.
#include "catchqt.h"
#include "demo/demodata.h"
#include "everydialog.h"
#include "mainwindow.h"
#include "register/namecheck.h"
#include "testfile.h"

#include <QApplication>
#include <QListWidget>
#include <QTest>

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
