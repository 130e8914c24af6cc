#include "../police/policefixture.h"
#include "progress/activityfigures.h"

using namespace lk;
using namespace lk::test;

namespace {

void addControls(const PoliceFile& police, const QList<QDate>& days) {
    for (const QDate& day : days)
        insertRecord(police.repository, PoliceRegisters::trafficControls(),
                     trafficControlValues(police.municipality, day, police.trafficPromise));
}

Record trafficTarget(const PoliceFile& police, int quantity, const QString& per, const QString& months = {}) {
    QVariantMap values =
        countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), quantity, per);
    if (!months.isEmpty())
        values.insert(QStringLiteral("months"), months);
    return insertRecord(police.repository, PromiseRegisters::targets(), values);
}

ActivityFigures::Series figures(const PoliceFile& police, const QDate& from, const QDate& to,
                                ActivityFigures::Step step) {
    auto series = ActivityFigures::of(police.repository, PoliceRegisters::trafficControls(),
                                      police.municipality, police.period, from, to, step);
    INFO(series.message().toStdString());
    REQUIRE(series.ok());
    return *series;
}

} // namespace

TEST_CASE("Activity figures count a register per tertial, T1 January–April, T2 May–August, T3 "
          "September–December",
          "[progress][rhythm]") {
    PoliceFile police;
    trafficTarget(police, 6, QStringLiteral("tertial"));
    addControls(police, {QDate(2021, 1, 1), QDate(2021, 4, 30), QDate(2021, 5, 1), QDate(2021, 8, 31),
                         QDate(2021, 9, 1), QDate(2021, 12, 31), QDate(2022, 1, 3)});
    const ActivityFigures::Series series =
        figures(police, QDate(2021, 3, 15), QDate(2021, 12, 31), ActivityFigures::Step::Tertial);
    CHECK(series.labels ==
          QStringList{QStringLiteral("T1 2021"), QStringLiteral("T2 2021"), QStringLiteral("T3 2021")});
    CHECK(series.starts == QList<QDate>{QDate(2021, 1, 1), QDate(2021, 5, 1), QDate(2021, 9, 1)});
    CHECK(series.counts == QList<int>{1, 2, 2}); // the first of January lies before the dates
    CHECK(series.targetPerStep == Approx(6));
    // The first tertial only from the dates' start: 47 of its 120 days.
    REQUIRE(series.targetSteps.size() == 3);
    CHECK(series.targetSteps.at(0) == Approx(6.0 * 47 / 120));
    CHECK(series.targetSteps.at(1) == Approx(6));
    CHECK(series.targetSteps.at(2) == Approx(6));
    // A year's target per tertial is a third of it; a term's, two thirds.
    trafficTarget(police, 12, QStringLiteral("ar"));
    trafficTarget(police, 3, QStringLiteral("termin"));
    CHECK(figures(police, QDate(2021, 1, 1), QDate(2021, 12, 31), ActivityFigures::Step::Tertial)
              .targetPerStep == Approx(6 + 4 + 2));
}

TEST_CASE("The target per step follows the months of the work, and is nothing outside them and the period",
          "[progress][rhythm]") {
    PoliceFile police;
    trafficTarget(police, 1, QStringLiteral("ar"), QStringLiteral("11"));
    const ActivityFigures::Series months =
        figures(police, QDate(2021, 1, 1), QDate(2021, 12, 31), ActivityFigures::Step::Month);
    REQUIRE(months.targetSteps.size() == 12);
    for (int i = 0; i < 12; ++i) {
        INFO("month " << i + 1);
        CHECK(months.targetSteps.at(i) == Approx(i == 10 ? 1 : 0));
    }
    // The even share stays as it was, for the charts that still draw it.
    CHECK(months.targetPerStep == Approx(1.0 / 12));

    const ActivityFigures::Series terms =
        figures(police, QDate(2021, 1, 1), QDate(2022, 12, 31), ActivityFigures::Step::Term);
    CHECK(terms.targetSteps == QList<double>{0, 1, 0, 1});

    // Cut to the dates: the second half of November; before the period (2020) nothing.
    const ActivityFigures::Series cut =
        figures(police, QDate(2020, 11, 1), QDate(2021, 11, 15), ActivityFigures::Step::Month);
    REQUIRE(cut.targetSteps.size() == 13);
    CHECK(cut.targetSteps.first() == 0);
    CHECK(cut.targetSteps.last() == Approx(0.5));

    // Several targets add up, each by its own months.
    trafficTarget(police, 4, QStringLiteral("ar"), QStringLiteral("3,4"));
    const ActivityFigures::Series both =
        figures(police, QDate(2021, 1, 1), QDate(2021, 12, 31), ActivityFigures::Step::Tertial);
    REQUIRE(both.targetSteps.size() == 3);
    CHECK(both.targetSteps.at(0) == Approx(4));
    CHECK(both.targetSteps.at(1) == 0);
    CHECK(both.targetSteps.at(2) == Approx(1));
}

TEST_CASE("Without a period or a target the target per step is nothing, step by step", "[progress][rhythm]") {
    PoliceFile police;
    addControls(police, {QDate(2021, 2, 1)});
    auto none =
        ActivityFigures::of(police.repository, PoliceRegisters::trafficControls(), police.municipality, 0,
                            QDate(2021, 1, 1), QDate(2021, 3, 31), ActivityFigures::Step::Month);
    REQUIRE(none.ok());
    CHECK(none->counts == QList<int>{0, 1, 0});
    CHECK(none->targetSteps == QList<double>{0, 0, 0});
    const ActivityFigures::Series untargeted =
        figures(police, QDate(2021, 1, 1), QDate(2021, 3, 31), ActivityFigures::Step::Month);
    CHECK(untargeted.targetSteps == QList<double>{0, 0, 0});
}
