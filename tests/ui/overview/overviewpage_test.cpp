#include "catchqt.h"
#include "charts/countbarchart.h"
#include "charts/monthbarchart.h"
#include "charts/percentbarchart.h"
#include "charts/trendchart.h"
#include "common/activitytab.h"
#include "common/dateedit.h"
#include "common/recordlistpanel.h"
#include "demo/demodata.h"
#include "indicators/indicatorspage.h"
#include "mainwindow.h"
#include "og/meetingstab.h"
#include "og/ogpage.h"
#include "og/ogregisters.h"
#include "overview/chartcard.h"
#include "overview/overviewcharts.h"
#include "overview/overviewpage.h"
#include "overview/promisetable.h"
#include "pagewindow.h"
#include "police/policepage.h"
#include "progress/promiseprogress.h"
#include "promises/promiseregisters.h"
#include "promises/promisespage.h"
#include "promises/promisetreemodel.h"
#include "promises/scopebar.h"
#include "testfile.h"
#include "tobacco/compliancetab.h"
#include "tobacco/tobaccopage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace lk;
using namespace lk::test;

namespace {

// The window on a demo file, opened on its first page, the overview.
struct OverviewWindow {
    TestFile file;
    MainWindow window;
    OverviewPage* page = nullptr;
    qint64 periodId = 0;
    qint64 municipalityId = 0;

    OverviewWindow() {
        {
            auto document = file.open();
            const Status filled = DemoData::fill(document->repository(), QStringLiteral("sample"));
            INFO(filled.message().toStdString());
            REQUIRE(filled.ok());
        }
        REQUIRE(window.openFile(file.path()));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        page = window.page<OverviewPage>();
        REQUIRE(page);
        REQUIRE(page->isVisible());
        periodId = window.scopeBar()->periodId();
        municipalityId = PromiseRegisters::municipalityOf(document().repository(), periodId);
        REQUIRE(municipalityId > 0);
    }
    Document& document() const { return *window.document(); }
    void setRange(const QDate& from, const QDate& to) {
        page->from()->setDate(from);
        page->to()->setDate(to);
        page->applyRange();
    }
    int navigationRow() const {
        return window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentRow();
    }
};

QList<int> barsOf(QChart* chart) {
    QList<int> values;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            REQUIRE(bars->barSets().size() == 1);
            for (int at = 0; at < bars->barSets().first()->count(); ++at)
                values << qRound(bars->barSets().first()->at(at));
        }
    }
    return values;
}

QStringList categoriesOf(QChart* chart) {
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
        if (auto* labelled = qobject_cast<QCategoryAxis*>(axis))
            return labelled->categoriesLabels();
    }
    return {};
}

// The height of the dashed target line, or -1 when there is none.
double targetLineOf(QChart* chart) {
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series))
            return line->at(0).y();
    }
    return -1;
}

// The meetings held each month from `from` to `to`, counted straight from the file.
QList<int> meetingsPerMonth(const Document& document, qint64 municipalityId, const QDate& from,
                            const QDate& to) {
    QList<int> counts;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        counts << scalar(document,
                         QStringLiteral("SELECT count(*) FROM og_meetings WHERE municipality_id = ? AND "
                                        "held_on BETWEEN ? AND ?"),
                         {municipalityId, std::max(month, from).toString(Qt::ISODate),
                          std::min(month.addMonths(1).addDays(-1), to).toString(Qt::ISODate)})
                      .toInt();
    }
    return counts;
}

void clickChart(ChartCard* card) {
    auto* view = card->chart()->findChild<QChartView*>();
    REQUIRE(view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewport()->rect().center());
}

} // namespace

