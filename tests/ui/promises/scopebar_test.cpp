#include "catchqt.h"
#include "common/dateedit.h"
#include "common/noticebar.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "mainwindow.h"
#include "modal.h"
#include "promises/promiseregisters.h"
#include "promises/promisespage.h"
#include "promises/promisetreemodel.h"
#include "promises/scopebar.h"
#include "testfile.h"
#include "typing.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using lk::test::scalar;

namespace {

void clickSave(QWidget* modal) {
    auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
    REQUIRE(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QAction* actionNamed(const lk::ScopeBar* bar, const QString& text) {
    for (QAction* action : bar->periodActions()) {
        if (action->text() == text)
            return action;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Copying a period starts the next one with the same promises and targets, and Undo removes it",
          "[ui][scopebar]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    lk::ScopeBar* scope = window.scopeBar();
    const QString original = scope->periodUuid();

    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        // The proposal is the next period of the same length.
        CHECK(qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name")))->text() ==
              QStringLiteral("2023–2024"));
        CHECK(qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("start_date")))->date() ==
              QDate(2023, 1, 1));
        CHECK(qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("end_date")))->date() ==
              QDate(2024, 12, 31));
        clickSave(modal);
    });
    scope->copyPeriodAction()->trigger();

    const auto& document = *window.document();
    CHECK(scalar(document, QStringLiteral("SELECT count(*) FROM periods")).toInt() == 2);
    const QVariant newPeriod = scalar(document, QStringLiteral("SELECT id FROM periods WHERE name = ?"),
                                      {QStringLiteral("2023–2024")});
    REQUIRE(newPeriod.isValid());
    CHECK(
        scalar(document,
               QStringLiteral("SELECT count(*) FROM promises p JOIN focus_areas f ON f.id = p.focus_area_id "
                              "WHERE f.period_id = ?"),
               {newPeriod})
            .toInt() == 8);
    // The window follows the new period.
    CHECK(scope->periodUuid() != original);
    CHECK(scope->periodId() == newPeriod.toLongLong());
    CHECK(window.page<lk::PromisesPage>()->model()->rowCount() == 2);

    window.document()->undoStack()->undo();
    CHECK(scalar(document, QStringLiteral("SELECT count(*) FROM periods")).toInt() == 1);
    CHECK(scalar(document, QStringLiteral("SELECT count(*) FROM promises")).toInt() == 8);
    CHECK(scope->periodUuid() == original);
}

TEST_CASE("A new municipality leads straight on to its first period", "[ui][scopebar]") {
    lk::test::TestFile file;
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    lk::ScopeBar* scope = window.scopeBar();
    CHECK(scope->periodId() == 0);

    // First the municipality, then (without asking again) the period.
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        auto* name = dialog->form()->editor(QStringLiteral("name"));
        name->setFocus();
        lk::test::type(name, QStringLiteral("Ekerö kommun"));
        lk::test::whenModal([](QWidget* next) {
            auto* period = qobject_cast<lk::RecordDialog*>(next);
            REQUIRE(period);
            auto* periodName = qobject_cast<QLineEdit*>(period->form()->editor(QStringLiteral("name")));
            periodName->selectAll();
            lk::test::type(periodName, QStringLiteral("2027–2028"));
            qobject_cast<lk::DateEdit*>(period->form()->editor(QStringLiteral("start_date")))
                ->setDate(QDate(2027, 1, 1));
            qobject_cast<lk::DateEdit*>(period->form()->editor(QStringLiteral("end_date")))
                ->setDate(QDate(2028, 12, 31));
            clickSave(next);
        });
        clickSave(modal);
    });
    actionNamed(scope, QStringLiteral("New municipality…"))->trigger();

    const auto& document = *window.document();
    CHECK(scalar(document, QStringLiteral("SELECT name FROM municipalities")).toString() ==
          QStringLiteral("Ekerö kommun"));
    CHECK(scalar(document, QStringLiteral("SELECT name || ' ' || start_date || ' ' || end_date FROM periods"))
              .toString() == QStringLiteral("2027–2028 2027-01-01 2028-12-31"));
    CHECK(scope->periodId() > 0);
    CHECK(scope->findChild<QComboBox*>(QStringLiteral("municipality"))->currentText() ==
          QStringLiteral("Ekerö kommun"));
}

TEST_CASE("A period that ends before it starts is refused in the dialog, which keeps what was typed",
          "[ui][scopebar]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    bool refused = false;
    lk::test::whenModal([&refused](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("start_date")))
            ->setDate(QDate(2025, 1, 1));
        qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("end_date")))
            ->setDate(QDate(2024, 1, 1));
        clickSave(modal);
        // Still open, with the reason shown and the dates as typed.
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("formError"));
        refused = dialog->isVisible() && error && error->isVisible() &&
                  error->text().contains(QStringLiteral("End date"));
        CHECK(qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("end_date")))->date() ==
              QDate(2024, 1, 1));
        dialog->reject();
    });
    actionNamed(window.scopeBar(), QStringLiteral("New period…"))->trigger();
    CHECK(refused);
    CHECK(scalar(*window.document(), QStringLiteral("SELECT count(*) FROM periods")).toInt() == 1);
}

