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

TEST_CASE("The chart of Operativa gruppen's meetings counts each month against one a month",
          "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();
    const ReportFigures::Promise& og = promiseTitled(figures, QStringLiteral("Operativa gruppen"));
    REQUIRE(og.charts.size() == 1);
    const ReportFigures::Chart& chart = og.charts.first();
    CHECK(chart.kind == ReportFigures::Chart::Kind::PerMonth);
    CHECK(chart.counted == QStringLiteral("Möten i Operativa gruppen"));
    REQUIRE(chart.counts.starts.size() == 24);
    REQUIRE(chart.counts.counts.size() == 24);
    CHECK(chart.counts.starts.first() == QDate(2021, 1, 1));
    CHECK(chart.counts.starts.last() == QDate(2022, 12, 1));
    for (qsizetype at = 0; at < chart.counts.starts.size(); ++at) {
        const QDate month = chart.counts.starts.at(at);
        INFO(month.toString(Qt::ISODate).toStdString());
        CHECK(chart.counts.counts.at(at) == demo.meetingsIn(month.year(), month.month()));
    }
    // No meeting in July 2021 (the status report says so), one in most months.
    CHECK(chart.counts.counts.at(6) == 0);
    CHECK(chart.counts.counts.first() == 1);
    CHECK(chart.counts.targetPerStep == Approx(1.0));
}

TEST_CASE("School visits are charted per term, tobacco as one chart of compliance per year",
          "[report][figures]") {
    DemoReport demo;
    const ReportFigures figures = demo.gather();

    const ReportFigures::Promise& drugs =
        promiseTitled(figures, QStringLiteral("Riktat arbete mot narkotika"));
    REQUIRE(drugs.charts.size() == 2);
    const ReportFigures::Chart& visits = drugs.charts.at(0);
    CHECK(visits.kind == ReportFigures::Chart::Kind::PerTerm);
    CHECK(visits.counted == QStringLiteral("Besök per skola och termin"));
    CHECK(visits.counts.starts ==
          QList<QDate>{QDate(2021, 1, 1), QDate(2021, 7, 1), QDate(2022, 1, 1), QDate(2022, 7, 1)});
    int visitsCounted = 0;
    for (int count : visits.counts.counts)
        visitsCounted += count;
    CHECK(visitsCounted == scalar(*demo.document, QStringLiteral("SELECT count(*) FROM visits")).toInt());
    // Fifteen operations a year are enough for a chart of months.
    CHECK(drugs.charts.at(1).kind == ReportFigures::Chart::Kind::PerMonth);
    CHECK(drugs.charts.at(1).counts.targetPerStep == Approx(15.0 / 12));

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

TEST_CASE("The watch promise counts the new areas by the day each started, charted per term",
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
    // Four in two years is too rare for a chart of months; the traffic controls' 100 a period are not.
    bool charted = false;
    for (const ReportFigures::Chart& chart : watch.charts) {
        if (chart.counted != QStringLiteral("Nya grannsamverkansområden"))
            continue;
        charted = true;
        CHECK(chart.kind == ReportFigures::Chart::Kind::PerTerm);
        CHECK(chart.counts.counts == QList<int>{1, 1, 1, 1});
        CHECK(chart.counts.targetPerStep == Approx(1).epsilon(0.01)); // four in about four terms
    }
    CHECK(charted);
    const ReportFigures::Promise& traffic = promiseTitled(figures, QStringLiteral("Trafikkontroller"));
    REQUIRE(traffic.charts.size() == 1);
    CHECK(traffic.charts.first().kind == ReportFigures::Chart::Kind::PerMonth);
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
