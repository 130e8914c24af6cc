#include "catchqt.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "report/reportfigures.h"
#include "testfile.h"

using namespace lk;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// The demo file, which the golden reports are made from: Salem 2021–2022 with invented follow-up.
struct DemoReport {
    TestFile file{QStringLiteral("empty")};
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    DemoReport() { REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok()); }

    qint64 period() const { return scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong(); }

    ReportFigures gather(const QDate& from = {}, const QDate& to = {}) const {
        auto figures = ReportFigures::gather(repository, {period(), from, to, QDate(2023, 1, 20)});
        INFO(figures.message().toStdString());
        REQUIRE(figures.ok());
        return *figures;
    }

    // What the file holds, asked without the gatherer: the meetings held in each month.
    int meetingsIn(int year, int month) const {
        return scalar(*document,
                      QStringLiteral("SELECT count(*) FROM og_meetings WHERE substr(held_on, 1, 7) = ?"),
                      {QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"))})
            .toInt();
    }
};

const ReportFigures::Promise& promiseTitled(const ReportFigures& figures, const QString& title) {
    for (const ReportFigures::Promise& promise : figures.promises) {
        if (promise.progress.promise.value(QStringLiteral("title")).toString() == title)
            return promise;
    }
    FAIL("no promise titled " << title.toStdString());
    return figures.promises.first();
}

const IndicatorTrend& indicatorNamed(const ReportFigures& figures, const QString& name) {
    for (const IndicatorTrend& trend : figures.indicators) {
        if (trend.indicator.value(QStringLiteral("name")).toString() == name)
            return trend;
    }
    FAIL("no indicator named " << name.toStdString());
    return figures.indicators.first();
}

} // namespace

