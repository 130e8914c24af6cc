#include "../../core/tobacco/tobaccofixture.h"
#include "charts/percentbarchart.h"
#include "common/activitytab.h"
#include "common/dateedit.h"
#include "common/isodate.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "formfill.h"
#include "joined.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"
#include "register/recordtablemodel.h"
#include "tobacco/checklistgrid.h"
#include "tobacco/compliancetab.h"
#include "tobacco/inspectiondialog.h"
#include "tobacco/retailerstab.h"
#include "tobacco/tobaccopage.h"
#include "typing.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace lk;
using namespace lk::test;

namespace {

// The window on a Salem file with one retailer, on the tobacco page.
struct TobaccoWindow {
    TestFile file{QStringLiteral("salem-2021-2022")};
    MainWindow window;
    TobaccoPage* page = nullptr;
    qint64 municipality = 0;
    Record retailer;

    TobaccoWindow() {
        REQUIRE(window.openFile(file.path()));
        municipality = scalar(document(), QStringLiteral("SELECT id FROM municipalities")).toLongLong();
        auto added = document().insert(TobaccoRegisters::retailers(), recordOf(retailerValues(municipality)));
        REQUIRE(added.ok());
        retailer = *added;
        // As the user does: through the navigation.
        page = showPage<TobaccoPage>(window);
    }
    Document& document() const { return *window.document(); }
    int count(const QString& table) const {
        return scalar(document(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
};

} // namespace

TEST_CASE("An inspection with two deficiencies and an injunction is recorded through its dialog in one step",
          "[ui][tobacco]") {
    TobaccoWindow w;
    ActivityTab* tab = w.page->inspections();
    w.page->tabs()->setCurrentWidget(tab);
    const int undoBefore = w.document().undoStack()->count();
    bool answered = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<InspectionDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        setDate(form->editor(QStringLiteral("held_on")), QDate(2022, 3, 9));
        choose(form->editor(QStringLiteral("kind")), QStringLiteral("samordnad"));
        typeInto(form->editor(QStringLiteral("findings")),
                 QStringLiteral("Ingen skylt vid kassan; egenkontrollen följs inte."));
        ChecklistGrid* checklist = dialog->checklist();
        choose(checklist->resultEditor(0), QStringLiteral("brist"));
        typeInto(checklist->noteEditor(0), QStringLiteral("Skylten saknas."));
        choose(checklist->resultEditor(3), QStringLiteral("brist"));
        CHECK(checklist->tally()->text() == QStringLiteral("6 OK · 2 deficiency(ies) · 0 not checked"));
        choose(form->editor(QStringLiteral("decision")), QStringLiteral("forelaggande"));
        setDate(form->editor(QStringLiteral("decided_on")), QDate(2022, 3, 16));
        setDate(form->editor(QStringLiteral("follow_up_on")), QDate(2022, 5, 9));
        clickSave(dialog);
        answered = true;
    });
    QTest::mouseClick(tab->list()->newButton(), Qt::LeftButton);
    REQUIRE(answered);

    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT held_on || '|' || kind || '|' || decision || '|' || decided_on || "
                                "'|' || follow_up_on || '|' || retailer_id FROM inspections"))
              .toString() ==
          QStringLiteral("2022-03-09|samordnad|forelaggande|2022-03-16|2022-05-09|%1").arg(w.retailer.id));
    CHECK(w.count(QStringLiteral("inspection_results")) == 8);
    CHECK(lk::test::joined(w.document(),
                           QStringLiteral("SELECT p.sort_order || ':' || coalesce(r.note, '') FROM "
                                          "inspection_results r JOIN checklist_points p ON p.id = r.point_id "
                                          "WHERE r.result = 'brist' ORDER BY p.sort_order")) ==
          QStringLiteral("1:Skylten saknas.,4:"));
    // Listed, and counted for the promise whose period it lies in (no target counts it: the template has
    // none).
    CHECK(tab->list()->model()->rowCount() == 1);
    // One step: undo takes the inspection and its results.
    CHECK(w.document().undoStack()->count() == undoBefore + 1);
    w.document().undoStack()->undo();
    CHECK(w.count(QStringLiteral("inspections")) == 0);
    CHECK(w.count(QStringLiteral("inspection_results")) == 0);
}

