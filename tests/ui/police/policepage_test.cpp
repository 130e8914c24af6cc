#include "common/activitytab.h"
#include "common/codesetedit.h"
#include "common/dateedit.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "formfill.h"
#include "joined.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"
#include "police/policepage.h"
#include "policewindow.h"
#include "register/recordtablemodel.h"
#include "typing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

QPushButton* button(QWidget* dialog, const QString& name) {
    auto* found = dialog->findChild<QPushButton*>(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE(
    "Three traffic controls are entered one after the other with Save and new, without closing the form",
    "[ui][police]") {
    PoliceWindow w;
    ActivityTab* tab = w.page->trafficControls();
    w.page->tabs()->setCurrentWidget(tab);
    const int undoBefore = w.document().undoStack()->count();

    struct Entry {
        QDate date;
        int vehicles;
    };
    const QList<Entry> notebook{{QDate(2022, 9, 2), 55}, {QDate(2022, 9, 9), 80}, {QDate(2022, 9, 16), 120}};
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        auto* date = qobject_cast<lk::DateEdit*>(form->editor(QStringLiteral("held_on")));
        auto* promise = qobject_cast<QComboBox*>(form->editor(QStringLiteral("promise_id")));
        auto* focus = qobject_cast<CodeSetEdit*>(form->editor(QStringLiteral("focus")));
        REQUIRE(focus);
        // The first: the place and focus are typed once.
        typeInto(form->editor(QStringLiteral("place")), QStringLiteral("Rönningevägen vid stationen"));
        QTest::mouseClick(focus->box(QStringLiteral("rattfylleri")), Qt::LeftButton);
        QTest::mouseClick(focus->box(QStringLiteral("drograttfylleri")), Qt::LeftButton);
        for (const Entry& entry : notebook) {
            date->setDate(entry.date);
            // A day inside the period counts for the promise whose target counts traffic controls.
            CHECK(promise->currentData().toLongLong() == w.trafficPromise);
            typeInto(form->editor(QStringLiteral("minutes")), QStringLiteral("90"));
            typeInto(form->editor(QStringLiteral("vehicles_checked")), QString::number(entry.vehicles));
            typeInto(form->editor(QStringLiteral("breath_tests")), QString::number(entry.vehicles));
            QTest::mouseClick(button(dialog, QStringLiteral("saveAndNew")), Qt::LeftButton);
            CHECK(dialog->isVisible());
            CHECK(form->errorText().isEmpty());
            // What repeats stays; the figures are emptied for the next.
            CHECK(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("place")))->text() ==
                  QStringLiteral("Rönningevägen vid stationen"));
            CHECK(focus->codes() == QStringLiteral("drograttfylleri,rattfylleri"));
            CHECK(qobject_cast<QSpinBox*>(form->editor(QStringLiteral("vehicles_checked")))->value() == 0);
        }
        CHECK(dialog->savedCount() == 3);
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("savedNote"))
                  ->text()
                  .contains(QStringLiteral("3 traffic")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    QTest::mouseClick(tab->list()->newButton(), Qt::LeftButton);

    CHECK(lk::test::joined(
              w.document(),
              QStringLiteral("SELECT held_on || '|' || place || '|' || focus || '|' || "
                             "vehicles_checked || '|' || promise_id || '|' || municipality_id FROM "
                             "traffic_controls ORDER BY held_on"),
              {}, QStringLiteral(";")) ==
          QStringLiteral("2022-09-02|Rönningevägen vid stationen|drograttfylleri,rattfylleri|55|%1|%2;"
                         "2022-09-09|Rönningevägen vid stationen|drograttfylleri,rattfylleri|80|%1|%2;"
                         "2022-09-16|Rönningevägen vid stationen|drograttfylleri,rattfylleri|120|%1|%2")
              .arg(w.trafficPromise)
              .arg(w.municipality));
    // Three rows in the table, the last one entered selected, and the target's progress counts them.
    CHECK(tab->list()->model()->rowCount() == 3);
    CHECK(
        tab->list()->selectedUuid() ==
        scalar(w.document(), QStringLiteral("SELECT uuid FROM traffic_controls WHERE held_on = '2022-09-16'"))
            .toString());
    CHECK_THAT(tab->summary()->text().toStdString(), mentions(QStringLiteral("3 of 100")));
    // Each one its own undo step.
    CHECK(w.document().undoStack()->count() == undoBefore + 3);
    w.document().undoStack()->undo();
    CHECK(w.count(QStringLiteral("traffic_controls")) == 2);
}

