#include "../police/policefixture.h"
#include "promises/countsfor.h"

using namespace lk;
using namespace lk::test;

TEST_CASE(
    "An activity dated outside its promise's period is refused, naming the period, and nothing is written",
    "[promises][police]") {
    PoliceFile police;
    for (const auto& [spec, values] : police.activities()) {
        INFO(spec->table.toStdString());
        QVariantMap outside = values;
        outside.insert(spec->dateField, QDate(2023, 2, 1));
        auto added = police.document->insert(*spec, recordOf(outside));
        REQUIRE_FALSE(added.ok());
        CHECK_THAT(added.message().toStdString(), mentions(QStringLiteral("2023-02-01")));
        CHECK_THAT(added.message().toStdString(), mentions(QStringLiteral("2021–2022")));
        CHECK(rowCount(police.repository, spec->table) == 0);
        // Without a promise it is kept.
        outside.remove(QStringLiteral("promise_id"));
        CHECK(police.document->insert(*spec, recordOf(outside)).ok());
    }
}

TEST_CASE("Moving a stored activity out of its promise's period is refused and leaves it as it was",
          "[promises][police]") {
    PoliceFile police;
    auto added = police.document->insert(
        PoliceRegisters::trafficControls(),
        recordOf(trafficControlValues(police.municipality, QDate(2022, 12, 1), police.trafficPromise)));
    REQUIRE(added.ok());
    auto moved = police.document->update(PoliceRegisters::trafficControls(), added->uuid,
                                         {{QStringLiteral("held_on"), QDate(2023, 1, 10)}});
    REQUIRE_FALSE(moved.ok());
    CHECK(scalar(*police.document, QStringLiteral("SELECT held_on FROM traffic_controls")).toString() ==
          QStringLiteral("2022-12-01"));
}

TEST_CASE("An activity is offered the promises of its own period, and a new one counts for the promise whose "
          "target counts its kind",
          "[promises][police]") {
    PoliceFile police;
    insertRecord(
        police.repository, PromiseRegisters::targets(),
        countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 40, QStringLiteral("ar")));
    auto choices = CountsFor::choices(police.repository, PoliceRegisters::trafficControls(),
                                      police.municipality, QDate(2022, 5, 1), 0, 0);
    REQUIRE(choices.ok());
    CHECK(choices->periodId == police.period);
    CHECK(choices->promises.size() == 8);
    CHECK(choices->countingPromise == police.trafficPromise);
    CHECK(choices->defaultOn(QDate(2022, 5, 1)) == police.trafficPromise);
    // A day after the period counts for none.
    CHECK(choices->defaultOn(QDate(2023, 1, 1)) == 0);
    // Visits are counted by no target of the template.
    auto visits = CountsFor::choices(police.repository, PoliceRegisters::visits(), police.municipality,
                                     QDate(2022, 5, 1), 0, 0);
    REQUIRE(visits.ok());
    CHECK(visits->countingPromise == 0);
}
