#include "common/problemlook.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "formfill.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
#include "testfile.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

// The form of Salem's promise "Trafikkontroller", bound as the promises page binds it: each field saves on
// leaving it.
struct PromiseForm {
    TestFile file{QStringLiteral("salem-2021-2022")};
    std::unique_ptr<Document> document = file.open();
    QString uuid =
        scalar(*document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Trafikkontroller'"))
            .toString();
    RecordForm form{document.get(),
                    PromiseRegisters::promises(),
                    {QStringLiteral("title"), QStringLiteral("responsible"), QStringLiteral("aim")}};

    PromiseForm() { form.bind(uuid); }
    QLineEdit* title() const { return qobject_cast<QLineEdit*>(form.editor(QStringLiteral("title"))); }
    QString stored(const QString& field) const {
        return scalar(*document, QStringLiteral("SELECT %1 FROM promises WHERE uuid = ?").arg(field), {uuid})
            .toString();
    }
};

} // namespace

TEST_CASE("A title refused for a personal identity number stays in its field with the reason beside it",
          "[ui][recordform]") {
    for (const QString& number : {QStringLiteral("811218-9876"), QStringLiteral("19811218-9876")}) {
        INFO(number.toStdString());
        PromiseForm w;
        const QString typed = QStringLiteral("Kontroller efter samtal med ") + number;
        typeInto(w.title(), typed);
        QTest::keyClick(w.title(), Qt::Key_Return);

        CHECK(w.stored(QStringLiteral("title")) == QStringLiteral("Trafikkontroller"));
        CHECK(w.title()->text() == typed); // nothing typed is lost
        CHECK(showsProblem(w.title()));
        CHECK_THAT(w.form.problem(QStringLiteral("title")).toStdString(),
                   mentions(QStringLiteral("personnummer")));
        auto* beside = w.form.findChild<QLabel*>(QStringLiteral("problem_title"));
        REQUIRE(beside);
        CHECK_FALSE(beside->isHidden());
        CHECK(w.form.hasFailedSave());

        // Another field saved meanwhile reloads the form, and the refused text stays.
        auto* responsible = qobject_cast<QComboBox*>(w.form.editor(QStringLiteral("responsible")));
        REQUIRE(responsible);
        responsible->setCurrentIndex(responsible->findData(QStringLiteral("samverkan")));
        responsible->activated(responsible->currentIndex());
        CHECK(w.stored(QStringLiteral("responsible")) == QStringLiteral("samverkan"));
        CHECK(w.title()->text() == typed);
        CHECK_FALSE(w.form.problem(QStringLiteral("title")).isEmpty());

        // Put right, it is saved and the red goes.
        typeInto(w.title(), QStringLiteral("Trafikkontroller i Rönninge"));
        QTest::keyClick(w.title(), Qt::Key_Return);
        CHECK(w.stored(QStringLiteral("title")) == QStringLiteral("Trafikkontroller i Rönninge"));
        CHECK(w.form.problem(QStringLiteral("title")).isEmpty());
        CHECK_FALSE(showsProblem(w.title()));
        CHECK_FALSE(w.form.hasFailedSave());
    }
}

TEST_CASE("A refused text that leaves with its record stays above the fields, to copy back",
          "[ui][recordform]") {
    PromiseForm w;
    const QString other =
        scalar(*w.document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Operativa gruppen'"))
            .toString();
    const QString typed = QStringLiteral("Möte med 811218-9876");
    typeInto(w.title(), typed);
    QTest::keyClick(w.title(), Qt::Key_Return);
    w.form.bind(other);
    CHECK(w.title()->text() == QStringLiteral("Operativa gruppen"));
    CHECK(w.form.hasFailedSave());
    auto* banner = w.form.findChild<QLabel*>(QStringLiteral("formError"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    CHECK_THAT(banner->text().toStdString(), mentions(typed));
    CHECK_THAT(banner->text().toStdString(), mentions(QStringLiteral("personnummer")));
}

TEST_CASE("A form with two problems shows both at once, each beside its field", "[ui][recordform]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 municipality =
        scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    RecordDialog dialog(document.get(), PoliceRegisters::trafficControls(),
                        {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("minutes"),
                         QStringLiteral("focus"), QStringLiteral("vehicles_checked")},
                        {}, {{QStringLiteral("municipality_id"), municipality}});
    dialog.show();
    RecordForm* form = dialog.form();
    typeInto(form->editor(QStringLiteral("held_on")), QStringLiteral("2022-02-30"));
    typeInto(form->editor(QStringLiteral("place")), QStringLiteral("Vid 19811218-9876"));
    clickSave(&dialog);

    CHECK(dialog.isVisible());
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt() == 0);
    CHECK_THAT(form->problem(QStringLiteral("held_on")).toStdString(), mentions(QStringLiteral("28 days")));
    CHECK_THAT(form->problem(QStringLiteral("place")).toStdString(),
               mentions(QStringLiteral("personnummer")));
    CHECK_THAT(form->problem(QStringLiteral("focus")).toStdString(), mentions(QStringLiteral("filled in")));
    for (const QString& field : {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("focus")})
        CHECK_FALSE(form->findChild<QLabel*>(QStringLiteral("problem_") + field)->isHidden());
    CHECK(form->problem(QStringLiteral("minutes")).isEmpty());
    auto* banner = form->findChild<QLabel*>(QStringLiteral("formError"));
    REQUIRE(banner);
    CHECK_THAT(banner->text().toStdString(), mentions(QStringLiteral("“Date”, “Place”, “Focus”")));
    // What was typed is all still there.
    CHECK(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("held_on")))->text() ==
          QStringLiteral("2022-02-30"));
    CHECK(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("place")))->text() ==
          QStringLiteral("Vid 19811218-9876"));
}
