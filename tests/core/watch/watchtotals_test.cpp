#include "watch/watchtotals.h"
#include "watchfixture.h"

using namespace lk;
using namespace lk::test;

TEST_CASE("Totals for a date range count the areas active in it, their households and the events held",
          "[watch]") {
    WatchFile watch; // Rönninge by: villas, 100 households, 60 joined, since 2019
    insertRecord(watch.repository, WatchRegisters::areas(),
                 areaValues(watch.municipality, QStringLiteral("Brf Ekdungen"),
                            QStringLiteral("flerbostadshus"), 120, 54, QDate(2022, 2, 15)));
    insertRecord(watch.repository, WatchRegisters::areas(),
                 merged(areaValues(watch.municipality, QStringLiteral("Skogsängen"), QStringLiteral("villa"),
                                   48, 20, QDate(2016, 5, 30)),
                        {{QStringLiteral("status"), QStringLiteral("vilande")},
                         {QStringLiteral("ended_on"), QDate(2021, 5, 1)}}));
    // Another municipality's area never counts.
    insertRecord(watch.repository, WatchRegisters::areas(),
                 areaValues(watch.otherMunicipality(), QStringLiteral("Annanstans")));
    for (const auto& [day, kind] :
         {std::pair{QDate(2021, 3, 14), "utbildning"}, std::pair{QDate(2021, 4, 2), "nyhetsbrev"},
          std::pair{QDate(2021, 6, 2), "nyhetsbrev"}, std::pair{QDate(2022, 3, 10), "utbildning"},
          std::pair{QDate(2022, 11, 20), "brandskydd"}})
        insertRecord(watch.repository, WatchRegisters::events(),
                     eventValues(watch.area.id, day, QString::fromLatin1(kind)));

    SECTION("2021: the villas and the area that went dormant in May; the apartments had not started") {
        auto totals =
            WatchTotals::of(watch.repository, watch.municipality, QDate(2021, 1, 1), QDate(2021, 12, 31));
        REQUIRE(totals.ok());
        CHECK(totals->activeAreas == 2);
        CHECK(totals->flatAreas == 0);
        CHECK(totals->households == 148);
        CHECK(totals->householdsJoined == 80);
        CHECK(totals->flatShare() == 0);
        CHECK(totals->events.value(QStringLiteral("utbildning")) == 1);
        CHECK(totals->events.value(QStringLiteral("nyhetsbrev")) == 2);
        CHECK(totals->events.value(QStringLiteral("brandskydd")) == 0);
    }
    SECTION("2022: the villas and the apartments; the dormant area no longer counts") {
        auto totals =
            WatchTotals::of(watch.repository, watch.municipality, QDate(2022, 1, 1), QDate(2022, 12, 31));
        REQUIRE(totals.ok());
        CHECK(totals->activeAreas == 2);
        CHECK(totals->flatAreas == 1);
        CHECK(totals->householdsJoined == 114);
        CHECK(totals->flatHouseholdsJoined == 54);
        CHECK(totals->flatShare() == Approx(100.0 * 54 / 114));
        CHECK(totals->joinedShare() == Approx(100.0 * 114 / 220));
        CHECK(totals->events.value(QStringLiteral("utbildning")) == 1);
        CHECK(totals->events.value(QStringLiteral("brandskydd")) == 1);
    }
    SECTION("The day the area went dormant it no longer counts; the day before it does") {
        auto onTheDay =
            WatchTotals::of(watch.repository, watch.municipality, QDate(2021, 5, 1), QDate(2021, 5, 1));
        auto before =
            WatchTotals::of(watch.repository, watch.municipality, QDate(2021, 4, 30), QDate(2021, 4, 30));
        REQUIRE(onTheDay.ok());
        REQUIRE(before.ok());
        CHECK(onTheDay->activeAreas == 1);
        CHECK(before->activeAreas == 2);
    }
    SECTION("A range with nothing in it") {
        auto totals =
            WatchTotals::of(watch.repository, watch.municipality, QDate(2010, 1, 1), QDate(2010, 12, 31));
        REQUIRE(totals.ok());
        CHECK(totals->activeAreas == 0);
        CHECK(totals->flatShare() < 0);
        CHECK(totals->events.isEmpty());
    }
}