TEST_CASE(
    "The window opens on the overview, from the period's start to its end or today, whichever is earlier",
    "[ui][overview]") {
    OverviewWindow w;
    CHECK(w.navigationRow() == 0);
    CHECK(w.page->title() == QStringLiteral("Overview"));
    auto period = w.document().repository().findById(PromiseRegisters::periods(), w.periodId);
    REQUIRE(period);
    REQUIRE(*period);
    const QDate start = (*period)->value(QStringLiteral("start_date")).toDate();
    const QDate end = (*period)->value(QStringLiteral("end_date")).toDate();
    CHECK(w.page->from()->date() == start);
    CHECK(w.page->to()->date() == std::min(end, QDate::currentDate()));
    CHECK(w.page->scope().from == start);
    CHECK(w.page->scope().to == std::min(end, QDate::currentDate()));
}

TEST_CASE("Each promise shows the traffic light, targets and latest status that PromiseProgress reckons",
          "[ui][overview]") {
    OverviewWindow w;
    w.setRange(QDate(2021, 1, 1), QDate(2022, 6, 30));
    auto lines =
        PromiseProgress::of(w.document().repository(), w.periodId, QDate(2021, 1, 1), QDate(2022, 6, 30));
    REQUIRE(lines);
    REQUIRE(lines->size() == 8);
    PromiseTable* table = w.page->promises();
    // Two focus areas, each a row above its promises.
    CHECK(table->rowCount() == 10);
    QSet<int> lightsSeen;
    for (const PromiseProgress::Line& line : *lines) {
        INFO(line.promise.value(QStringLiteral("title")).toString().toStdString());
        const int row = table->rowOf(line.promise.uuid);
        REQUIRE(row > table->rowOf(line.focusArea.uuid));
        CHECK(table->item(row, PromiseTable::PromiseColumn)->text() ==
              line.promise.value(QStringLiteral("title")).toString());
        QTableWidgetItem* light = table->item(row, PromiseTable::LightColumn);
        CHECK(light->data(PromiseTable::LightRole).toInt() == int(line.light));
        CHECK(light->text() == PromiseProgress::lightName(line.light));
        CHECK_FALSE(light->icon().isNull());
        lightsSeen << int(line.light);
        const QString targets = table->item(row, PromiseTable::TargetsColumn)->text();
        for (const PromiseProgress::Target& target : line.targets)
            CHECK(targets.contains(PromiseTable::plannedAgainstDone(target)));
        REQUIRE(line.status);
        CHECK(
            table->item(row, PromiseTable::StatusColumn)
                ->text()
                .endsWith(line.status->value(QStringLiteral("reported_on")).toDate().toString(Qt::ISODate)));
        CHECK(table->item(row, PromiseTable::CommentColumn)->text() ==
              line.status->value(QStringLiteral("comment")).toString());
    }
    // The demo has promises on track and behind: a table of one colour would show nothing.
    CHECK(lightsSeen.size() >= 2);
}

TEST_CASE("A target reads as done against planned by the date, with the meetings counted from the file",
          "[ui][overview]") {
    OverviewWindow w;
    w.setRange(QDate(2021, 1, 1), QDate(2021, 6, 30));
    const QVariant promise =
        scalar(w.document(), QStringLiteral("SELECT promise_id FROM targets WHERE source = 'og_meetings'"));
    const QString uuid =
        scalar(w.document(), QStringLiteral("SELECT uuid FROM promises WHERE id = ?"), {promise}).toString();
    const int held = scalar(w.document(),
                            QStringLiteral("SELECT count(*) FROM og_meetings WHERE promise_id = ? AND "
                                           "held_on BETWEEN '2021-01-01' AND '2021-06-30'"),
                            {promise})
                         .toInt();
    PromiseTable* table = w.page->promises();
    const int row = table->rowOf(uuid);
    REQUIRE(row >= 0);
    // Twelve a year, so six by the end of June.
    CHECK(table->item(row, PromiseTable::TargetsColumn)->text() ==
          QStringLiteral("Möten i Operativa gruppen: %1 of 6 planned").arg(held));
}

