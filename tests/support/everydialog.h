// Goes through the window as a curious user would: every page of the navigation, every tab, and every dialog
// their lists, their "…" buttons and the menus open, each looked at and closed as soon as it shows.
#pragma once

#include "catchqt.h"
#include "common/recordlistpanel.h"
#include "mainwindow.h"
#include "promises/promisespage.h"
#include "register/recordtablemodel.h"
#include "testfile.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace lk::test {

// Closes each modal dialog as soon as it is shown, after `look` has seen it, and keeps its title, while it
// lives.
class ModalCloser {
public:
    explicit ModalCloser(std::function<void(QWidget*)> look = {})
        : m_look(std::move(look)) {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            titles << modal->windowTitle();
            if (m_look)
                m_look(modal);
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start();
    }
    QStringList titles;

private:
    std::function<void(QWidget*)> m_look;
    QTimer m_timer;
};

// By the house's convention a button or menu entry that ends in "…" opens a dialog.
inline bool opensDialog(const QString& text) {
    return text.endsWith(QChar(0x2026));
}

// Selects the first record of every list on screen, so that the form beside it shows.
inline void selectFirstRecords(QWidget* shown) {
    for (RecordListPanel* list : shown->findChildren<RecordListPanel*>()) {
        if (list->isVisible() && list->model()->rowCount() > 0)
            list->selectRecord(list->model()->uuidAt(0));
    }
    QApplication::processEvents();
}

// Opens the New dialog and the selected record's Edit dialog of every list on screen, and every other
// dialog a button on screen opens.
inline void openDialogsOf(QWidget* shown) {
    selectFirstRecords(shown);
    for (RecordListPanel* list : shown->findChildren<RecordListPanel*>()) {
        if (!list->isVisible())
            continue;
        if (list->newButton()->isVisible() && list->newButton()->isEnabled())
            list->addNew();
        if (list->editButton() && list->editButton()->isVisible() && list->editButton()->isEnabled())
            list->editSelected();
    }
    for (QPushButton* button : shown->findChildren<QPushButton*>()) {
        if (button->isVisible() && button->isEnabled() && opensDialog(button->text()))
            button->click();
    }
}

struct WalkCounts {
    int pages = 0;
    int tabs = 0;
};

// Every page of the navigation and every tab of each, in turn, with the first record of each list chosen so
// that its form shows: `look` sees each with its name in the navigation ("Polisens insatser >
// Trafikkontroller") and the widget that shows it (a page, then each of its tabs).
inline WalkCounts visitEveryView(MainWindow& window,
                                 const std::function<void(const QString& view, QWidget* shown)>& look) {
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(navigation);
    REQUIRE(stack);
    WalkCounts counts;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget* page = stack->currentWidget();
        REQUIRE(page->isVisible());
        ++counts.pages;
        const QString pageName = navigation->item(row)->text();
        selectFirstRecords(page);
        look(pageName, page);
        for (QTabWidget* tabWidget : page->findChildren<QTabWidget*>()) {
            for (int index = 0; index < tabWidget->count(); ++index) {
                tabWidget->setCurrentIndex(index);
                QApplication::processEvents();
                selectFirstRecords(tabWidget->widget(index));
                look(pageName + QStringLiteral(" > ") + tabWidget->tabText(index).remove(QLatin1Char('&')),
                     tabWidget->widget(index));
                ++counts.tabs;
            }
        }
    }
    return counts;
}

// Every page and tab of the shown window, with the dialogs each opens (answered by a ModalCloser the caller
// keeps), then every dialog of the menus. `atEachView`, when given, looks at each page and tab as it comes on
// screen, before its dialogs open.
inline WalkCounts openEveryDialog(MainWindow& window,
                                  const std::function<void(const QString& view)>& atEachView = {}) {
    const WalkCounts counts = visitEveryView(window, [&](const QString& view, QWidget* shown) {
        if (atEachView)
            atEachView(view);
        openDialogsOf(shown);
    });
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (action->isEnabled() && opensDialog(action->text()))
                action->trigger();
        }
    }
    QApplication::processEvents();
    return counts;
}

// The Löften page in view with the period's first promise chosen, so that its targets and status reports
// show.
inline PromisesPage* showFirstPromise(MainWindow& window) {
    auto* promises = window.page<PromisesPage>();
    auto* stack = window.findChild<QStackedWidget*>();
    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(stack->indexOf(promises));
    REQUIRE(promises->isVisible());
    promises->select(
        scalar(*window.document(), QStringLiteral("SELECT uuid FROM promises ORDER BY id LIMIT 1"))
            .toString());
    QApplication::processEvents();
    return promises;
}

} // namespace lk::test