TEST_CASE("Editing a period saves all its fields together, so it can move past its old end",
          "[ui][scopebar]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        // The start moves past the old end (2022-12-31): checked alone, that would be refused.
        qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("start_date")))
            ->setDate(QDate(2023, 1, 1));
        qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("end_date")))
            ->setDate(QDate(2024, 12, 31));
        clickSave(modal);
    });
    actionNamed(window.scopeBar(), QStringLiteral("Edit period…"))->trigger();
    CHECK(scalar(*window.document(), QStringLiteral("SELECT start_date || ' ' || end_date FROM periods"))
              .toString() == QStringLiteral("2023-01-01 2024-12-31"));
    // One step for the two dates.
    window.document()->undoStack()->undo();
    CHECK(scalar(*window.document(), QStringLiteral("SELECT start_date || ' ' || end_date FROM periods"))
              .toString() == QStringLiteral("2021-01-01 2022-12-31"));
}

TEST_CASE("When today lies after every period the bar says so and starts the next one on a click",
          "[ui][scopebar]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    lk::ScopeBar* scope = window.scopeBar();
    lk::NoticeBar* notice = scope->notice();
    // The template's period ended 2022-12-31; the tests run later than that.
    REQUIRE(QDate::currentDate() > QDate(2022, 12, 31));
    REQUIRE_FALSE(notice->isHidden());
    CHECK(notice->text().contains(QStringLiteral("2021–2022")));
    CHECK(notice->text().contains(QStringLiteral("2022-12-31")));

    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        // The copy, with the dates filled in.
        CHECK(dialog->form()->values().value(QStringLiteral("start_date")).toDate() == QDate(2023, 1, 1));
        CHECK(dialog->form()->values().value(QStringLiteral("end_date")).toDate() == QDate(2024, 12, 31));
        clickSave(modal);
    });
    QTest::mouseClick(notice->goButton(), Qt::LeftButton);
    CHECK(scalar(*window.document(), QStringLiteral("SELECT count(*) FROM periods")).toInt() == 2);
    CHECK(scalar(*window.document(), QStringLiteral("SELECT name FROM periods WHERE uuid = ?"),
                 {scope->periodUuid()})
              .toString() == QStringLiteral("2023–2024"));
    // 2023–2024 is over too by now: the bar offers the one after it, else it is gone.
    if (QDate::currentDate() <= QDate(2024, 12, 31))
        CHECK(notice->isHidden());
    else
        CHECK(notice->text().contains(QStringLiteral("2023–2024")));
}

TEST_CASE("A file reopens on the municipality and period last used with it", "[ui][scopebar]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    QString chosen;
    {
        auto document = file.open();
        lk::Record municipality;
        municipality.values = {{QStringLiteral("name"), QStringLiteral("Strängnäs kommun")}};
        auto added = document->insert(lk::PromiseRegisters::municipalities(), municipality);
        REQUIRE(added.ok());
        for (int year : {2019, 2020}) {
            lk::Record period;
            period.values = {{QStringLiteral("municipality_id"), added->id},
                             {QStringLiteral("name"), QString::number(year)},
                             {QStringLiteral("start_date"), QDate(year, 1, 1)},
                             {QStringLiteral("end_date"), QDate(year, 12, 31)}};
            auto stored = document->insert(lk::PromiseRegisters::periods(), period);
            REQUIRE(stored.ok());
            if (year == 2019)
                chosen = stored->uuid;
        }
    }
    {
        lk::MainWindow window;
        REQUIRE(window.openFile(file.path()));
        auto* municipality = window.findChild<QComboBox*>(QStringLiteral("municipality"));
        auto* period = window.findChild<QComboBox*>(QStringLiteral("period"));
        REQUIRE(municipality->currentText() != QStringLiteral("Strängnäs kommun"));
        municipality->setCurrentIndex(municipality->findText(QStringLiteral("Strängnäs kommun")));
        // Not the latest of its periods: the one chosen.
        period->setCurrentIndex(0);
        REQUIRE(window.scopeBar()->periodUuid() == chosen);
    }
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    CHECK(window.findChild<QComboBox*>(QStringLiteral("municipality"))->currentText() ==
          QStringLiteral("Strängnäs kommun"));
    CHECK(window.scopeBar()->periodUuid() == chosen);
    // Another file is not affected: it opens on its own preferred period.
    lk::test::TestFile other(QStringLiteral("salem-2021-2022"));
    lk::MainWindow otherWindow;
    REQUIRE(otherWindow.openFile(other.path()));
    CHECK(otherWindow.findChild<QComboBox*>(QStringLiteral("municipality"))->currentText() !=
          QStringLiteral("Strängnäs kommun"));
}
