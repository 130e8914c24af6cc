#include "../../core/police/policefixture.h"
#include "common/activitypage.h"
#include "common/activitytab.h"
#include "common/fieldeditor.h"
#include "common/noticebar.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "formfill.h"
#include "modal.h"
#include "police/policeregisters.h"
#include "promises/workingdate.h"
#include "register/recordtablemodel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

using namespace lk;
using namespace lk::test;

TEST_CASE("A dated register gets a page of its own from its spec alone: the period's records and targets",
          "[ui][activitypage]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 municipality =
        scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    const qint64 period = scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong();
    const Repository repository = document->repository();
    insertRecord(repository, PoliceRegisters::informationEfforts(),
                 informationValues(municipality, QDate(2021, 5, 4)));
    insertRecord(repository, PoliceRegisters::informationEfforts(),
                 informationValues(municipality, QDate(2019, 5, 4)));

    ActivityPage page(document.get(), PoliceRegisters::informationEfforts(), QStringLiteral("Information"),
                      {informationEfforts::heldOn, informationEfforts::topic}, informationEfforts::topic);
    page.setPeriod(period);
    CHECK(page.title() == QStringLiteral("Information"));
    page.show();
    ActivityTab* tab = page.activities();
    REQUIRE(tab->isVisible());
    // Only the period's record, until every year is asked for.
    CHECK(tab->list()->model()->rowCount() == 1);
    CHECK(tab->list()->model()->columnCount() == 2);
    tab->allYears()->setChecked(true);
    CHECK(tab->list()->model()->rowCount() == 2);
    // No target of the template counts information efforts: the tab says where to choose it.
    CHECK(tab->summary()->text().contains(QStringLiteral("Counted from")));
}

TEST_CASE("A new record starts inside the chosen period, and one saved outside it says where it went",
          "[ui][activitypage]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 period = scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong();
    ActivityPage page(document.get(), PoliceRegisters::informationEfforts(), QStringLiteral("Information"),
                      {informationEfforts::heldOn, informationEfforts::topic}, informationEfforts::topic);
    page.setPeriod(period);
    page.show();
    ActivityTab* tab = page.activities();

    // The period 2021–2022 is over: a new record starts on its last day, not today, so it is seen.
    const QDate startsOn = WorkingDate::in(QDate(2021, 1, 1), QDate(2022, 12, 31));
    REQUIRE(startsOn.year() <= 2022);
    QDate offered;
    const QDate outside(2023, 3, 1);
    whenModal([&](QWidget* dialog) {
        auto* form = dialog->findChild<RecordForm*>();
        REQUIRE(form);
        offered = FieldEditor::value(form->editor(informationEfforts::heldOn),
                                     PoliceRegisters::informationEfforts().field(informationEfforts::heldOn))
                      .toDate();
        auto* note = dialog->findChild<QLabel*>(QStringLiteral("outsidePeriod"));
        REQUIRE(note);
        CHECK(note->isHidden());
        setDate(form->editor(informationEfforts::heldOn), outside);
        // Said before saving.
        CHECK_FALSE(note->isHidden());
        CHECK(note->text().contains(QStringLiteral("2021–2022")));
        typeInto(form->editor(informationEfforts::topic), QStringLiteral("Trygg i trafiken"));
        clickSave(dialog);
    });
    const QString uuid = tab->list()->addNew();
    CHECK(offered == startsOn);
    REQUIRE_FALSE(uuid.isEmpty());
    // Saved as typed, where the period's list cannot show it, and the list says so.
    CHECK(scalar(*document, QStringLiteral("SELECT held_on FROM information_efforts WHERE uuid = ?"), {uuid})
              .toString() == QStringLiteral("2023-03-01"));
    CHECK(tab->list()->model()->rowOf(uuid) < 0);
    NoticeBar* notice = tab->list()->notice();
    REQUIRE_FALSE(notice->isHidden());
    CHECK(notice->text().contains(QStringLiteral("2021–2022")));
    CHECK(notice->text().contains(QStringLiteral("2023-03-01")));
    // Its button goes there: every year shown, the record selected.
    QTest::mouseClick(notice->goButton(), Qt::LeftButton);
    CHECK(tab->allYears()->isChecked());
    CHECK(tab->list()->selectedUuid() == uuid);
    CHECK(notice->isHidden());
}