TEST_CASE(
    "Naming a test purchase as a decision's ground is refused in the dialog, which says why and keeps what "
    "was typed",
    "[ui][tobacco]") {
    TobaccoWindow w;
    REQUIRE(
        w.document()
            .insert(TobaccoRegisters::testPurchases(),
                    recordOf(purchaseValues(w.retailer.id, QDate(2022, 2, 20), QStringLiteral("salde_utan"))))
            .ok());
    ActivityTab* tab = w.page->inspections();
    w.page->tabs()->setCurrentWidget(tab);
    QString error;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<InspectionDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        setDate(form->editor(QStringLiteral("held_on")), QDate(2022, 3, 9));
        choose(form->editor(QStringLiteral("decision")), QStringLiteral("varning"));
        setDate(form->editor(QStringLiteral("decided_on")), QDate(2022, 3, 16));
        auto* ground = qobject_cast<QComboBox*>(form->editor(QStringLiteral("ground_purchase_id")));
        REQUIRE(ground);
        REQUIRE(ground->count() == 2); // none, and the purchase
        CHECK(ground->itemText(1) == QStringLiteral("2022-02-20: Sold without asking"));
        ground->setCurrentIndex(1);
        clickSave(dialog);
        CHECK(dialog->isVisible());
        error = form->errorText();
        CHECK(qobject_cast<QComboBox*>(form->editor(QStringLiteral("decision")))->currentData().toString() ==
              QStringLiteral("varning"));
        dialog->reject();
    });
    QTest::mouseClick(tab->list()->newButton(), Qt::LeftButton);
    CHECK_THAT(error.toStdString(),
               mentions(QStringLiteral("A test purchase cannot be the ground of a decision")));
    CHECK(w.count(QStringLiteral("inspections")) == 0);
}

TEST_CASE("A test purchase with a buyer under 18 is refused in the form, which keeps what was typed",
          "[ui][tobacco]") {
    TobaccoWindow w;
    ActivityTab* tab = w.page->testPurchases();
    w.page->tabs()->setCurrentWidget(tab);
    QString error;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        setDate(form->editor(QStringLiteral("made_on")), QDate(2022, 4, 26));
        typeInto(form->editor(QStringLiteral("buyer_age")), QStringLiteral("17"));
        choose(form->editor(QStringLiteral("outcome")), QStringLiteral("salde_utan"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveAndNew")), Qt::LeftButton);
        error = form->errorText();
        CHECK(qobject_cast<QSpinBox*>(form->editor(QStringLiteral("buyer_age")))->value() == 17);
        dialog->reject();
    });
    QTest::mouseClick(tab->list()->newButton(), Qt::LeftButton);
    CHECK_THAT(error.toStdString(), mentions(QStringLiteral("18 or older")));
    CHECK(w.count(QStringLiteral("test_purchases")) == 0);
}

TEST_CASE("The compliance tab draws the period's shares and lists the figures behind them", "[ui][tobacco]") {
    TobaccoWindow w;
    for (const QString& outcome : {QStringLiteral("fragade_leg"), QStringLiteral("salde_utan"),
                                   QStringLiteral("nekade"), QStringLiteral("fragade_leg")})
        REQUIRE(w.document()
                    .insert(TobaccoRegisters::testPurchases(),
                            recordOf(purchaseValues(w.retailer.id, QDate(2022, 4, 26), outcome)))
                    .ok());
    ComplianceTab* tab = w.page->compliance();
    w.page->tabs()->setCurrentWidget(tab);
    QTableWidget* figures = tab->figures();
    REQUIRE(figures->rowCount() == 4);
    CHECK(figures->item(2, 0)->text() == QStringLiteral("Jan–Jun 2022"));
    CHECK(figures->item(2, 1)->text() == QStringLiteral("4"));
    CHECK(figures->item(2, 2)->text() == QStringLiteral("3"));
    CHECK(figures->item(2, 3)->text() == QStringLiteral("75 %"));
    CHECK(figures->item(2, 6)->text() == QStringLiteral("–"));
    const QList<QAbstractSeries*> series = tab->chart()->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QBarSeries*>(series.first());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    CHECK(bars->barSets().first()->at(2) == Approx(75.0));

    // By year, and it follows a new purchase at once.
    tab->byYear()->setChecked(true);
    REQUIRE(figures->rowCount() == 2);
    REQUIRE(
        w.document()
            .insert(TobaccoRegisters::testPurchases(),
                    recordOf(purchaseValues(w.retailer.id, QDate(2022, 10, 4), QStringLiteral("salde_utan"))))
            .ok());
    CHECK(figures->item(1, 1)->text() == QStringLiteral("5"));
    CHECK(figures->item(1, 3)->text() == QStringLiteral("60 %"));
}

TEST_CASE("A retailer shows when it is due, its open follow-up and its history", "[ui][tobacco]") {
    TobaccoWindow w;
    auto inspection = w.document().insert(
        TobaccoRegisters::inspections(),
        recordOf(merged(inspectionValues(w.retailer.id, QDate(2022, 3, 9), QStringLiteral("forelaggande")),
                        {{QStringLiteral("follow_up_on"), QDate(2022, 5, 9)}})));
    REQUIRE(inspection.ok());
    REQUIRE(w.document()
                .insert(TobaccoRegisters::testPurchases(),
                        recordOf(merged(
                            purchaseValues(w.retailer.id, QDate(2022, 4, 26), QStringLiteral("salde_utan")),
                            {{QStringLiteral("dialogue_on"), QDate(2022, 5, 3)}})))
                .ok());
    RetailersTab* tab = w.page->retailers();
    w.page->tabs()->setCurrentWidget(tab);
    tab->list()->selectRecord(w.retailer.uuid);
    const QString due = tab->due()->text();
    CHECK_THAT(due.toStdString(),
               mentions(QStringLiteral("Last inspection 2022-03-09. Next inspection by 2023-03-09")));
    CHECK_THAT(due.toStdString(),
               mentions(QStringLiteral("Open follow-up of the inspection 2022-03-09: by 2022-05-09")));
    QTreeWidget* history = tab->history();
    REQUIRE(history->topLevelItemCount() == 2);
    CHECK(history->topLevelItem(0)->text(0) == QStringLiteral("2022-04-26"));
    CHECK(history->topLevelItem(0)->text(2) == QStringLiteral("Sold without asking, dialogue 2022-05-03"));
    CHECK(history->topLevelItem(1)->text(2) ==
          QStringLiteral("0 deficiency(ies), decision: injunction (föreläggande)"));
    // Late for its follow-up: tinted in the list, and counted in the navigation.
    CHECK(tab->list()->model()->index(0, 0).data(Qt::BackgroundRole).value<QColor>().isValid());
    CHECK(w.page->badge() == QStringLiteral("1 due"));
}

