#include "catchqt.h"
#include "common/dateedit.h"
#include "common/problemlook.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/rowtable.h"
#include "joined.h"
#include "mainwindow.h"
#include "modal.h"
#include "og/actionlist.h"
#include "og/attendancegrid.h"
#include "og/cadencestrip.h"
#include "og/discussionlist.h"
#include "og/meetingdialog.h"
#include "og/meetingstab.h"
#include "og/ogpage.h"
#include "og/ogregisters.h"
#include "pagewindow.h"
#include "promises/periodcopier.h"
#include "promises/scopebar.h"
#include "testfile.h"
#include "typing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using lk::test::scalar;

namespace {

struct OgWindow {
    lk::test::TestFile file{QStringLiteral("salem-2021-2022")};
    lk::MainWindow window;
    lk::OgPage* page = nullptr;

    OgWindow() {
        REQUIRE(window.openFile(file.path()));
        // As the user does: choose Operativa gruppen in the navigation.
        page = lk::test::showPage<lk::OgPage>(window);
    }
    const lk::Document& document() const { return *window.document(); }
    int count(const QString& table) const {
        return scalar(document(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
};

void click(QWidget* dialog, const QString& name) {
    auto* button = dialog->findChild<QPushButton*>(name);
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickSave(QWidget* dialog) {
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)
                          ? dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)
                          : dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

void typeInto(QWidget* editor, const QString& text) {
    editor->setFocus();
    lk::test::type(editor, text);
}

// Answers the New case dialog: age band, path, consent by the guardian, and a background.
void answerNewCase(const QString& ageBand, const QString& path, const QString& background) {
    lk::test::whenModal([=](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        lk::RecordForm* form = dialog->form();
        auto* age = qobject_cast<QComboBox*>(form->editor(QStringLiteral("age_band")));
        age->setCurrentIndex(age->findData(ageBand));
        auto* chosen = qobject_cast<QComboBox*>(form->editor(QStringLiteral("path")));
        chosen->setCurrentIndex(chosen->findData(path));
        qobject_cast<QCheckBox*>(form->editor(QStringLiteral("consent")))->setChecked(true);
        auto* by = qobject_cast<QComboBox*>(form->editor(QStringLiteral("consent_by")));
        by->setCurrentIndex(by->findData(QStringLiteral("vardnadshavare")));
        typeInto(form->editor(QStringLiteral("background")), background);
        clickSave(dialog);
    });
}

} // namespace

TEST_CASE("A meeting with two new cases and an action item is entered through the dialog in one step",
          "[ui][og]") {
    OgWindow w;
    REQUIRE(w.count(QStringLiteral("og_meetings")) == 0);
    bool answered = false;
    lk::test::whenModal([&answered](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        lk::RecordForm* form = dialog->form();
        qobject_cast<lk::DateEdit*>(form->editor(QStringLiteral("held_on")))->setDate(QDate(2022, 3, 8));
        typeInto(form->editor(QStringLiteral("place")), QStringLiteral("Kommunhuset"));
        typeInto(form->editor(QStringLiteral("minutes")), QStringLiteral("Lägesbilden i Rönninge centrum."));
        // The counting promise is already chosen.
        CHECK(qobject_cast<QComboBox*>(form->editor(QStringLiteral("promise_id")))->currentText() ==
              QStringLiteral("Operativa gruppen"));

        auto* social =
            qobject_cast<QSpinBox*>(dialog->attendance()->countEditor(QStringLiteral("Socialfältare")));
        REQUIRE(social);
        social->setValue(2);
        qobject_cast<QSpinBox*>(dialog->attendance()->countEditor(QStringLiteral("Polis")))->setValue(1);

        answerNewCase(QStringLiteral("15_17"), QStringLiteral("utbildning"), QStringLiteral("Hög frånvaro."));
        click(dialog->discussions(), QStringLiteral("newCase"));
        answerNewCase(QStringLiteral("under_15"), QStringLiteral("annat_stod"),
                      QStringLiteral("Oro från skolan."));
        click(dialog->discussions(), QStringLiteral("newCase"));
        lk::RowTable* rows = dialog->discussions()->rows();
        REQUIRE(rows->table()->rowCount() == 2);
        typeInto(rows->cell<QLineEdit>(0, 1), QStringLiteral("Kontakt med vårdnadshavare."));
        typeInto(rows->cell<QLineEdit>(1, 2), QStringLiteral("Skolan kallar till möte."));

        click(dialog->actions(), QStringLiteral("addAction"));
        lk::RowTable* actions = dialog->actions()->rows();
        REQUIRE(actions->table()->rowCount() == 1);
        typeInto(actions->table()->cellWidget(0, 0), QStringLiteral("Boka möte med skolan"));
        qobject_cast<QComboBox*>(actions->table()->cellWidget(0, 1))->setCurrentText(QStringLiteral("Skola"));
        qobject_cast<lk::DateEdit*>(actions->table()->cellWidget(0, 2))->setDate(QDate(2022, 3, 22));
        clickSave(dialog);
        answered = true;
    });
    QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    REQUIRE(answered);

    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT held_on || ' ' || place || ' ' || minutes FROM og_meetings"))
              .toString() == QStringLiteral("2022-03-08 Kommunhuset Lägesbilden i Rönninge centrum."));
    CHECK(scalar(w.document(), QStringLiteral("SELECT p.title FROM og_meetings m JOIN promises p ON p.id = "
                                              "m.promise_id"))
              .toString() == QStringLiteral("Operativa gruppen"));
    CHECK(lk::test::joined(w.document(),
                           QStringLiteral("SELECT organisation || '=' || present FROM og_attendance "
                                          "ORDER BY organisation")) ==
          QStringLiteral("Polis=1,Socialfältare=2"));
    CHECK(lk::test::joined(w.document(),
                           QStringLiteral("SELECT code || ' ' || age_band || ' ' || path || ' ' || "
                                          "status FROM og_cases ORDER BY code")) ==
          QStringLiteral("OG-2022-001 15_17 utbildning ny,OG-2022-002 under_15 annat_stod ny"));
    CHECK(lk::test::joined(w.document(),
                           QStringLiteral("SELECT c.code || ':' || COALESCE(n.note, '') || ':' || "
                                          "COALESCE(n.decisions, '') FROM og_case_notes n JOIN og_cases c "
                                          "ON c.id = n.case_id ORDER BY n.id")) ==
          QStringLiteral("OG-2022-001:Kontakt med vårdnadshavare.:,OG-2022-002::Skolan kallar till möte."));
    CHECK(scalar(w.document(),
                 QStringLiteral("SELECT what || ' ' || responsible || ' ' || due_on || ' ' || status "
                                "FROM action_items"))
              .toString() == QStringLiteral("Boka möte med skolan Skola 2022-03-22 oppen"));

    // The whole meeting is one step: one undo takes all of it back.
    w.window.document()->undoStack()->undo();
    for (const char* table : {"og_meetings", "og_attendance", "og_cases", "og_case_notes", "action_items"})
        CHECK(w.count(QString::fromLatin1(table)) == 0);
}

TEST_CASE("A meeting whose minutes hold a personal identity number is refused and the dialog keeps the text",
          "[ui][og]") {
    OgWindow w;
    const QString number = QStringLiteral("850709-9805");
    bool refused = false;
    lk::test::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        QWidget* minutes = dialog->form()->editor(QStringLiteral("minutes"));
        typeInto(minutes, QStringLiteral("Gäller ") + number);
        clickSave(dialog);
        auto* error = dialog->form()->findChild<QLabel*>(QStringLiteral("formError"));
        refused = dialog->isVisible() && error && error->isVisible() &&
                  error->text().contains(QStringLiteral("Minutes")) && !error->text().contains(number);
        dialog->reject();
    });
    QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    CHECK(refused);
    CHECK(w.count(QStringLiteral("og_meetings")) == 0);
}