TEST_CASE("Seasonal work reads as nothing planned yet before its season, and is not behind",
          "[ui][overview][rhythm]") {
    OverviewWindow w;
    w.setRange(QDate(2021, 1, 1), QDate(2021, 4, 30));
    // The fire-safety information before Advent, in November–December: nothing is due by April.
    const QVariant promise =
        scalar(w.document(), QStringLiteral("SELECT promise_id FROM targets WHERE only_kind = 'brandskydd'"));
    const QString uuid =
        scalar(w.document(), QStringLiteral("SELECT uuid FROM promises WHERE id = ?"), {promise}).toString();
    PromiseTable* table = w.page->promises();
    const int row = table->rowOf(uuid);
    REQUIRE(row >= 0);
    CHECK_THAT(
        table->item(row, PromiseTable::TargetsColumn)->text().toStdString(),
        lk::test::mentions(QStringLiteral("Brandskyddsinformation inför advent: 0 done, none planned yet")));
}

TEST_CASE("The meetings chart has a bar per month of the range with the meetings held that month, under a "
          "target of one a month",
          "[ui][overview]") {
    OverviewWindow w;
    const QDate from(2021, 3, 15);
    const QDate to(2022, 2, 10);
    w.setRange(from, to);
    MonthBarChart* meetings = w.page->charts()->meetings();
    const QList<int> expected = meetingsPerMonth(w.document(), w.municipalityId, from, to);
    REQUIRE(expected.size() == 12);
    CHECK(barsOf(meetings->chart()) == expected);
    CHECK(std::accumulate(expected.begin(), expected.end(), 0) > 5);
    // Twelve months fit their names under the bars, with the years in the axis title.
    CHECK(categoriesOf(meetings->chart()) ==
          QStringList{QStringLiteral("Mar"), QStringLiteral("Apr"), QStringLiteral("May"),
                      QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
                      QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"),
                      QStringLiteral("Dec"), QStringLiteral("Jan"), QStringLiteral("Feb")});
    CHECK(meetings->chart()->axes(Qt::Horizontal).first()->titleText() == QStringLiteral("2021–2022"));
    CHECK(targetLineOf(meetings->chart()) == Approx(1.0));
}

