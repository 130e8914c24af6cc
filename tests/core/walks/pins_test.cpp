#include "mapfixture.h"
#include "walks/pins.h"

using namespace lk;
using namespace lk::test;

namespace {

QList<Pins::Pin> onMap(const MapFile& f, qint64 map, const QDate& today, qint64 walk = 0) {
    auto pins = Pins::onMap(f.repository, map, today, walk);
    INFO(pins.message().toStdString());
    REQUIRE(pins.ok());
    return *pins;
}

// "table:title=state" for each pin, in the order given: what a failure prints.
QStringList described(const QList<Pins::Pin>& pins) {
    QStringList lines;
    for (const Pins::Pin& pin : pins)
        lines << pin.table + u':' + pin.title + u'=' + Pins::codeOf(pin.state);
    return lines;
}

} // namespace

TEST_CASE("A place pin takes its state from the latest assessment up to the day shown", "[map]") {
    MapFile f;
    const Record tunnel = f.place(QStringLiteral("Gångtunneln"), f.map.id, 0.25, 0.5);
    f.assess(tunnel, QDate(2021, 3, 10), QStringLiteral("hog"));
    f.assess(tunnel, QDate(2022, 1, 12), QStringLiteral("lag"));
    const Record square = f.place(QStringLiteral("Busstorget"), f.map.id, 0.5, 0.5);
    f.assess(square, QDate(2021, 5, 4), QStringLiteral("lag"));
    f.assess(square, QDate(2022, 2, 1), QStringLiteral("medel"));
    // Assessed only after the day shown: not assessed yet on that day.
    const Record park = f.place(QStringLiteral("Säbyparken"), f.map.id, 0.75, 0.5);
    f.assess(park, QDate(2022, 9, 1), QStringLiteral("hog"));
    f.place(QStringLiteral("Lekplatsen"), f.map.id, 0.1, 0.9);
    // Not on this map, or on none: not among its pins.
    const Record other = insertRecord(f.repository, WalkRegisters::maps(),
                                      mapValues(f.municipality, QStringLiteral("Rönninge")));
    f.place(QStringLiteral("Stationen"), other.id, 0.3, 0.3);
    f.place(QStringLiteral("Idrottsplatsen"));

    const QList<Pins::Pin> pins = onMap(f, f.map.id, QDate(2022, 6, 1));
    CHECK(described(pins) == QStringList{QStringLiteral("places:Gångtunneln=lag"),
                                         QStringLiteral("places:Busstorget=medel"),
                                         QStringLiteral("places:Säbyparken=ej_bedomd"),
                                         QStringLiteral("places:Lekplatsen=ej_bedomd")});
    REQUIRE(pins.size() == 4);
    CHECK(pins[0].id == tunnel.id);
    CHECK(pins[0].uuid == tunnel.uuid);
    CHECK(pins[0].x == Approx(0.25));
    CHECK(pins[0].y == Approx(0.5));

    // A year earlier the tunnel was the worst place, and the square not yet of concern.
    CHECK(described(onMap(f, f.map.id, QDate(2021, 6, 1))) ==
          QStringList{QStringLiteral("places:Gångtunneln=hog"), QStringLiteral("places:Busstorget=lag"),
                      QStringLiteral("places:Säbyparken=ej_bedomd"),
                      QStringLiteral("places:Lekplatsen=ej_bedomd")});
    // Two assessments on the same day: the one entered last counts.
    f.assess(square, QDate(2022, 2, 1), QStringLiteral("hog"));
    CHECK(Pins::codeOf(onMap(f, f.map.id, QDate(2022, 6, 1))[1].state) == QStringLiteral("hog"));
}