TEST_CASE("A personal identity number in a visit's topic is refused in the form, which keeps what was typed",
          "[ui][police]") {
    PoliceWindow w;
    REQUIRE(w.document()
                .insert(PoliceRegisters::units(),
                        recordOf(unitValues(w.municipality, QStringLiteral("Rönningeskolan"))))
                .ok());
    ActivityTab* tab = w.page->visits();
    w.page->tabs()->setCurrentWidget(tab);
    const QString topic = QStringLiteral("Samtal med ") + validPersonalNumber();
    bool refused = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        qobject_cast<lk::DateEdit*>(form->editor(QStringLiteral("visited_on")))->setDate(QDate(2022, 3, 1));
        typeInto(form->editor(QStringLiteral("topic")), topic);
        QTest::mouseClick(button(dialog, QStringLiteral("saveAndNew")), Qt::LeftButton);
        refused = form->errorText().contains(QStringLiteral("personnummer"));
        CHECK(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("topic")))->text() == topic);
        CHECK(dialog->savedCount() == 0);
        dialog->reject();
    });
    QTest::mouseClick(tab->list()->newButton(), Qt::LeftButton);
    CHECK(refused);
    CHECK(w.count(QStringLiteral("visits")) == 0);
}

TEST_CASE("The tab lists the chosen period's activities, all years on request, and filters them in SQL",
          "[ui][police]") {
    PoliceWindow w;
    for (const QDate& day : {QDate(2021, 4, 1), QDate(2022, 5, 1), QDate(2023, 6, 1)}) {
        QVariantMap values = trafficControlValues(w.municipality, day);
        values.insert(QStringLiteral("place"), QString(QStringLiteral("Plats ") + day.toString(Qt::ISODate)));
        REQUIRE(w.document().insert(PoliceRegisters::trafficControls(), recordOf(values)).ok());
    }
    ActivityTab* tab = w.page->trafficControls();
    w.page->tabs()->setCurrentWidget(tab);
    RecordTableModel* model = tab->list()->model();
    CHECK(model->rowCount() == 2);
    tab->allYears()->setChecked(true);
    CHECK(model->rowCount() == 3);
    auto* filter = tab->list()->findChild<QLineEdit*>();
    REQUIRE(filter);
    typeInto(filter, QStringLiteral("2023"));
    CHECK(model->rowCount() == 1);
    // A focus is found by its label.
    filter->clear();
    typeInto(filter, QStringLiteral("Drink driving"));
    CHECK(model->rowCount() == 3);
    typeInto(filter, QStringLiteral("x"));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("Edit opens a stored control in the form and saves its fields together as one step",
          "[ui][police]") {
    PoliceWindow w;
    auto added = w.document().insert(PoliceRegisters::trafficControls(),
                                     recordOf(trafficControlValues(w.municipality, QDate(2022, 5, 1))));
    REQUIRE(added.ok());
    ActivityTab* tab = w.page->trafficControls();
    w.page->tabs()->setCurrentWidget(tab);
    tab->list()->selectRecord(added->uuid);
    const int undoBefore = w.document().undoStack()->count();
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("saveAndNew")));
        RecordForm* form = dialog->form();
        typeInto(form->editor(QStringLiteral("reports_speed")), QStringLiteral("9"));
        typeInto(form->editor(QStringLiteral("place")), QStringLiteral("Salemsvägen"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(tab->list()->editButton(), Qt::LeftButton);
    CHECK(scalar(w.document(), QStringLiteral("SELECT place || '|' || reports_speed FROM traffic_controls"))
              .toString() == QStringLiteral("Salemsvägen|9"));
    CHECK(w.document().undoStack()->count() == undoBefore + 1);
}

TEST_CASE(
    "A visit to a unit not in the list adds the unit from the visit's own dialog, as an observation adds "
    "its place",
    "[ui][police]") {
    PoliceWindow w;
    ActivityTab* visits = w.page->visits();
    w.page->tabs()->setCurrentWidget(visits);
    bool saved = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        whenModal([&](QWidget* inner) {
            auto* unit = qobject_cast<RecordDialog*>(inner);
            REQUIRE(unit);
            REQUIRE(unit != dialog);
            typeInto(unit->form()->editor(QStringLiteral("name")), QStringLiteral("Rönninge skola"));
            clickSave(unit);
        });
        QTest::mouseClick(button(dialog, QStringLiteral("new_unit_id")), Qt::LeftButton);
        auto* units = qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("unit_id")));
        REQUIRE(units);
        CHECK(units->currentText() == QStringLiteral("Rönninge skola"));
        clickSave(dialog);
        saved = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(visits->list()->newButton(), Qt::LeftButton);
    CHECK(saved);
    CHECK(
        scalar(w.document(), QStringLiteral("SELECT u.name || '|' || u.kind || '|' || u.municipality_id FROM "
                                            "visits v JOIN units u ON u.id = v.unit_id"))
            .toString() == QStringLiteral("Rönninge skola|skola|%1").arg(w.municipality));
}
