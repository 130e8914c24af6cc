#include "common/dateedit.h"
#include "common/problemlook.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "formfill.h"
#include "joined.h"
#include "promises/promiseregisters.h"
#include "testfile.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

// A Salem file and the New status report dialog of one of its promises: a dialog with a date, as a user
// opens it.
struct StatusDialog {
    TestFile file{QStringLiteral("salem-2021-2022")};
    std::unique_ptr<Document> document = file.open();
    qint64 promise =
        scalar(*document, QStringLiteral("SELECT id FROM promises WHERE title = 'Trafikkontroller'"))
            .toLongLong();
    RecordDialog dialog{document.get(),
                        PromiseRegisters::statuses(),
                        {QStringLiteral("reported_on"), QStringLiteral("status"), QStringLiteral("comment")},
                        {{QStringLiteral("reported_on"), QDate(2022, 6, 1)},
                         {QStringLiteral("status"), QStringLiteral("paborjad")}},
                        {{QStringLiteral("promise_id"), promise}}};

    StatusDialog() { dialog.show(); }
    DateEdit* date() const {
        auto* edit = qobject_cast<DateEdit*>(dialog.form()->editor(QStringLiteral("reported_on")));
        REQUIRE(edit);
        return edit;
    }
    int reports() const {
        return scalar(*document, QStringLiteral("SELECT count(*) FROM promise_statuses WHERE promise_id = ?"),
                      {promise})
            .toInt();
    }
    QString saved() const {
        return lk::test::joined(*document,
                                QStringLiteral("SELECT reported_on FROM promise_statuses WHERE "
                                               "promise_id = ? AND comment = 'typed' ORDER BY id"),
                                {promise});
    }
};

} // namespace

TEST_CASE("A date typed in each Swedish form is saved as that date", "[ui][dateedit]") {
    const QDate before = QDate::currentDate();
    for (const auto& [typed, meant] :
         QList<QPair<QString, QString>>{{QStringLiteral("2022-11-03"), QStringLiteral("2022-11-03")},
                                        {QStringLiteral("20221103"), QStringLiteral("2022-11-03")},
                                        {QStringLiteral("221103"), QStringLiteral("2022-11-03")},
                                        {QStringLiteral(" 2021-02-28 "), QStringLiteral("2021-02-28")},
                                        {QStringLiteral("3/11"), QString()}}) {
        INFO(typed.toStdString());
        StatusDialog w;
        typeInto(w.date(), typed);
        typeInto(w.dialog.form()->editor(QStringLiteral("comment")), QStringLiteral("typed"));
        clickSave(&w.dialog);
        CHECK_FALSE(w.dialog.isVisible());
        if (!meant.isEmpty()) {
            CHECK(w.saved() == meant);
        } else {
            // 3/11 is the 3rd of November of this year (the clock may pass a new year during the test).
            const QDate after = QDate::currentDate();
            CHECK((w.saved() == QDate(before.year(), 11, 3).toString(Qt::ISODate) ||
                   w.saved() == QDate(after.year(), 11, 3).toString(Qt::ISODate)));
        }
    }
}

TEST_CASE("Leaving a typed date shows it as 2022-11-03", "[ui][dateedit]") {
    DateEdit edit;
    QSignalSpy changed(&edit, &DateEdit::dateChanged);
    typeInto(&edit, QStringLiteral("221103"));
    CHECK(changed.isEmpty()); // not at each digit: the figures a range picker drives wait for the date
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(edit.text() == QStringLiteral("2022-11-03"));
    CHECK(edit.date() == QDate(2022, 11, 3));
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().toDate() == QDate(2022, 11, 3));
}

