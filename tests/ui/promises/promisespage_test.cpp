#include "catchqt.h"
#include "common/dateedit.h"
#include "common/monthsedit.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"
#include "promises/promisedetail.h"
#include "promises/promisespage.h"
#include "promises/promisetreemodel.h"
#include "register/recordtablemodel.h"
#include "testfile.h"
#include "typing.h"
#include "watch/watchregisters.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using lk::test::scalar;

namespace {

const QString operativaGruppen = QStringLiteral("Operativa gruppen");

struct OpenWindow {
    lk::test::TestFile file{QStringLiteral("salem-2021-2022")};
    lk::MainWindow window;
    lk::PromisesPage* page = nullptr;

    OpenWindow() {
        REQUIRE(window.openFile(file.path()));
        // As the user does: through the navigation (the window opens on the overview).
        page = lk::test::showPage<lk::PromisesPage>(window);
    }

    lk::Document& document() const { return *window.document(); }

    // Clicks the promise in the tree, as the user does.
    void clickPromise(const QString& title) {
        QTreeView* tree = page->tree();
        const QModelIndexList found = page->model()->match(page->model()->index(0, 0), Qt::DisplayRole, title,
                                                           1, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        tree->scrollTo(found.first());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(found.first()).center());
        REQUIRE(tree->currentIndex() == found.first());
    }

    // The promises entry of the navigation, with its count.
    QString navigationText() const {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        return navigation->item(navigation->currentRow())->text();
    }

    QAction* action(const QString& name) const {
        auto* found = window.findChild<QAction*>(name);
        REQUIRE(found);
        return found;
    }

    QVariant promiseValue(const QString& column, const QString& title) const {
        return scalar(document(),
                      QStringLiteral("SELECT ") + column + QStringLiteral(" FROM promises WHERE title = ?"),
                      {title});
    }
};

} // namespace

TEST_CASE("Editing a promise's title in the form saves it, and Undo and Redo take it back and forth",
          "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    auto* title = qobject_cast<QLineEdit*>(w.page->promiseDetail()->form()->editor(QStringLiteral("title")));
    REQUIRE(title);
    REQUIRE(title->text() == operativaGruppen);

    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Operativa gruppen (OG)"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM promises WHERE title = ?"),
                 {QStringLiteral("Operativa gruppen (OG)")})
              .toInt() == 1);
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND "
                                              "table_name = 'promises'"))
              .toInt() == 1);
    // The tree shows the new title, and the same promise stays selected.
    CHECK(w.page->tree()->currentIndex().data().toString() == QStringLiteral("Operativa gruppen (OG)"));

    QAction* undo = w.action(QStringLiteral("undo"));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(w.promiseValue(QStringLiteral("count(*)"), operativaGruppen).toInt() == 1);
    CHECK(title->text() == operativaGruppen);
    CHECK_FALSE(undo->isEnabled());

    w.action(QStringLiteral("redo"))->trigger();
    CHECK(w.promiseValue(QStringLiteral("count(*)"), QStringLiteral("Operativa gruppen (OG)")).toInt() == 1);
    CHECK(title->text() == QStringLiteral("Operativa gruppen (OG)"));
}

TEST_CASE("Choosing another responsible party in the form saves the code, not the label", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(QStringLiteral("Trafikkontroller"));
    auto* responsible =
        qobject_cast<QComboBox*>(w.page->promiseDetail()->form()->editor(QStringLiteral("responsible")));
    REQUIRE(responsible);
    REQUIRE(responsible->currentData().toString() == QStringLiteral("polisen"));
    responsible->setFocus();
    QTest::keyClick(responsible, Qt::Key_Down); // polisen -> samverkan
    CHECK(w.promiseValue(QStringLiteral("responsible"), QStringLiteral("Trafikkontroller")).toString() ==
          QStringLiteral("samverkan"));
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(w.promiseValue(QStringLiteral("responsible"), QStringLiteral("Trafikkontroller")).toString() ==
          QStringLiteral("polisen"));
}

TEST_CASE("Emptying a required field is refused with a message beside it and the file keeps its value",
          "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    lk::RecordForm* form = w.page->promiseDetail()->form();
    auto* title = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("title")));
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(w.promiseValue(QStringLiteral("count(*)"), operativaGruppen).toInt() == 1);
    // The field stays as the user left it, with the reason beside it.
    auto* problem = form->findChild<QLabel*>(QStringLiteral("problem_title"));
    REQUIRE(problem);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("Short title")));
    CHECK(title->text().isEmpty());
    CHECK(form->hasFailedSave());
}