TEST_CASE("The report's figures cover the whole period when no dates are given", "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();
    CHECK(figures.scope.from == QDate(2021, 1, 1));
    CHECK(figures.scope.to == QDate(2022, 12, 31));
    CHECK(figures.scope.printedOn == QDate(2023, 1, 20));
    CHECK(figures.rangeText() == QStringLiteral("2021-01-01 – 2022-12-31"));
    CHECK(figures.period.value(QStringLiteral("name")).toString() == QStringLiteral("2021–2022"));
    CHECK(figures.municipality.id == figures.period.value(QStringLiteral("municipality_id")).toLongLong());
    // Every promise of the period, in the template's order.
    REQUIRE(figures.promises.size() == 8);
    CHECK(figures.promises.first().progress.promise.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Trygghetsvandringar"));
}

TEST_CASE("A promise's figures are its target's planned and done and its latest status",
          "[report][figures]") {
    DemoReport demo;
    SECTION("The whole period: twelve meetings a year asked, 21 held") {
        const ReportFigures figures = demo.gather();
        const ReportFigures::Promise& og = promiseTitled(figures, QStringLiteral("Operativa gruppen"));
        REQUIRE(og.progress.targets.size() == 1);
        const PromiseProgress::Target& meetings = og.progress.targets.first();
        CHECK(meetings.planned == Approx(24));
        CHECK(meetings.done == 21);
        CHECK(ReportFigures::outcome(meetings) == QStringLiteral("21 of 24"));
        REQUIRE(og.progress.status);
        CHECK(og.progress.status->value(QStringLiteral("status")).toString() == QStringLiteral("genomford"));
        CHECK(og.progress.status->value(QStringLiteral("reported_on")).toDate() == QDate(2022, 12, 31));
    }
    SECTION("Dates within the period: planned pro rata, done counted up to the last date") {
        const ReportFigures figures = demo.gather(QDate(2021, 1, 1), QDate(2021, 8, 31));
        const ReportFigures::Promise& og = promiseTitled(figures, QStringLiteral("Operativa gruppen"));
        REQUIRE(og.progress.targets.size() == 1);
        CHECK(og.progress.targets.first().planned == Approx(12.0 * 243 / 365));
        CHECK(og.progress.targets.first().done == 6);
        CHECK(ReportFigures::outcome(og.progress.targets.first()) == QStringLiteral("6 of 8"));
        // The status then was the one reported by the end of August.
        REQUIRE(og.progress.status);
        CHECK(og.progress.status->value(QStringLiteral("reported_on")).toDate() == QDate(2021, 8, 31));
        CHECK(og.progress.status->value(QStringLiteral("status")).toString() == QStringLiteral("forsenad"));
    }
}

TEST_CASE("A chart tells the numbers of its table: the target's done and planned, term by term",
          "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();
    const ReportFigures::Promise& og = promiseTitled(figures, QStringLiteral("Operativa gruppen"));
    REQUIRE(og.charts.size() == 1);
    const ReportFigures::Chart& chart = og.charts.first();
    CHECK(chart.kind == ReportFigures::Chart::Kind::Counts);
    CHECK(chart.table == QStringLiteral("og_meetings"));
    CHECK(chart.steps == QStringList{QStringLiteral("Spring 2021"), QStringLiteral("Autumn 2021"),
                                     QStringLiteral("Spring 2022"), QStringLiteral("Autumn 2022")});
    REQUIRE(chart.series.size() == 1);
    const ReportFigures::Chart::Series& meetings = chart.series.first();
    CHECK(meetings.name == QStringLiteral("Möten i Operativa gruppen"));
    // Each term's meetings as the file holds them, six planned a term (twelve a year, by its days).
    int held = 0;
    for (int term = 0; term < 4; ++term) {
        const int year = 2021 + term / 2;
        int inTerm = 0;
        for (int month = term % 2 == 0 ? 1 : 7; month <= (term % 2 == 0 ? 6 : 12); ++month)
            inTerm += demo.meetingsIn(year, month);
        INFO("term " << term);
        CHECK(meetings.done.at(term) == inTerm);
        CHECK(meetings.planned.at(term) == Approx(6).margin(0.1));
        held += inTerm;
    }
    // The chart's terms add up to the table's total: one count, two ways of slicing it.
    REQUIRE(og.progress.targets.size() == 1);
    CHECK(held == og.progress.targets.first().done);
    double planned = 0;
    for (double step : meetings.planned)
        planned += step;
    CHECK(planned == Approx(og.progress.targets.first().planned));
}

TEST_CASE("School visits are charted as the target counts them, tobacco as one chart of compliance",
          "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();

    const ReportFigures::Promise& drugs =
        promiseTitled(figures, QStringLiteral("Riktat arbete mot narkotika"));
    REQUIRE(drugs.charts.size() == 2);
    const ReportFigures::Chart& visits = drugs.charts.at(0);
    CHECK(visits.kind == ReportFigures::Chart::Kind::Counts);
    REQUIRE(visits.series.size() == 1);
    CHECK(visits.series.first().name == QStringLiteral("Besök per skola och termin"));
    // Each school counted up to its two visits a term, as "24 of 24" counts them: never the raw visits.
    int counted = 0;
    for (int done : visits.series.first().done)
        counted += done;
    REQUIRE(drugs.progress.targets.size() == 2);
    CHECK(counted == drugs.progress.targets.at(0).done);
    CHECK(visits.series.first().planned.first() == Approx(6)); // three schools, two visits each

    const ReportFigures::Promise& tobacco =
        promiseTitled(figures, QStringLiteral("Tobakstillsyn och kontrollköp"));
    REQUIRE(tobacco.charts.size() == 1);
    const ReportFigures::Chart& compliance = tobacco.charts.first();
    CHECK(compliance.kind == ReportFigures::Chart::Kind::Compliance);
    REQUIRE(compliance.compliance.size() == 2);
    CHECK(compliance.compliance.at(0).label == QStringLiteral("2021"));
    CHECK(compliance.compliance.at(1).label == QStringLiteral("2022"));
    int purchases = 0;
    for (const Compliance::Slice& slice : compliance.compliance)
        purchases += slice.purchases;
    CHECK(purchases == scalar(*demo.document, QStringLiteral("SELECT count(*) FROM test_purchases")).toInt());
}

TEST_CASE("The watch promise counts the new areas by the day each started, one chart per register",
          "[report][figures][watch]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();
    const ReportFigures::Promise& watch = promiseTitled(figures, QStringLiteral("Grannsamverkan"));
    const PromiseProgress::Target* areas = nullptr;
    for (const PromiseProgress::Target& target : watch.progress.targets) {
        if (target.progress.target.value(QStringLiteral("source")).toString() ==
            QStringLiteral("watch_areas"))
            areas = &target;
    }
    REQUIRE(areas);
    // The areas of the demo that started in 2021–2022, none of them linked to anything.
    const int started =
        scalar(*demo.document, QStringLiteral("SELECT count(*) FROM watch_areas WHERE started_on BETWEEN "
                                              "'2021-01-01' AND '2022-12-31'"))
            .toInt();
    CHECK(started == 4);
    CHECK(areas->done == started);
    CHECK(areas->planned == Approx(4));
    // The areas in one chart, the three kinds of events (trainings, newsletters, fire safety) in another.
    REQUIRE(watch.charts.size() == 2);
    const ReportFigures::Chart* areaChart = nullptr;
    const ReportFigures::Chart* eventChart = nullptr;
    for (const ReportFigures::Chart& chart : watch.charts)
        (chart.table == QStringLiteral("watch_areas") ? areaChart : eventChart) = &chart;
    REQUIRE(areaChart);
    REQUIRE(eventChart);
    CHECK(areaChart->series.first().done == QList<int>{1, 1, 1, 1});
    CHECK(areaChart->series.first().planned.first() == Approx(1).epsilon(0.02)); // four in four terms
    CHECK(eventChart->series.size() == 3);
    // The key figures of the watch's registers go with it: the households joined.
    bool households = false;
    for (const KeyFigures::Figure& figure : watch.keyFigures)
        households = households || figure.label.contains(QStringLiteral("Households"));
    CHECK(households);
}

TEST_CASE("The previous assessment is the one at the end of the tertial before, from the same first date",
          "[report][figures][previous]") {
    DemoReport demo;
    SECTION("Up to 2021-08-31: as of 2021-04-30") {
        const ReportFigures figures = demo.gather(QDate(2021, 1, 1), QDate(2021, 8, 31));
        CHECK(figures.previousOn == QDate(2021, 4, 30));
        const ReportFigures::Promise& og = promiseTitled(figures, QStringLiteral("Operativa gruppen"));
        REQUIRE(og.previous);
        auto before =
            PromiseProgress::of(demo.repository, demo.period(), QDate(2021, 1, 1), QDate(2021, 4, 30));
        REQUIRE(before.ok());
        for (const PromiseProgress::Line& line : *before) {
            if (line.promise.id != og.progress.promise.id)
                continue;
            CHECK(og.previous->light == line.light);
            REQUIRE(og.previous->targets.size() == 1);
            CHECK(og.previous->targets.first().done == line.targets.first().done);
            CHECK(og.previous->targets.first().shown() == line.targets.first().shown());
        }
        // Tertials within one year: T1 and T2 2021.
        REQUIRE(figures.slices.size() == 2);
        CHECK(figures.slices.at(1).label == QStringLiteral("T2 2021"));
        REQUIRE(og.slices.size() == 2);
        CHECK(og.slices.at(0).targets.first().done + og.slices.at(1).targets.first().done ==
              og.progress.targets.first().done);
    }
    SECTION("The whole period: as of 2022-08-31, compared year by year") {
        const ReportFigures figures = demo.gather();
        CHECK(figures.previousOn == QDate(2022, 8, 31));
        REQUIRE(figures.slices.size() == 2);
        CHECK(figures.slices.at(0).label == QStringLiteral("2021"));
        for (const ReportFigures::Promise& promise : figures.promises)
            CHECK(promise.previous.has_value());
    }
    SECTION("Up to the end of the first tertial: the point before lies before the first date") {
        const ReportFigures figures = demo.gather(QDate(2021, 1, 1), QDate(2021, 4, 30));
        CHECK_FALSE(figures.previousOn.isValid());
        for (const ReportFigures::Promise& promise : figures.promises)
            CHECK_FALSE(promise.previous.has_value());
    }
}

TEST_CASE("A promise without a counted target shows what its registers say", "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();
    const ReportFigures::Promise& situation =
        promiseTitled(figures, QStringLiteral("Lägesbild över otrygga platser"));
    CHECK(situation.progress.targets.isEmpty());
    // Nothing is linked to it, and no target counts the unsafe places: the lägesbild goes with it.
    REQUIRE_FALSE(situation.keyFigures.isEmpty());
    CHECK(situation.keyFigures.first().tables.contains(QStringLiteral("places")));
    CHECK(figures.municipality.value(QStringLiteral("report_sender")).toString() == figures.sender());
}

TEST_CASE("The report's indicators are the municipality's, each with its trend", "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();
    CHECK(figures.indicators.size() ==
          scalar(*demo.document, QStringLiteral("SELECT count(*) FROM indicators")).toInt());
    const IndicatorTrend& burglaries = indicatorNamed(figures, QStringLiteral("Anmälda bostadsinbrott"));
    REQUIRE(burglaries.points.size() == 5);
    CHECK(burglaries.points.first().year == 2018);
    CHECK(burglaries.points.first().value == Approx(74));
    CHECK(burglaries.points.last().year == 2022);
    CHECK(burglaries.points.last().value == Approx(57));
    REQUIRE(burglaries.baseline);
    CHECK(burglaries.baseline->year == 2020);
    CHECK(burglaries.baseline->value == Approx(68));
    REQUIRE(burglaries.target);
    CHECK(burglaries.target->value == Approx(55));
    // Quarters stay quarters.
    const IndicatorTrend& centre = indicatorNamed(figures, QStringLiteral("Anmälda brott i Salems centrum"));
    REQUIRE(centre.points.size() == 8);
    CHECK(centre.points.at(1).quarter == 2);
    CHECK(centre.points.at(1).value == Approx(47));
}

TEST_CASE("The report says when its dates miss the period or the period is gone", "[report][figures]") {
    DemoReport demo;
    auto outside =
        ReportFigures::gather(demo.repository, {demo.period(), QDate(2024, 1, 1), QDate(2024, 6, 30), {}});
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.message().contains(QStringLiteral("2021–2022")));
    CHECK(outside.message().contains(QStringLiteral("2024-01-01")));

    auto gone = ReportFigures::gather(demo.repository, {demo.period() + 100, {}, {}, {}});
    CHECK_FALSE(gone.ok());
}