TEST_CASE("An observation pin takes its state from its action's status and due date", "[map]") {
    MapFile f;
    const QDate today(2022, 6, 1);
    f.observation(QStringLiteral("Trygg plats\nFolk i rörelse till sent."), f.map.id, 0.1, 0.1);
    f.observation(QStringLiteral("Trasig lampa"), f.map.id, 0.2, 0.1, QStringLiteral("oppen"),
                  QDate(2022, 10, 5));
    f.observation(QStringLiteral("Buskage"), f.map.id, 0.3, 0.1, QStringLiteral("pagar"), QDate(2022, 5, 31));
    f.observation(QStringLiteral("Klotter"), f.map.id, 0.4, 0.1, QStringLiteral("oppen"), QDate(2022, 1, 5));
    f.observation(QStringLiteral("Glaskross"), f.map.id, 0.5, 0.1, QStringLiteral("atgardad"),
                  QDate(2022, 1, 5));
    f.observation(QStringLiteral("Skymd sikt"), f.map.id, 0.6, 0.1, QStringLiteral("avvisad"),
                  QDate(2022, 1, 5));
    // Due today is not yet late.
    f.observation(QStringLiteral("Snöröjning"), f.map.id, 0.7, 0.1, QStringLiteral("pagar"), today);
    f.observation(QStringLiteral("Utan nål"));
    // A place is listed before the observations, whatever the order they were entered in.
    f.place(QStringLiteral("Tunneln"), f.map.id, 0.9, 0.9);

    CHECK(described(onMap(f, f.map.id, today)) ==
          QStringList{QStringLiteral("places:Tunneln=ej_bedomd"),
                      QStringLiteral("observations:Trygg plats=ingen_atgard"),
                      QStringLiteral("observations:Trasig lampa=oppen"),
                      QStringLiteral("observations:Buskage=forsenad"),
                      QStringLiteral("observations:Klotter=forsenad"),
                      QStringLiteral("observations:Glaskross=atgardad"),
                      QStringLiteral("observations:Skymd sikt=avvisad"),
                      QStringLiteral("observations:Snöröjning=oppen")});
    // Another walk's observation on the same map shows with every walk's, not with this walk's alone.
    const Record otherWalk =
        insertRecord(f.repository, WalkRegisters::walks(), walkOn(f.municipality, QDate(2022, 9, 1)));
    insertRecord(f.repository, WalkRegisters::observations(),
                 observationOnMap(otherWalk.id, QStringLiteral("Annan vandring"), f.map.id, 0.9, 0.1));
    CHECK(onMap(f, f.map.id, today).size() == 9);
    CHECK(described(onMap(f, f.map.id, today, otherWalk.id)) ==
          QStringList{QStringLiteral("places:Tunneln=ej_bedomd"),
                      QStringLiteral("observations:Annan vandring=ingen_atgard")});
}

TEST_CASE("What waits for a pin is the municipality's places and the chosen walk's observations without one",
          "[map][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    MapFile f(engine);
    const Record plain = f.place(QStringLiteral("Vägen"));
    const Record last = f.place(QStringLiteral("Ängen"));
    const Record first = f.place(QStringLiteral("Allén"));
    f.assess(first, QDate(2022, 1, 1), QStringLiteral("hog"));
    f.place(QStringLiteral("Torget"), f.map.id, 0.5, 0.5);
    const qint64 elsewhere = f.otherMunicipality();
    insertRecord(f.repository, WalkRegisters::places(),
                 placeOnMap(elsewhere, QStringLiteral("Botkyrka torg")));
    const Record loose =
        f.observation(QStringLiteral("Trasig lampa"), 0, 0, 0, QStringLiteral("oppen"), QDate(2022, 10, 5));
    f.observation(QStringLiteral("Redan utsatt"), f.map.id, 0.2, 0.2);
    const Record otherWalk =
        insertRecord(f.repository, WalkRegisters::walks(), walkOn(f.municipality, QDate(2022, 9, 1)));
    insertRecord(f.repository, WalkRegisters::observations(),
                 observationOnMap(otherWalk.id, QStringLiteral("Annan vandring")));

    auto pins = Pins::unpinned(f.repository, f.municipality, f.walk.id, QDate(2022, 6, 1));
    INFO(pins.message().toStdString());
    REQUIRE(pins.ok());
    // Swedish order: Å, Ä and Ö come after Z.
    CHECK(described(*pins) == QStringList{QStringLiteral("places:Allén=hog"),
                                          QStringLiteral("places:Vägen=ej_bedomd"),
                                          QStringLiteral("places:Ängen=ej_bedomd"),
                                          QStringLiteral("observations:Trasig lampa=oppen")});
    REQUIRE(pins->size() == 4);
    CHECK(pins->at(1).id == plain.id);
    CHECK(pins->at(2).id == last.id);
    CHECK(pins->at(3).id == loose.id);

    // Without a walk, places only.
    auto placesOnly = Pins::unpinned(f.repository, f.municipality, 0, QDate(2022, 6, 1));
    REQUIRE(placesOnly.ok());
    CHECK(placesOnly->size() == 3);
}
