#include "../../core/police/policefixture.h"
#include "common/activitypage.h"
#include "common/activitytab.h"
#include "common/recordlistpanel.h"
#include "police/policeregisters.h"
#include "register/recordtablemodel.h"

#include <QCheckBox>
#include <QLabel>

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
