// Shows the main window and goes to one of its pages the way a user does, through the navigation.
#pragma once

#include "catchqt.h"
#include "mainwindow.h"

#include <QListWidget>
#include <QTest>

namespace lk::test {

template <typename PageT> PageT* showPage(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<PageT>();
    REQUIRE(page);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    for (int row = 0; row < navigation->count() && !page->isVisible(); ++row)
        navigation->setCurrentRow(row);
    REQUIRE(page->isVisible());
    return page;
}

} // namespace lk::test
