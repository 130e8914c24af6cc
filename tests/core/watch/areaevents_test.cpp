#include "watch/areaevents.h"
#include "watchfixture.h"

using namespace lk;
using namespace lk::test;

TEST_CASE("An area's events are summed up by kind, with how many and the latest day", "[watch]") {
    WatchFile watch;
    const Record other = insertRecord(watch.repository, WatchRegisters::areas(),
                                      areaValues(watch.municipality, QStringLiteral("Säbyholm")));
    for (const auto& [day, kind] :
         {std::pair{QDate(2021, 3, 14), "utbildning"}, std::pair{QDate(2022, 4, 2), "nyhetsbrev"},
          std::pair{QDate(2021, 9, 14), "utbildning"}, std::pair{QDate(2021, 6, 2), "nyhetsbrev"},
          std::pair{QDate(2021, 11, 20), "brandskydd"}})
        insertRecord(watch.repository, WatchRegisters::events(),
                     eventValues(watch.area.id, day, QString::fromLatin1(kind)));
    // Another area's events never count.
    insertRecord(watch.repository, WatchRegisters::events(),
                 eventValues(other.id, QDate(2022, 10, 1), QStringLiteral("utbildning")));

    auto kinds = AreaEvents::of(watch.repository, watch.area.id);
    REQUIRE(kinds.ok());
    REQUIRE(kinds->size() == 3);
    CHECK(kinds->at(0).code == QStringLiteral("brandskydd"));
    CHECK(kinds->at(0).count == 1);
    CHECK(kinds->at(0).latest == QDate(2021, 11, 20));
    CHECK(kinds->at(1).code == QStringLiteral("nyhetsbrev"));
    CHECK(kinds->at(1).count == 2);
    CHECK(kinds->at(1).latest == QDate(2022, 4, 2));
    CHECK(kinds->at(2).code == QStringLiteral("utbildning"));
    CHECK(kinds->at(2).count == 2);
    CHECK(kinds->at(2).latest == QDate(2021, 9, 14));

    auto none =
        AreaEvents::of(watch.repository, insertRecord(watch.repository, WatchRegisters::areas(),
                                                      areaValues(watch.municipality, QStringLiteral("Ny")))
                                             .id);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    REQUIRE(sql::run(watch.repository.database(), QStringLiteral("DROP TABLE watch_events")).ok());
    CHECK_FALSE(AreaEvents::of(watch.repository, watch.area.id).ok());
}