TEST_CASE("Moving a promise down swaps it with the next one, and Undo restores the order", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(QStringLiteral("Trygghetsvandringar"));
    auto* down = w.page->findChild<QPushButton*>(QStringLiteral("moveDown"));
    REQUIRE(down);
    QTest::mouseClick(down, Qt::LeftButton);
    const auto order = [&w](const QString& title) {
        return w.promiseValue(QStringLiteral("sort_order"), title).toInt();
    };
    CHECK(order(QStringLiteral("Trygghetsvandringar")) == 2);
    CHECK(order(QStringLiteral("Lägesbild över otrygga platser")) == 1);
    CHECK(w.page->tree()->currentIndex().data().toString() == QStringLiteral("Trygghetsvandringar"));
    CHECK(w.page->tree()->currentIndex().row() == 1);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(order(QStringLiteral("Trygghetsvandringar")) == 1);
    CHECK(order(QStringLiteral("Lägesbild över otrygga platser")) == 2);
}

TEST_CASE("A status report entered in the dialog is stored for the selected promise", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    lk::RecordListPanel* statuses = w.page->promiseDetail()->statuses();
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        auto* date = qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("reported_on")));
        date->setDate(QDate(2021, 4, 30));
        auto* status = qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("status")));
        status->setCurrentIndex(status->findData(QStringLiteral("forsenad")));
        auto* comment = dialog->form()->editor(QStringLiteral("comment"));
        comment->setFocus();
        lk::test::type(comment, QStringLiteral("Inget möte i juli."));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(statuses->newButton(), Qt::LeftButton);
    const QString sql =
        QStringLiteral("SELECT s.status || '|' || s.reported_on || '|' || s.comment FROM "
                       "promise_statuses s JOIN promises p ON p.id = s.promise_id WHERE p.title = ?");
    CHECK(scalar(w.document(), sql, {operativaGruppen}).toString() ==
          QStringLiteral("forsenad|2021-04-30|Inget möte i juli."));
    CHECK(statuses->model()->rowCount() == 1);
    // The tree's latest status follows.
    CHECK(w.page->tree()
              ->currentIndex()
              .siblingAtColumn(lk::PromiseTreeModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Delayed"));
}

TEST_CASE("A target's number is edited in its table row and saved", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    QTableView* targets = w.page->promiseDetail()->targets()->view();
    REQUIRE(targets->model()->rowCount() == 1);
    const QModelIndex quantity = targets->model()->index(0, 1);
    REQUIRE(quantity.data().toString() == QStringLiteral("12"));
    targets->setFocus();
    targets->setCurrentIndex(quantity);
    targets->edit(quantity);
    auto* spin = targets->findChild<QSpinBox*>();
    REQUIRE(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("11"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits a finished editor through a queued call
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT t.quantity FROM targets t JOIN promises p ON p.id = t.promise_id "
                                "WHERE p.title = ?"),
                 {operativaGruppen})
              .toInt() == 11);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT t.quantity FROM targets t JOIN promises p ON p.id = t.promise_id "
                                "WHERE p.title = ?"),
                 {operativaGruppen})
              .toInt() == 12);
}

TEST_CASE("Deleting a focus area asks first, removes its promises, and Undo brings them back",
          "[ui][promises]") {
    OpenWindow w;
    const QModelIndex home = w.page->model()->index(1, 0);
    REQUIRE(home.data().toString() == QStringLiteral("Tryggare hemmiljö"));
    w.page->tree()->setCurrentIndex(home);

    lk::test::whenModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("2 promise")));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    w.page->removeSelected();
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM promises")).toInt() == 8);

    lk::test::whenModal([](QWidget* modal) {
        QTest::mouseClick(qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Yes), Qt::LeftButton);
    });
    w.page->removeSelected();
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM promises")).toInt() == 6);
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM focus_areas")).toInt() == 1);
    CHECK(w.navigationText() == QStringLiteral("Promises (6)"));

    w.action(QStringLiteral("undo"))->trigger();
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM promises")).toInt() == 8);
    CHECK(w.page->model()->rowCount(w.page->model()->index(1, 0)) == 2);
    CHECK(w.navigationText() == QStringLiteral("Promises (8)"));
}

