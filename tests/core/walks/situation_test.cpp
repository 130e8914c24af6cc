#include "walkfixture.h"
#include "walks/situation.h"

using namespace lk;
using namespace lk::test;

namespace {

QStringList levelsOf(const QList<Situation::PlaceState>& states) {
    QStringList lines;
    for (const auto& state : states)
        lines << state.name + u'=' + (state.level.isEmpty() ? QStringLiteral("-") : state.level);
    return lines;
}

} // namespace

TEST_CASE("The lägesbild at a date shows each place's latest assessment on or before it",
          "[walks][situation]") {
    WalkFile file;
    const qint64 tunnel =
        insertRecord(file.repository, WalkRegisters::places(), placeValues(file.municipality)).id;
    const qint64 square = insertRecord(file.repository, WalkRegisters::places(),
                                       placeValues(file.municipality, QStringLiteral("Busstorget"),
                                                   QStringLiteral("ordningsstorning")))
                              .id;
    const qint64 park = insertRecord(file.repository, WalkRegisters::places(),
                                     placeValues(file.municipality, QStringLiteral("Parken")))
                            .id;
    insertRecord(file.repository, WalkRegisters::places(),
                 placeValues(file.municipality, QStringLiteral("Nyss inlagd")));
    insertRecord(file.repository, WalkRegisters::places(),
                 placeValues(file.otherMunicipality(), QStringLiteral("Annan kommun")));
    for (const auto& [place, on, level] :
         {std::tuple{tunnel, QDate(2021, 3, 10), "hog"}, std::tuple{tunnel, QDate(2021, 12, 1), "lag"},
          std::tuple{square, QDate(2021, 3, 10), "medel"}, std::tuple{square, QDate(2022, 4, 20), "hog"},
          std::tuple{park, QDate(2022, 1, 5), "medel"}})
        insertRecord(file.repository, WalkRegisters::placeAssessments(),
                     assessmentValues(place, on, QString::fromLatin1(level)));

    SECTION("Before any assessment only the place never assessed shows") {
        auto states = Situation::at(file.repository, file.municipality, QDate(2021, 1, 1));
        REQUIRE(states.ok());
        CHECK(levelsOf(*states) == QStringList{QStringLiteral("Nyss inlagd=-")});
    }
    SECTION("In the summer of 2021 the tunnel is high, the square medium, the park not yet assessed") {
        auto states = Situation::at(file.repository, file.municipality, QDate(2021, 6, 30));
        REQUIRE(states.ok());
        CHECK(levelsOf(*states) == QStringList{QStringLiteral("Gångtunneln=hog"),
                                               QStringLiteral("Busstorget=medel"),
                                               QStringLiteral("Nyss inlagd=-")});
    }
    SECTION("On the day of a new assessment that one counts") {
        auto states = Situation::at(file.repository, file.municipality, QDate(2021, 12, 1));
        REQUIRE(states.ok());
        CHECK(levelsOf(*states).contains(QStringLiteral("Gångtunneln=lag")));
    }
    SECTION("At the end of 2022: most unsafe first") {
        auto states = Situation::at(file.repository, file.municipality, QDate(2022, 12, 31));
        REQUIRE(states.ok());
        CHECK(levelsOf(*states) ==
              QStringList{QStringLiteral("Busstorget=hog"), QStringLiteral("Parken=medel"),
                          QStringLiteral("Gångtunneln=lag"), QStringLiteral("Nyss inlagd=-")});
    }
    SECTION("What changed during 2021–2022: the tunnel lower, the square higher, the park new") {
        auto changes =
            Situation::changes(file.repository, file.municipality, QDate(2021, 6, 30), QDate(2022, 12, 31));
        REQUIRE(changes.ok());
        QStringList lines;
        for (const auto& change : *changes)
            lines << change.now.name + u':' + change.before + u'>' + change.now.level + u':' +
                         QString::number(int(change.change));
        lines.sort();
        CHECK(lines == QStringList{QStringLiteral("Busstorget:medel>hog:1"),
                                   QStringLiteral("Gångtunneln:hog>lag:2"),
                                   QStringLiteral("Parken:>medel:0")});
    }
}

TEST_CASE("The demo's lägesbild moves over the two years", "[walks][situation][demo]") {
    WalkDemoFile demo;
    auto early = Situation::at(demo.repository, demo.municipality, QDate(2021, 6, 30));
    auto late = Situation::at(demo.repository, demo.municipality, QDate(2022, 12, 31));
    REQUIRE(early.ok());
    REQUIRE(late.ok());
    CHECK(early->size() == 3);
    CHECK(late->size() == 9);
    CHECK(late->first().level == QStringLiteral("hog"));
}
