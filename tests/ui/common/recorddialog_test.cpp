#include "common/codesetedit.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "formfill.h"
#include "modal.h"
#include "police/policeregisters.h"
#include "testfile.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

// The New traffic control dialog on a Salem file, filled in but for the duration and the vehicles checked.
struct ControlDialog {
    TestFile file{QStringLiteral("salem-2021-2022")};
    std::unique_ptr<Document> document = file.open();
    qint64 municipality = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    RecordDialog dialog{document.get(),
                        PoliceRegisters::trafficControls(),
                        {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("minutes"),
                         QStringLiteral("focus"), QStringLiteral("vehicles_checked"),
                         QStringLiteral("breath_tests")},
                        {{QStringLiteral("held_on"), QDate(2022, 9, 2)}},
                        {{QStringLiteral("municipality_id"), municipality}}};

    ControlDialog() {
        dialog.show();
        typeInto(form()->editor(QStringLiteral("place")), QStringLiteral("Rönningevägen"));
        auto* focus = qobject_cast<CodeSetEdit*>(form()->editor(QStringLiteral("focus")));
        REQUIRE(focus);
        focus->box(QStringLiteral("rattfylleri"))->setChecked(true);
    }
    RecordForm* form() const { return dialog.form(); }
    QSpinBox* spin(const QString& field) const {
        auto* found = qobject_cast<QSpinBox*>(form()->editor(field));
        REQUIRE(found);
        return found;
    }
    int controls() const {
        return scalar(*document, QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt();
    }
};

// Answers the next question with `button`, after noting what it asked.
void answer(QMessageBox::StandardButton button, QString* asked, int* questions) {
    whenModal([=](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        ++*questions;
        *asked = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("Zero minutes and zero vehicles ask once before saving: No returns to the form with them kept",
          "[ui][recorddialog]") {
    ControlDialog w;
    QString asked;
    int questions = 0;
    answer(QMessageBox::No, &asked, &questions);
    clickSave(&w.dialog);
    CHECK(questions == 1);
    // One question names both.
    CHECK_THAT(asked.toStdString(), mentions(QStringLiteral("“Duration (minutes)” is 0")));
    CHECK_THAT(asked.toStdString(), mentions(QStringLiteral("“Vehicles checked” is 0")));
    CHECK_FALSE(asked.contains(QStringLiteral("Breath tests")));
    CHECK(w.dialog.isVisible());
    CHECK(w.controls() == 0);
    CHECK(w.spin(QStringLiteral("minutes"))->value() == 0);
    CHECK(qobject_cast<QLineEdit*>(w.form()->editor(QStringLiteral("place")))->text() ==
          QStringLiteral("Rönningevägen"));
    CHECK(w.dialog.focusWidget() == w.spin(QStringLiteral("minutes")));

    // Yes saves them as they are.
    answer(QMessageBox::Yes, &asked, &questions);
    clickSave(&w.dialog);
    CHECK(questions == 2);
    CHECK_FALSE(w.dialog.isVisible());
    CHECK(
        scalar(*w.document, QStringLiteral("SELECT minutes || '|' || vehicles_checked FROM traffic_controls"))
            .toString() == QStringLiteral("0|0"));
}

TEST_CASE("A traffic control with its minutes and vehicles given saves without a question",
          "[ui][recorddialog]") {
    ControlDialog w;
    typeInto(w.spin(QStringLiteral("minutes")), QStringLiteral("90"));
    typeInto(w.spin(QStringLiteral("vehicles_checked")), QStringLiteral("45"));
    clickSave(&w.dialog); // a question here would wait for an answer and fail the test on its time limit
    CHECK_FALSE(w.dialog.isVisible());
    CHECK(w.controls() == 1);
}

TEST_CASE("Editing a record whose zero was saved before does not ask again", "[ui][recorddialog]") {
    ControlDialog w;
    QString asked;
    int questions = 0;
    answer(QMessageBox::Yes, &asked, &questions);
    clickSave(&w.dialog);
    REQUIRE(w.controls() == 1);
    const QString uuid = scalar(*w.document, QStringLiteral("SELECT uuid FROM traffic_controls")).toString();
    auto stored = w.document->repository().find(PoliceRegisters::trafficControls(), uuid);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    RecordDialog edit(w.document.get(), PoliceRegisters::trafficControls(),
                      {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("minutes"),
                       QStringLiteral("focus"), QStringLiteral("vehicles_checked")},
                      (*stored)->values, {});
    edit.editRecord(uuid);
    edit.show();
    typeInto(edit.form()->editor(QStringLiteral("place")), QStringLiteral("Rönningevägen vid skolan"));
    clickSave(&edit);
    CHECK_FALSE(edit.isVisible());
    CHECK(questions == 1);
    CHECK(scalar(*w.document, QStringLiteral("SELECT place FROM traffic_controls")).toString() ==
          QStringLiteral("Rönningevägen vid skolan"));
}