TEST_CASE("The cadence strip shows held and missing months and the year against the target", "[ui][og]") {
    OgWindow w;
    // Two meetings in the period, one of them in December 2022.
    for (const QDate& held : {QDate(2022, 11, 8), QDate(2022, 12, 13)}) {
        lk::test::whenModal([held](QWidget* modal) {
            auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
            REQUIRE(dialog);
            qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("held_on")))->setDate(held);
            clickSave(dialog);
        });
        QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    }
    REQUIRE(w.count(QStringLiteral("og_meetings")) == 2);
    const QStringList months = w.page->findChild<lk::CadenceStrip*>()->monthTexts();
    REQUIRE(months.size() == 12);
    CHECK(months.last().startsWith(QStringLiteral("1 meeting")));
    CHECK(months.at(10).startsWith(QStringLiteral("1 meeting")));
    CHECK(months.first().startsWith(QStringLiteral("No meeting")));
    CHECK(w.page->findChild<lk::CadenceStrip*>()->summary().contains(QStringLiteral("2022: 2 of 12")));
}

TEST_CASE("The promise a new meeting counts for follows its date until the user picks one", "[ui][og]") {
    OgWindow w;
    bool checked = false;
    lk::test::whenModal([&checked](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        auto* date = qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("held_on")));
        auto* promise = qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("promise_id")));
        date->setDate(QDate(2022, 3, 8)); // inside Salem's 2021–2022
        CHECK(promise->currentText() == QStringLiteral("Operativa gruppen"));
        date->setDate(QDate(2026, 11, 25)); // after it
        CHECK(promise->currentText().isEmpty());
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    CHECK(checked);
}