TEST_CASE("In a table, Delete removes the selected row and Undo brings it back", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    QTableView* targets = w.page->promiseDetail()->targets()->view();
    REQUIRE(targets->model()->rowCount() == 1);
    targets->setFocus();
    targets->selectRow(0);
    QTest::keyClick(targets, Qt::Key_Delete);
    // The template's other targets, of other promises, stay.
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM targets")).toInt() == 2);
    CHECK(scalar(w.document(), QStringLiteral("SELECT count(*) FROM targets WHERE source = 'og_meetings'"))
              .toInt() == 0);
    CHECK(targets->model()->rowCount() == 0);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(scalar(w.document(), QStringLiteral("SELECT counted FROM targets WHERE source = 'og_meetings'"))
              .toString() == QStringLiteral("Möten i Operativa gruppen"));
}

TEST_CASE("Ctrl+Z in a field without unsaved typing undoes the last saved change", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    lk::RecordForm* form = w.page->promiseDetail()->form();
    auto* title = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("title")));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("OG"));
    QTest::keyClick(title, Qt::Key_Tab); // saved; the focus is now in the next field
    REQUIRE(w.promiseValue(QStringLiteral("count(*)"), QStringLiteral("OG")).toInt() == 1);
    QWidget* next = title->window()->focusWidget();
    REQUIRE(next);
    REQUIRE(next != title);
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.promiseValue(QStringLiteral("count(*)"), operativaGruppen).toInt() == 1);
    CHECK(title->text() == operativaGruppen);
}

TEST_CASE("Typing Ctrl+Z in a field with unsaved typing takes back the typing, not a saved change",
          "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    lk::RecordForm* form = w.page->promiseDetail()->form();
    auto* title = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("title")));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("OG"));
    QTest::keyClick(title, Qt::Key_Return);
    REQUIRE(w.promiseValue(QStringLiteral("count(*)"), QStringLiteral("OG")).toInt() == 1);
    QTest::keyClicks(title, QStringLiteral("X")); // typed, not yet saved
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    CHECK(title->text() == QStringLiteral("OG"));
    CHECK(w.promiseValue(QStringLiteral("count(*)"), QStringLiteral("OG")).toInt() == 1);
}

TEST_CASE("A long text saves when the user leaves it, not when its own menu opens", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    QWidget* text = w.page->promiseDetail()->form()->editor(QStringLiteral("aim"));
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    lk::test::type(text, QStringLiteral(" Även fritid."));
    QFocusEvent toMenu(QEvent::FocusOut, Qt::PopupFocusReason);
    QApplication::sendEvent(text, &toMenu);
    CHECK_FALSE(w.promiseValue(QStringLiteral("aim"), operativaGruppen)
                    .toString()
                    .endsWith(QStringLiteral("Även fritid.")));
    QFocusEvent away(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(text, &away);
    CHECK(w.promiseValue(QStringLiteral("aim"), operativaGruppen)
              .toString()
              .endsWith(QStringLiteral("Även fritid.")));
}

TEST_CASE("A refused edit stays on show after choosing another promise", "[ui][promises]") {
    OpenWindow w;
    w.clickPromise(operativaGruppen);
    lk::RecordForm* form = w.page->promiseDetail()->form();
    auto* title = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("title")));
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    w.clickPromise(QStringLiteral("Trafikkontroller")); // leaving the field tries to save the empty title
    CHECK(w.promiseValue(QStringLiteral("count(*)"), operativaGruppen).toInt() == 1);
    CHECK(form->hasFailedSave());
    auto* error = form->findChild<QLabel*>(QStringLiteral("formError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Short title")));
}

TEST_CASE("The filter box shows only the promises that contain its text", "[ui][promises]") {
    OpenWindow w;
    auto* filter = w.page->findChild<QLineEdit*>(QStringLiteral("promiseFilter"));
    REQUIRE(filter);
    filter->setFocus();
    lk::test::type(filter, QStringLiteral("narkotika"));
    QTreeView* tree = w.page->tree();
    const QModelIndex centre = w.page->model()->index(0, 0);
    QStringList shown;
    for (int row = 0; row < w.page->model()->rowCount(centre); ++row) {
        if (!tree->isRowHidden(row, centre))
            shown << w.page->model()->index(row, 0, centre).data().toString();
    }
    // Two titles say it; the drug-information and the Operativa gruppen texts say it too.
    CHECK(shown.contains(QStringLiteral("Riktat arbete mot narkotika")));
    CHECK(shown.contains(QStringLiteral("Informationsspridning om narkotika")));
    CHECK_FALSE(shown.contains(QStringLiteral("Trygghetsvandringar")));
    CHECK(tree->isRowHidden(1, {}) == true); // Tryggare hemmiljö has no such promise
    filter->clear();
    CHECK_FALSE(tree->isRowHidden(1, {}));
    CHECK_FALSE(tree->isRowHidden(0, centre));
}