TEST_CASE("The police, tobacco and action item charts hold the file's figures for the range",
          "[ui][overview]") {
    OverviewWindow w;
    w.setRange(QDate(2021, 1, 1), QDate(2022, 6, 30));
    OverviewCharts* charts = w.page->charts();

    const auto count = [&w](const QString& statement) {
        return scalar(w.document(), statement, {w.municipalityId}).toInt();
    };
    // Visits per term: spring 2021, autumn 2021, spring 2022; the target asks for each school, so no line.
    CHECK(barsOf(charts->visits()->chart()) ==
          QList<int>{count(QStringLiteral("SELECT count(*) FROM visits WHERE municipality_id = ? AND "
                                          "visited_on BETWEEN '2021-01-01' AND '2021-06-30'")),
                     count(QStringLiteral("SELECT count(*) FROM visits WHERE municipality_id = ? AND "
                                          "visited_on BETWEEN '2021-07-01' AND '2021-12-31'")),
                     count(QStringLiteral("SELECT count(*) FROM visits WHERE municipality_id = ? AND "
                                          "visited_on BETWEEN '2022-01-01' AND '2022-06-30'"))});
    CHECK(targetLineOf(charts->visits()->chart()) == -1);

    const QList<int> traffic = barsOf(charts->trafficControls()->chart());
    REQUIRE(traffic.size() == 18);
    // Longer than a year: labelled by year.
    CHECK(categoriesOf(charts->trafficControls()->chart()) ==
          QStringList{QStringLiteral("2021"), QStringLiteral("2022")});
    CHECK(std::accumulate(traffic.begin(), traffic.end(), 0) ==
          count(QStringLiteral("SELECT count(*) FROM traffic_controls WHERE municipality_id = ? AND held_on "
                               "BETWEEN '2021-01-01' AND '2022-06-30'")));
    // A hundred over the two years' 24 months.
    CHECK(targetLineOf(charts->trafficControls()->chart()) == Approx(100.0 / 24).epsilon(0.02));

    QChart* compliance = charts->compliance()->chart();
    CHECK(categoriesOf(compliance) == QStringList{QStringLiteral("2021"), QStringLiteral("2022")});
    auto* shares = qobject_cast<QBarSeries*>(compliance->series().value(0));
    REQUIRE(shares);
    REQUIRE(shares->barSets().size() == 2);
    const double asked2021 =
        scalar(w.document(),
               QStringLiteral("SELECT 100.0 * sum(CASE WHEN outcome IN ('fragade_leg', 'nekade') THEN 1 ELSE "
                              "0 END) / count(*) FROM "
                              "test_purchases WHERE made_on BETWEEN '2021-01-01' AND '2021-12-31'"))
            .toReal();
    // Drawn in whole per cent.
    CHECK(shares->barSets().at(0)->at(0) == Approx(std::round(asked2021)));

    // On the range's end: raised by then and not finished by then (one finished later was open that day);
    // overdue when due before it.
    const auto actionItemsOn = [&count](const QString& day) {
        const QString open =
            QStringLiteral(
                "FROM action_items t JOIN og_meetings m ON m.id = t.meeting_id WHERE "
                "m.municipality_id = ? AND m.held_on <= '%1' AND (t.done_on IS NULL OR t.done_on > "
                "'%1')")
                .arg(day);
        return QList<int>{count(QStringLiteral("SELECT count(*) ") + open),
                          count(QStringLiteral("SELECT count(*) ") + open +
                                QStringLiteral(" AND t.due_on < '%1'").arg(day))};
    };
    w.setRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
    CHECK(barsOf(charts->actionItems()->chart()) == actionItemsOn(QStringLiteral("2021-12-31")));
    CHECK(actionItemsOn(QStringLiteral("2021-12-31")).at(0) > 0);
    w.setRange(QDate(2021, 1, 1), QDate(2022, 12, 31));
    CHECK(barsOf(charts->actionItems()->chart()) == actionItemsOn(QStringLiteral("2022-12-31")));
    CHECK(actionItemsOn(QStringLiteral("2022-12-31")).at(1) > 0);
    CHECK(charts->actionItemsCard()->title()->text().endsWith(QStringLiteral("2022-12-31")));

    // One card for each of the municipality's indicators, with its values.
    REQUIRE(charts->indicatorCards().size() ==
            count(QStringLiteral("SELECT count(*) FROM indicators WHERE municipality_id = ?")));
    CHECK(charts->indicator(0)->chart()->series().size() >= 1);
}