TEST_CASE("A note under no case is not saved silently, and Enter does not save a meeting half done",
          "[ui][og]") {
    OgWindow w;
    bool checked = false;
    lk::test::whenModal([&checked](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        // Enter in "Another organisation" adds it, and the dialog stays open.
        auto* another = dialog->attendance()->findChild<QLineEdit*>();
        REQUIRE(another);
        typeInto(another, QStringLiteral("Fritidsgården"));
        QTest::keyClick(another, Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->attendance()->countEditor(QStringLiteral("Fritidsgården")));

        click(dialog->discussions(), QStringLiteral("addCase"));
        lk::RowTable* rows = dialog->discussions()->rows();
        REQUIRE(rows->table()->rowCount() == 1);
        // No case is chosen for the user.
        CHECK(rows->cell<QComboBox>(0, 0)->currentData().toString().isEmpty());
        typeInto(rows->cell<QLineEdit>(0, 1), QStringLiteral("Samtal med skolan."));
        QTest::keyClick(rows->cell<QLineEdit>(0, 1), Qt::Key_Return);
        CHECK(dialog->isVisible());
        // Tab from the last cell goes on to the buttons under the table, not back to the top.
        rows->cell<QLineEdit>(0, 2)->setFocus();
        QTest::keyClick(rows->cell<QLineEdit>(0, 2), Qt::Key_Tab);
        CHECK(dialog->focusWidget() ==
              dialog->discussions()->findChild<QPushButton*>(QStringLiteral("addCase")));

        clickSave(dialog);
        auto* error = dialog->form()->findChild<QLabel*>(QStringLiteral("formError"));
        CHECK(dialog->isVisible());
        REQUIRE(error);
        CHECK(error->text().contains(QStringLiteral("Row 1")));
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    CHECK(checked);
    CHECK(w.count(QStringLiteral("og_meetings")) == 0);
}

TEST_CASE("A new action's due date follows the meeting's date until the user sets it", "[ui][og]") {
    OgWindow w;
    bool checked = false;
    lk::test::whenModal([&checked](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        auto* date = qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("held_on")));
        date->setDate(QDate(2022, 3, 8));
        click(dialog->actions(), QStringLiteral("addAction"));
        auto* due = qobject_cast<lk::DateEdit*>(dialog->actions()->rows()->table()->cellWidget(0, 2));
        CHECK(due->date() == QDate(2022, 3, 22));
        date->setDate(QDate(2022, 4, 12));
        CHECK(due->date() == QDate(2022, 4, 26));
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    CHECK(checked);
}

TEST_CASE("Opening a meeting of an earlier period keeps the promise it counts for", "[ui][og]") {
    OgWindow w;
    lk::Document& document = *w.window.document();
    const QString earlier = scalar(document, QStringLiteral("SELECT uuid FROM periods")).toString();
    // The next period, chosen on the page.
    auto copy = lk::PeriodCopier::copy(document.repository(), earlier, QStringLiteral("2023–2024"),
                                       QDate(2023, 1, 1), QDate(2024, 12, 31));
    REQUIRE(copy.ok());
    REQUIRE(document.perform(*copy, QStringLiteral("Copy")).ok());
    w.window.scopeBar()->selectPeriod(copy->rows.first().after->uuid);

    // A 2022 meeting that counts for 2021–2022's Operativa gruppen.
    const QVariant promise = scalar(document,
                                    QStringLiteral("SELECT p.id FROM promises p JOIN focus_areas f ON f.id "
                                                   "= p.focus_area_id JOIN periods pe ON pe.id = f.period_id "
                                                   "WHERE pe.uuid = ? AND p.title = 'Operativa gruppen'"),
                                    {earlier});
    lk::Record meeting;
    meeting.values = {{QStringLiteral("municipality_id"),
                       scalar(document, QStringLiteral("SELECT id FROM municipalities"))},
                      {QStringLiteral("promise_id"), promise},
                      {QStringLiteral("held_on"), QDate(2022, 5, 10)}};
    auto stored = document.insert(lk::OgRegisters::meetings(), meeting);
    REQUIRE(stored.ok());

    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        CHECK(qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("promise_id")))->currentText() ==
              QStringLiteral("Operativa gruppen"));
        clickSave(dialog);
    });
    w.page->meetings()->editMeeting(stored->uuid);
    CHECK(scalar(document, QStringLiteral("SELECT promise_id FROM og_meetings")) == promise);
}