TEST_CASE("The time between inspections is set on the retailers tab, and what is due follows",
          "[ui][tobacco]") {
    TobaccoWindow w;
    REQUIRE(w.document()
                .insert(TobaccoRegisters::inspections(),
                        recordOf(inspectionValues(w.retailer.id, QDate(2022, 3, 9))))
                .ok());
    RetailersTab* tab = w.page->retailers();
    w.page->tabs()->setCurrentWidget(tab);
    tab->list()->selectRecord(w.retailer.uuid);
    CHECK_THAT(tab->due()->text().toStdString(), mentions(QStringLiteral("Next inspection by 2023-03-09")));
    QSpinBox* months = tab->months();
    REQUIRE(months->value() == 12);
    typeInto(months, QStringLiteral("6"));
    QTest::keyClick(months, Qt::Key_Return);
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT value FROM settings WHERE name = 'tobacco_inspection_months'"))
              .toString() == QStringLiteral("6"));
    CHECK_THAT(tab->due()->text().toStdString(), mentions(QStringLiteral("Next inspection by 2022-09-09")));
}

TEST_CASE("The retailers' list shows when each is next due, sorts by it as a date, and says overdue in words",
          "[ui][tobacco]") {
    TobaccoWindow w; // its retailer never inspected
    const QDate today = QDate::currentDate();
    auto recent =
        w.document().insert(TobaccoRegisters::retailers(),
                            recordOf(retailerValues(w.municipality, QStringLiteral("Nyss tillsynad"))));
    auto late = w.document().insert(TobaccoRegisters::retailers(),
                                    recordOf(retailerValues(w.municipality, QStringLiteral("Länge sedan"))));
    REQUIRE(recent.ok());
    REQUIRE(late.ok());
    // Months away from today either way, so that midnight cannot move what is due.
    const QDate recentOn = today.addMonths(-2);
    const QDate lateOn = today.addMonths(-14);
    REQUIRE(w.document()
                .insert(TobaccoRegisters::inspections(), recordOf(inspectionValues(recent->id, recentOn)))
                .ok());
    REQUIRE(w.document()
                .insert(TobaccoRegisters::inspections(), recordOf(inspectionValues(late->id, lateOn)))
                .ok());
    RetailersTab* tab = w.page->retailers();
    w.page->tabs()->setCurrentWidget(tab);
    RecordTableModel* model = tab->list()->model();
    int next = -1;
    int standing = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Next inspection"))
            next = c;
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Inspection status"))
            standing = c;
    }
    REQUIRE(next >= 0);
    REQUIRE(standing >= 0);
    const auto cell = [&](const Record& retailer, int column) {
        return model->index(model->rowOf(retailer.uuid), column).data().toString();
    };
    CHECK(cell(*recent, next) == isoDate(recentOn.addMonths(12)));
    CHECK(cell(*recent, standing) == QStringLiteral("On time"));
    CHECK(cell(*late, next) == isoDate(lateOn.addMonths(12)));
    CHECK(cell(*late, standing) == QStringLiteral("Overdue"));
    CHECK(cell(w.retailer, standing) == QStringLiteral("Never inspected: due now"));
    // The tint's meaning is written beside the list.
    auto* key = tab->findChild<QLabel*>(QStringLiteral("dueKey"));
    REQUIRE(key);
    CHECK(key->isVisible());

    // A click on the header sorts by the date: the longest overdue first.
    tab->list()->view()->horizontalHeader()->setSortIndicator(next, Qt::AscendingOrder);
    CHECK(model->uuidAt(0) == late->uuid);
    CHECK(model->uuidAt(2) == recent->uuid);

    // Inspecting every 1 month (stored in the file) makes the recent one overdue too, in the list at once.
    QSpinBox* months = tab->months();
    typeInto(months, QStringLiteral("1"));
    QTest::keyClick(months, Qt::Key_Return);
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT value FROM settings WHERE name = 'tobacco_inspection_months'"))
              .toString() == QStringLiteral("1"));
    CHECK(cell(*recent, next) == isoDate(recentOn.addMonths(1)));
    CHECK(cell(*recent, standing) == QStringLiteral("Overdue"));
}