TEST_CASE("A new target can count a register, visits for each school included", "[ui][promises][police]") {
    OpenWindow w;
    w.clickPromise(QStringLiteral("Riktat arbete mot narkotika"));
    lk::RecordListPanel* targets = w.page->promiseDetail()->targets();
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        lk::RecordForm* form = dialog->form();
        QWidget* counted = form->editor(QStringLiteral("counted"));
        counted->setFocus();
        lk::test::type(counted, QStringLiteral("Besök per skola och termin"));
        qobject_cast<QSpinBox*>(form->editor(QStringLiteral("quantity")))->setValue(2);
        for (const auto& [field, code] : {std::pair{QStringLiteral("per"), QStringLiteral("termin")},
                                          std::pair{QStringLiteral("source"), QStringLiteral("visits")},
                                          std::pair{QStringLiteral("each_unit"), QStringLiteral("skola")}}) {
            auto* combo = qobject_cast<QComboBox*>(form->editor(field));
            REQUIRE(combo);
            combo->setCurrentIndex(combo->findData(code));
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(targets->newButton(), Qt::LeftButton);
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT counted || '|' || quantity || '|' || per || '|' || source || "
                                "'|' || each_unit FROM targets WHERE source = 'visits'"))
              .toString() == QStringLiteral("Besök per skola och termin|2|termin|visits|skola"));
}

TEST_CASE("A new target can count the new neighbourhood-watch areas, and the promise shows how many started",
          "[ui][promises][watch]") {
    OpenWindow w;
    w.clickPromise(QStringLiteral("Grannsamverkan"));
    lk::RecordListPanel* targets = w.page->promiseDetail()->targets();
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        lk::RecordForm* form = dialog->form();
        QWidget* counted = form->editor(QStringLiteral("counted"));
        counted->setFocus();
        lk::test::type(counted, QStringLiteral("Nya områden"));
        qobject_cast<QSpinBox*>(form->editor(QStringLiteral("quantity")))->setValue(8);
        auto* per = qobject_cast<QComboBox*>(form->editor(QStringLiteral("per")));
        REQUIRE(per);
        per->setCurrentIndex(per->findData(QStringLiteral("period")));
        // Offered by what it counts, as the user reads it.
        auto* source = qobject_cast<QComboBox*>(form->editor(QStringLiteral("source")));
        REQUIRE(source);
        const int areas = source->findText(QStringLiteral("New neighbourhood-watch areas (by start date)"));
        REQUIRE(areas >= 0);
        source->setCurrentIndex(areas);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(targets->newButton(), Qt::LeftButton);
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT counted || '|' || quantity || '|' || per || '|' || source "
                                "FROM targets t JOIN promises p ON p.id = t.promise_id "
                                "WHERE p.title = 'Grannsamverkan' AND t.source = 'watch_areas'"))
              .toString() == QStringLiteral("Nya områden|8|period|watch_areas"));

    // The promise's detail counts the municipality's areas by the day each started, under the template's
    // fire-safety information.
    QLabel* progress = w.page->promiseDetail()->progress();
    const QString fire = QStringLiteral("Brandskyddsinformation inför advent (1 per year, in Nov–Dec, only: "
                                        "fire-safety information): 2021: 0 of 1 · 2022: 0 of 1\n");
    CHECK(progress->text() == fire + QStringLiteral("Nya områden (8 per period): 2021–2022: 0 of 8"));
    const QVariant municipality = scalar(w.document(), QStringLiteral("SELECT id FROM municipalities"));
    for (const auto& [name, started] :
         {std::pair{"Ekdalen", QDate(2021, 4, 12)}, std::pair{"Skogsängen", QDate(2019, 5, 30)}}) {
        lk::Record area;
        area.values = {{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("name"), QString::fromUtf8(name)},
                       {QStringLiteral("housing"), QStringLiteral("villa")},
                       {QStringLiteral("started_on"), started},
                       {QStringLiteral("status"), QStringLiteral("aktiv")}};
        REQUIRE(w.document().insert(lk::WatchRegisters::areas(), area).ok());
    }
    CHECK(progress->text() == fire + QStringLiteral("Nya områden (8 per period): 2021–2022: 1 of 8"));
}