TEST_CASE("A date that does not exist is shown red with the reason, and never saved as another",
          "[ui][dateedit]") {
    for (const auto& [typed, reason] :
         QList<QPair<QString, QString>>{{QStringLiteral("2022-13-45"), QStringLiteral("no month 13")},
                                        {QStringLiteral("2022-02-30"), QStringLiteral("28 days")},
                                        {QStringLiteral("2022-11"), QStringLiteral("write it as")}}) {
        INFO(typed.toStdString());
        StatusDialog w;
        const int before = w.reports();
        DateEdit* date = w.date();
        typeInto(date, typed);
        date->editingFinished(); // as leaving it does, whichever widget has the focus
        CHECK(date->text() == typed);
        CHECK_FALSE(date->date().isValid());
        CHECK(showsProblem(date));
        CHECK_THAT(date->problem().toStdString(), mentions(reason));
        // The form says so under the field at once, and the dialog refuses to save, naming the field.
        CHECK_THAT(w.dialog.form()->problem(QStringLiteral("reported_on")).toStdString(), mentions(reason));
        clickSave(&w.dialog);
        CHECK(w.dialog.isVisible());
        CHECK(w.reports() == before);
        CHECK(date->text() == typed);
        auto* banner = w.dialog.findChild<QLabel*>(QStringLiteral("formError"));
        REQUIRE(banner);
        CHECK(banner->isVisible());
        CHECK_THAT(banner->text().toStdString(), mentions(QStringLiteral("“Date”")));
        auto* beside = w.dialog.findChild<QLabel*>(QStringLiteral("problem_reported_on"));
        REQUIRE(beside);
        CHECK(beside->isVisible());

        // Put right, it saves.
        typeInto(date, QStringLiteral("2022-11-03"));
        CHECK_FALSE(showsProblem(date));
        clickSave(&w.dialog);
        CHECK_FALSE(w.dialog.isVisible());
        CHECK(w.reports() == before + 1);
    }
}

TEST_CASE("The arrow keys move a day, Page Up and Down a month, and Delete empties an optional date",
          "[ui][dateedit]") {
    DateEdit edit;
    edit.setOptional(true);
    edit.setDate(QDate(2022, 2, 28));
    QSignalSpy changed(&edit, &DateEdit::dateChanged);
    QTest::keyClick(&edit, Qt::Key_Up);
    CHECK(edit.text() == QStringLiteral("2022-03-01"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QTest::keyClick(&edit, Qt::Key_Down);
    CHECK(edit.date() == QDate(2022, 2, 27));
    QTest::keyClick(&edit, Qt::Key_PageUp);
    CHECK(edit.date() == QDate(2022, 3, 27));
    QTest::keyClick(&edit, Qt::Key_PageDown);
    CHECK(edit.date() == QDate(2022, 2, 27));
    CHECK(changed.size() == 5);
    // Ctrl+Z takes a step back, as it takes back typing.
    QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
    CHECK(edit.date() == QDate(2022, 3, 27));

    edit.end(false);
    QTest::keyClick(&edit, Qt::Key_Delete);
    CHECK(edit.text().isEmpty());
    CHECK_FALSE(edit.date().isValid());
    CHECK(edit.reading().state == DateInput::State::Empty);
    edit.editingFinished();
    CHECK(edit.problem().isEmpty()); // empty is allowed here

    // A required date left empty is a problem; Up starts from today.
    DateEdit required;
    required.editingFinished();
    CHECK_FALSE(required.problem().isEmpty());
    const QDate before = QDate::currentDate();
    QTest::keyClick(&required, Qt::Key_Up);
    CHECK((required.date() == before || required.date() == QDate::currentDate()));
    CHECK(required.problem().isEmpty());
}

TEST_CASE("A date picked from the calendar is a finished edit", "[ui][dateedit]") {
    DateEdit edit;
    edit.setDate(QDate(2022, 6, 1));
    QSignalSpy finished(&edit, &DateEdit::editingFinished);
    QSignalSpy changed(&edit, &DateEdit::dateChanged);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    edit.showCalendar();
    QCalendarWidget* calendar = edit.calendar();
    REQUIRE(calendar->isVisible());
    CHECK(calendar->selectedDate() == QDate(2022, 6, 1));
    calendar->clicked(QDate(2022, 6, 17));
    CHECK_FALSE(calendar->isVisible());
    CHECK(edit.text() == QStringLiteral("2022-06-17"));
    CHECK(finished.size() >= 1);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().toDate() == QDate(2022, 6, 17));
}

TEST_CASE("A date outside the range allowed is refused, and the arrow keys stay inside it",
          "[ui][dateedit]") {
    DateEdit edit;
    edit.setDateRange(QDate(2021, 1, 1), QDate(2022, 12, 31));
    edit.setDate(QDate(2022, 12, 31));
    QTest::keyClick(&edit, Qt::Key_Up);
    CHECK(edit.date() == QDate(2022, 12, 31));
    typeInto(&edit, QStringLiteral("2023-01-05"));
    edit.editingFinished();
    CHECK_FALSE(edit.date().isValid());
    CHECK_THAT(edit.problem().toStdString(), mentions(QStringLiteral("2021-01-01 – 2022-12-31")));
}