TEST_CASE("A click on a promise opens the Promises page with that promise selected", "[ui][overview]") {
    OverviewWindow w;
    PromiseTable* table = w.page->promises();
    const QString uuid = scalar(w.document(), QStringLiteral("SELECT uuid FROM promises WHERE title = ?"),
                                {QStringLiteral("Trafikkontroller")})
                             .toString();
    const int row = table->rowOf(uuid);
    REQUIRE(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, PromiseTable::CommentColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    auto* promises = w.window.page<PromisesPage>();
    REQUIRE(promises->isVisible());
    CHECK_FALSE(w.page->isVisible());
    CHECK(w.window.findChild<QListWidget*>(QStringLiteral("navigation"))
              ->currentItem()
              ->text()
              .startsWith(promises->title()));
    CHECK(promises->model()->uuid(promises->tree()->currentIndex()) == uuid);
}

TEST_CASE("A click on a chart opens the page behind it, on the tab or record it shows", "[ui][overview]") {
    OverviewWindow w;
    OverviewCharts* charts = w.page->charts();

    SECTION("Traffic controls: the police page's traffic tab") {
        clickChart(charts->trafficControlsCard());
        auto* police = w.window.page<PolicePage>();
        REQUIRE(police->isVisible());
        CHECK(police->tabs()->currentWidget() == police->trafficControls());
    }
    SECTION("Visits, through Open: the police page's visits tab") {
        // The traffic tab first, so that landing on the visits tab is the link's doing.
        w.window.page<PolicePage>()->tabs()->setCurrentIndex(2);
        QTest::mouseClick(charts->visitsCard()->openButton(), Qt::LeftButton);
        auto* police = w.window.page<PolicePage>();
        REQUIRE(police->isVisible());
        CHECK(police->tabs()->currentWidget() == police->visits());
    }
    SECTION("Meetings: Operativa gruppen's meetings tab") {
        clickChart(charts->meetingsCard());
        auto* og = w.window.page<OgPage>();
        REQUIRE(og->isVisible());
        CHECK(og->tabs()->currentWidget() == og->meetings());
    }
    SECTION("Compliance, through Open: the tobacco page's compliance tab") {
        QTest::mouseClick(charts->complianceCard()->openButton(), Qt::LeftButton);
        auto* tobacco = w.window.page<TobaccoPage>();
        REQUIRE(tobacco->isVisible());
        CHECK(tobacco->tabs()->currentWidget() == tobacco->compliance());
    }
    SECTION("An indicator: the indicators page with that indicator selected") {
        REQUIRE(charts->indicatorCards().size() >= 2);
        clickChart(charts->indicatorCards().at(1));
        auto* indicators = w.window.page<IndicatorsPage>();
        REQUIRE(indicators->isVisible());
        const QString second = scalar(w.document(),
                                      QStringLiteral("SELECT uuid FROM indicators WHERE municipality_id = ? "
                                                     "ORDER BY name COLLATE swedish, id LIMIT 1 OFFSET 1"),
                                      {w.municipalityId})
                                   .toString();
        CHECK(indicators->list()->selectedUuid() == second);
    }
    CHECK_FALSE(w.page->isVisible());
}

TEST_CASE("A chart is made when its card comes on screen, not while the window opens", "[ui][overview]") {
    OverviewWindow w;
    QCoreApplication::processEvents();
    OverviewCharts* charts = w.page->charts();
    ChartCard* last = charts->cards().last();
    CHECK_FALSE(last->isMade());
    auto* scroll = w.page->findChild<QScrollArea*>(QStringLiteral("overviewScroll"));
    REQUIRE(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    CHECK(QTest::qWaitFor([last] { return last->isMade(); }));
}

TEST_CASE("An edit redraws what it touches at once, or when the overview is shown again", "[ui][overview]") {
    OverviewWindow w;
    w.setRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
    MonthBarChart* meetings = w.page->charts()->meetings();
    const int march = barsOf(meetings->chart()).at(2);
    const auto addMeeting = [&w](const QDate& day) {
        Record meeting;
        meeting.values = {{QStringLiteral("municipality_id"), w.municipalityId},
                          {QStringLiteral("held_on"), day}};
        auto added = w.document().insert(OgRegisters::meetings(), meeting);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
    };
    addMeeting(QDate(2022, 3, 20));
    CHECK(barsOf(meetings->chart()).at(2) == march + 1);

    // Hidden: nothing is drawn until the overview is shown again.
    auto* navigation = w.window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setCurrentRow(1);
    REQUIRE_FALSE(w.page->isVisible());
    addMeeting(QDate(2022, 3, 21));
    CHECK(barsOf(meetings->chart()).at(2) == march + 1);
    navigation->setCurrentRow(0);
    REQUIRE(w.page->isVisible());
    CHECK(barsOf(meetings->chart()).at(2) == march + 2);
    CHECK(barsOf(meetings->chart()) ==
          meetingsPerMonth(w.document(), w.municipalityId, QDate(2022, 1, 1), QDate(2022, 12, 31)));
}

TEST_CASE("The overview follows the period switcher", "[ui][overview]") {
    OverviewWindow w;
    PromiseTable* table = w.page->promises();
    REQUIRE(table->rowCount() == 10);
    w.page->setPeriod(0);
    CHECK(table->rowCount() == 0);
    CHECK(barsOf(w.page->charts()->meetings()->chart()).isEmpty());
    w.page->setPeriod(w.periodId);
    CHECK(table->rowCount() == 10);
    CHECK(w.page->from()->date() == QDate(2021, 1, 1));
}