TEST_CASE("A target's months are pressed in its dialog, stored as numbers and shown as month names",
          "[ui][promises][rhythm]") {
    OpenWindow w;
    w.clickPromise(QStringLiteral("Trygghetsvandringar"));
    lk::RecordListPanel* targets = w.page->promiseDetail()->targets();
    REQUIRE(targets->view()->model()->rowCount() ==
            1); // the template's walks, in April–May, September–October
    targets->view()->selectRow(0);
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        auto* months = qobject_cast<lk::MonthsEdit*>(dialog->form()->editor(QStringLiteral("months")));
        REQUIRE(months);
        QStringList pressed;
        for (int month = 1; month <= 12; ++month) {
            if (months->button(month)->isChecked())
                pressed << QString::number(month);
        }
        CHECK(pressed == QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("9"),
                                     QStringLiteral("10")});
        // Each button says which month it is, to a screen reader as well.
        CHECK(months->button(3)->text() == QStringLiteral("Mar"));
        CHECK(months->button(3)->accessibleName() == QStringLiteral("When in the year: March"));
        // March in, September and October out: the walks move to the spring.
        for (int month : {3, 9, 10})
            QTest::mouseClick(months->button(month), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(targets->editButton(), Qt::LeftButton);
    CHECK(scalar(w.document(), QStringLiteral("SELECT months FROM targets WHERE source = 'walks'"))
              .toString() == QStringLiteral("3,4,5"));
    CHECK(w.page->promiseDetail()->progress()->text().startsWith(
        QStringLiteral("Trygghetsvandringar (2 per year, in Mar–May): 2021: 0 of 2")));
    // One undo step brings the autumn back.
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(scalar(w.document(), QStringLiteral("SELECT months FROM targets WHERE source = 'walks'"))
              .toString() == QStringLiteral("4,5,9,10"));
}

TEST_CASE("A new target per tertial with no month pressed is done in every month", "[ui][promises][rhythm]") {
    OpenWindow w;
    w.clickPromise(QStringLiteral("Informationsspridning om narkotika"));
    lk::RecordListPanel* targets = w.page->promiseDetail()->targets();
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        lk::RecordForm* form = dialog->form();
        QWidget* counted = form->editor(QStringLiteral("counted"));
        counted->setFocus();
        lk::test::type(counted, QStringLiteral("Informationsinsatser"));
        qobject_cast<QSpinBox*>(form->editor(QStringLiteral("quantity")))->setValue(2);
        for (const auto& [field, code] :
             {std::pair{QStringLiteral("per"), QStringLiteral("tertial")},
              std::pair{QStringLiteral("source"), QStringLiteral("information_efforts")}}) {
            auto* combo = qobject_cast<QComboBox*>(form->editor(field));
            REQUIRE(combo);
            combo->setCurrentIndex(combo->findData(code));
        }
        auto* months = qobject_cast<lk::MonthsEdit*>(form->editor(QStringLiteral("months")));
        REQUIRE(months);
        auto* summary = months->findChild<QLabel*>(QStringLiteral("monthsSummary"));
        REQUIRE(summary);
        CHECK(summary->text() == QStringLiteral("every month"));
        // Pressed and released again: none.
        QTest::mouseClick(months->button(6), Qt::LeftButton);
        CHECK(summary->text().isEmpty());
        QTest::mouseClick(months->button(6), Qt::LeftButton);
        CHECK(summary->text() == QStringLiteral("every month"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(targets->newButton(), Qt::LeftButton);
    CHECK(
        scalar(w.document(),
               QStringLiteral("SELECT per || '|' || quantity || '|' || coalesce(months, 'NULL') FROM targets "
                              "WHERE source = 'information_efforts'"))
            .toString() == QStringLiteral("tertial|2|NULL"));
    CHECK(w.page->promiseDetail()->progress()->text() ==
          QStringLiteral(
              "Informationsinsatser (2 per tertial): T1 2021: 0 of 2 · T2 2021: 0 of 2 · T3 2021: 0 of 2 "
              "· T1 2022: 0 of 2 · T2 2022: 0 of 2 · T3 2022: 0 of 2"));
}
