// Every page, tab and dialog of the window, built on the demo file: a field name that a register lacks would
// otherwise hide until a user opens the one dialog that names it.
#include "catchqt.h"
#include "common/recordlistpanel.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "register/namecheck.h"
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
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

// Closes each modal dialog as soon as it is shown, and keeps its title, while it lives.
class ModalCloser {
public:
    ModalCloser() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            titles << modal->windowTitle();
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start();
    }
    QStringList titles;

private:
    QTimer m_timer;
};

// By the house's convention a button or menu entry that ends in "…" opens a dialog.
bool opensDialog(const QString& text) {
    return text.endsWith(QChar(0x2026));
}

// Opens the New dialog and the selected record's Edit dialog of every list on screen, and every other
// dialog a button on screen opens.
void openDialogsOf(QWidget* shown) {
    for (lk::RecordListPanel* list : shown->findChildren<lk::RecordListPanel*>()) {
        if (!list->isVisible())
            continue;
        if (list->model()->rowCount() > 0)
            list->selectRecord(list->model()->uuidAt(0));
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

} // namespace

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
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(navigation);
    REQUIRE(stack);

    ModalCloser closer;
    int pages = 0;
    int tabs = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget* page = stack->currentWidget();
        REQUIRE(page->isVisible());
        ++pages;
        openDialogsOf(page);
        for (QTabWidget* tabWidget : page->findChildren<QTabWidget*>()) {
            for (int index = 0; index < tabWidget->count(); ++index) {
                tabWidget->setCurrentIndex(index);
                QApplication::processEvents();
                openDialogsOf(tabWidget->widget(index));
                ++tabs;
            }
        }
    }
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (action->isEnabled() && opensDialog(action->text()))
                action->trigger();
        }
    }
    QApplication::processEvents();

    INFO("dialogs: " << closer.titles.join(QStringLiteral(", ")).toStdString());
    CHECK(lk::NameCheck::misses() == missesBefore);
    CHECK(pages == navigation->count());
    CHECK(pages >= 8);
    CHECK(tabs >= 20);
    CHECK(closer.titles.size() >= 80);
    CHECK(QApplication::activeModalWidget() == nullptr);
}
