#include "catchqt.h"
#include "mainwindow.h"
#include "overview/overviewpage.h"
#include "overview/promisetable.h"
#include "promises/promiseregisters.h"
#include "promises/scopebar.h"
#include "testfile.h"

#include <QLabel>
#include <QTest>

using namespace lk;
using namespace lk::test;

TEST_CASE("Översikt on an empty file, or on a period without promises, says what to do first",
          "[ui][overview]") {
    TestFile file{QStringLiteral("empty")};
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<OverviewPage>();
    page->applyRange();
    REQUIRE(page->firstStep()->isVisible());
    CHECK(page->firstStep()->text().contains(QStringLiteral("New period")));
    CHECK_FALSE(page->promises()->isVisible());

    Document& document = *window.document();
    Record municipality;
    municipality.values.insert(municipalities::name, QStringLiteral("Nykvarns kommun"));
    auto added = document.insert(PromiseRegisters::municipalities(), municipality);
    REQUIRE(added.ok());
    Record period;
    period.values.insert(periods::municipalityId, added->id);
    period.values.insert(periods::name, QStringLiteral("2025–2026"));
    period.values.insert(periods::startDate, QDate(2025, 1, 1));
    period.values.insert(periods::endDate, QDate(2026, 12, 31));
    auto started = document.insert(PromiseRegisters::periods(), period);
    INFO(started.message().toStdString());
    REQUIRE(started.ok());
    window.scopeBar()->selectPeriod(started->uuid);
    page->applyRange();
    REQUIRE(page->firstStep()->isVisible());
    CHECK(page->firstStep()->text().contains(QStringLiteral("no promises")));
    CHECK_FALSE(page->promises()->isVisible());
}
