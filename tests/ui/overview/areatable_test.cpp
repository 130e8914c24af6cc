#include "catchqt.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "municipalitycopy.h"
#include "overview/areatable.h"
#include "overview/overviewpage.h"
#include "overview/promisetable.h"
#include "progress/promiseprogress.h"
#include "promises/promiseregisters.h"
#include "promises/scopebar.h"
#include "testfile.h"

#include <QHeaderView>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

const QString area = QStringLiteral("Lokalpolisområde Södertälje");

// The window on the demo file, with the copies of its municipality asked for.
struct AreaWindow {
    TestFile file;
    MainWindow window;
    OverviewPage* page = nullptr;

    explicit AreaWindow(const QList<Copy>& copies) {
        {
            auto document = file.open();
            REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
            copyMunicipality(document->repository(), copies);
        }
        REQUIRE(window.openFile(file.path()));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        page = window.page<OverviewPage>();
        REQUIRE(page);
        page->applyRange();
    }
    QString chosenName() const {
        auto municipality = window.document()->repository().findById(PromiseRegisters::municipalities(),
                                                                     window.scopeBar()->municipalityId());
        REQUIRE(municipality.ok());
        REQUIRE(*municipality);
        return (*municipality)->value(municipalities::name).toString();
    }
};

int rowOf(const AreaTable* table, const QString& header) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == header)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Översikt sets the police area's municipalities side by side, the chosen one first, each promise "
          "assessed as its own Översikt assesses it",
          "[overview][policearea]") {
    AreaWindow shown({{QStringLiteral("Nykvarns kommun"), area}});
    AreaTable* table = shown.page->area();
    REQUIRE(table->isVisible());
    // The rows' names, then a column per municipality.
    REQUIRE(table->columnCount() == 3);
    const QString chosen = shown.chosenName();
    CHECK(table->horizontalHeaderItem(1)->text() == chosen);
    CHECK(table->horizontalHeaderItem(1)->font().bold());
    CHECK((QStringList{table->horizontalHeaderItem(1)->text(), table->horizontalHeaderItem(2)->text()} ==
           QStringList{chosen, chosen == QStringLiteral("Salems kommun") ? QStringLiteral("Nykvarns kommun")
                                                                         : QStringLiteral("Salems kommun")}));

    // The chosen municipality's column says what its own promise table says, row by row.
    PromiseTable* own = shown.page->promises();
    int compared = 0;
    for (int row = 0; row < own->rowCount(); ++row) {
        const QTableWidgetItem* light = own->item(row, PromiseTable::LightColumn);
        if (!light || !light->data(PromiseTable::LightRole).isValid())
            continue;
        const int areaRow = rowOf(table, own->item(row, PromiseTable::PromiseColumn)->text());
        REQUIRE(areaRow >= 0);
        const auto expected = PromiseProgress::Light(light->data(PromiseTable::LightRole).toInt());
        CHECK(table->item(areaRow, 1)->text() == PromiseProgress::lightName(expected));
        CHECK(table->item(areaRow, 1)->data(PromiseTable::LightRole).toInt() == int(expected));
        CHECK_FALSE(table->item(areaRow, 1)->toolTip().isEmpty());
        ++compared;
    }
    CHECK(compared == 8);
    // The key figures under the promises, a value for each municipality.
    CHECK(table->rowCount() > compared);
    CHECK(table->item(table->rowCount() - 1, 2)->text() != QStringLiteral("—"));
}

TEST_CASE("A municipality alone in its police area shows no area table", "[overview][policearea]") {
    AreaWindow alone({{QStringLiteral("Gnesta kommun"), QStringLiteral("Annat område")}});
    CHECK_FALSE(alone.page->area()->isVisible());
}