TEST_CASE("An action typed due before its meeting is refused with a message, and saved once put right",
          "[ui][og]") {
    OgWindow w;
    bool checked = false;
    lk::test::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<lk::MeetingDialog*>(modal);
        REQUIRE(dialog);
        auto* held = qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("held_on")));
        held->selectAll();
        lk::test::type(held, QStringLiteral("2027-01-10"));
        held->editingFinished();
        click(dialog->actions(), QStringLiteral("addAction"));
        lk::RowTable* actions = dialog->actions()->rows();
        typeInto(actions->table()->cellWidget(0, 0), QStringLiteral("Boka möte med skolan"));
        qobject_cast<QComboBox*>(actions->table()->cellWidget(0, 1))->setCurrentText(QStringLiteral("Skola"));
        auto* due = qobject_cast<lk::DateEdit*>(actions->table()->cellWidget(0, 2));
        REQUIRE(due);
        due->selectAll();
        lk::test::type(due, QStringLiteral("2026-01-15"));
        due->editingFinished();
        CHECK(due->date() == QDate(2026, 1, 15)); // taken as typed, never moved to another year
        clickSave(dialog);
        CHECK(dialog->isVisible());
        auto* error = dialog->form()->findChild<QLabel*>(QStringLiteral("formError"));
        REQUIRE(error);
        CHECK_FALSE(error->isHidden());
        CHECK_THAT(error->text().toStdString(), lk::test::mentions(QStringLiteral("“Due” (2026-01-15)")));
        CHECK_THAT(error->text().toStdString(),
                   lk::test::mentions(QStringLiteral("the meeting's date (2027-01-10)")));
        CHECK(lk::showsProblem(due));

        due->selectAll();
        lk::test::type(due, QStringLiteral("2027-01-15"));
        CHECK_FALSE(lk::showsProblem(due));
        clickSave(dialog);
        checked = true;
    });
    QTest::mouseClick(w.page->findChild<QPushButton*>(QStringLiteral("newMeeting")), Qt::LeftButton);
    REQUIRE(checked);
    CHECK(scalar(w.document(), QStringLiteral("SELECT m.held_on || ' ' || a.due_on FROM action_items a JOIN "
                                              "og_meetings m ON m.id = a.meeting_id"))
              .toString() == QStringLiteral("2027-01-10 2027-01-15"));
}
