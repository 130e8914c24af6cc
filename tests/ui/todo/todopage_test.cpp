#include "catchqt.h"
#include "common/recordlistpanel.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "og/actionstab.h"
#include "og/ogpage.h"
#include "og/ogregisters.h"
#include "pagewindow.h"
#include "promises/scopebar.h"
#include "testfile.h"
#include "todo/todopage.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

using namespace lk;
using namespace lk::test;

namespace {

struct TodoWindow {
    TestFile file;
    MainWindow window;
    TodoPage* page = nullptr;
    TodoWindow() {
        {
            auto document = file.open();
            REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
        }
        REQUIRE(window.openFile(file.path()));
        page = showPage<TodoPage>(window);
    }
    Document& document() const { return *window.document(); }
    // The number in a navigation entry's badge: "Operativa gruppen (3 overdue)" gives 3; none gives 0.
    int badgeOf(const Page* page) const {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        const QString text = navigation->item(navigation->row(navigationItemOf(page)))->text();
        const auto match = QRegularExpression(QStringLiteral("\\((\\d+) ")).match(text);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }
    QListWidgetItem* navigationItemOf(const Page* page) const {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->text().startsWith(page->title()))
                return navigation->item(row);
        }
        FAIL("no navigation entry for " << page->title().toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("Att göra lists what is due, and its count agrees with the registers' counts in the navigation",
          "[ui][todo]") {
    TodoWindow w;
    auto items =
        TodoList::of(w.document().repository(), w.window.scopeBar()->municipalityId(), QDate::currentDate());
    REQUIRE(items.ok());
    REQUIRE_FALSE(items->isEmpty());
    CHECK(w.page->table()->rowCount() == items->size());
    CHECK(w.page->table()->isColumnHidden(TodoPage::MunicipalityColumn));
    // Overdue first, said in words.
    CHECK(w.page->table()->item(0, TodoPage::StateColumn)->text() == QStringLiteral("Overdue"));
    int registers = 0;
    for (const char* name : {"lk::OgPage", "lk::WalksPage", "lk::TobaccoPage"}) {
        for (Page* page : w.window.findChildren<Page*>()) {
            if (QString::fromLatin1(page->metaObject()->className()) == QLatin1String(name))
                registers += w.badgeOf(page);
        }
    }
    CHECK(registers > 0);
    CHECK(w.badgeOf(w.page) == registers);
    CHECK(w.badgeOf(w.page) == TodoList::overdueCount(*items));
}

TEST_CASE("Att göra filters by who is responsible, and says when nothing is left", "[ui][todo]") {
    TodoWindow w;
    QComboBox* responsible = w.page->responsible();
    REQUIRE(responsible->count() > 1);
    const int all = w.page->table()->rowCount();
    responsible->setCurrentIndex(1);
    const QString who = responsible->currentText();
    const int shown = w.page->table()->rowCount();
    CHECK(shown > 0);
    CHECK(shown < all);
    for (int row = 0; row < shown; ++row)
        CHECK(w.page->table()->item(row, TodoPage::ResponsibleColumn)->text() == who);
    for (const TodoList::Item& item : w.page->items())
        CHECK(item.responsible == who);
    responsible->setCurrentIndex(0);
    CHECK(w.page->table()->rowCount() == all);
}

TEST_CASE("An item of Att göra opens its record on its page, and closing it takes it off the list",
          "[ui][todo]") {
    TodoWindow w;
    int row = -1;
    for (int at = 0; at < w.page->items().size(); ++at) {
        if (w.page->items().at(at).kind == TodoList::Kind::ActionItem && w.page->items().at(at).overdue) {
            row = at;
            break;
        }
    }
    REQUIRE(row >= 0);
    const QString uuid = w.page->items().at(row).uuid;
    const int before = w.badgeOf(w.page);
    w.page->open(row);
    auto* og = w.window.page<OgPage>();
    REQUIRE(og->isVisible());
    // The list it is shown in is on screen, with the item chosen.
    bool chosen = false;
    for (RecordListPanel* list : og->findChildren<RecordListPanel*>())
        chosen = chosen || (list->isVisible() && list->selectedUuid() == uuid);
    CHECK(chosen);

    // Done: off the list, and one fewer overdue.
    const Status done = w.document().update(OgRegisters::actionItems(), uuid,
                                            {{actionItems::status.toString(), QStringLiteral("klar")},
                                             {actionItems::doneOn.toString(), QDate::currentDate()}});
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(w.badgeOf(w.page) == before - 1);
    showPage<TodoPage>(w.window);
    for (const TodoList::Item& listed : w.page->items())
        CHECK(listed.uuid != uuid);
}
