#include "../walks/walkfixture.h"
#include "catchqt.h"
#include "cli/recordchoice.h"
#include "twomunicipalities.h"

using namespace lk;
using namespace lk::test;

namespace {

using Fit = RecordChoice::Fit;

RecordChoice periodNamed(const Repository& repository, const QString& municipality, const QString& name) {
    auto found = RecordChoice::period(repository, municipality, name);
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    return *found;
}

RecordChoice walkNamed(const Repository& repository, const QString& municipality, const QString& dateOrUuid) {
    auto found = RecordChoice::walk(repository, municipality, dateOrUuid);
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    return *found;
}

QStringList municipalitiesOf(const RecordChoice& choice) {
    QStringList names;
    for (const RecordChoice::Option& option : choice.choices)
        names << option.municipality;
    return names;
}

} // namespace

TEST_CASE("A period name two municipalities share is not chosen but answered with both", "[cli][choice]") {
    TwoMunicipalities file;
    const RecordChoice both = periodNamed(file.repository, {}, QStringLiteral("2021–2022"));
    CHECK(both.fit == Fit::Several);
    CHECK(both.record.id == 0);
    CHECK(municipalitiesOf(both) ==
          QStringList{QStringLiteral("Salems kommun"), QStringLiteral("Huddinge kommun")});
    CHECK_THAT(both.message.toStdString(), mentions(QStringLiteral("Salems kommun")));
    CHECK_THAT(both.message.toStdString(), mentions(QStringLiteral("Huddinge kommun")));
    CHECK_THAT(both.message.toStdString(), mentions(QStringLiteral("--municipality")));

    // The municipality chooses, by its name in any case or by its UUID.
    const RecordChoice huddinge =
        periodNamed(file.repository, QStringLiteral("huddinge KOMMUN"), QStringLiteral("2021–2022"));
    REQUIRE(huddinge.isOne());
    CHECK(huddinge.record.id == file.huddingePeriod);
    // The hyphen a keyboard types stands for the en dash of the stored name, and still fits both.
    CHECK(periodNamed(file.repository, {}, QStringLiteral("2021-2022")).fit == Fit::Several);
    const RecordChoice salem =
        periodNamed(file.repository, QStringLiteral(" Salems kommun "), QStringLiteral("2021-2022"));
    REQUIRE(salem.isOne());
    CHECK(salem.record.id == file.period);
    auto municipality = file.repository.findById(PromiseRegisters::municipalities(), file.huddinge);
    REQUIRE((municipality.ok() && *municipality));
    CHECK(periodNamed(file.repository, (*municipality)->uuid, QStringLiteral("2021–2022")).record.id ==
          file.huddingePeriod);
}

TEST_CASE("A period only one municipality has is found without naming the municipality", "[cli][choice]") {
    TwoMunicipalities file;
    const qint64 later =
        insertRecord(file.repository, PromiseRegisters::periods(),
                     periodValues(file.huddinge, QStringLiteral("2023-01-01"), QStringLiteral("2024-12-31")))
            .id;
    const RecordChoice found = periodNamed(file.repository, {}, QStringLiteral("2023–2024"));
    REQUIRE(found.isOne());
    CHECK(found.record.id == later);
    // By its UUID too, which is what tells two periods of one name in one municipality apart.
    const RecordChoice byUuid = periodNamed(file.repository, {}, found.record.uuid);
    REQUIRE(byUuid.isOne());
    CHECK(byUuid.record.id == later);
    // Named under the wrong municipality, it is not there, and that municipality's periods are listed.
    const RecordChoice wrong =
        periodNamed(file.repository, QStringLiteral("Salems kommun"), QStringLiteral("2023–2024"));
    CHECK(wrong.fit == Fit::None);
    CHECK(wrong.message ==
          QStringLiteral("Salems kommun has no period “2023–2024”. Its periods: 2021–2022."));
}

TEST_CASE("An unknown municipality or period is answered with what the file has", "[cli][choice]") {
    TwoMunicipalities file;
    const RecordChoice nowhere =
        periodNamed(file.repository, QStringLiteral("Nacka"), QStringLiteral("2021–2022"));
    CHECK(nowhere.fit == Fit::None);
    // In the order of their names, as the window lists them.
    CHECK(municipalitiesOf(nowhere) ==
          QStringList{QStringLiteral("Huddinge kommun"), QStringLiteral("Salems kommun")});
    CHECK(nowhere.message ==
          QStringLiteral("There is no municipality “Nacka” in the file. Its municipalities: "
                         "Huddinge kommun, Salems kommun."));

    // Without a municipality, every period is listed under its municipality's name.
    const RecordChoice unknown = periodNamed(file.repository, {}, QStringLiteral("2030"));
    CHECK(unknown.fit == Fit::None);
    CHECK(unknown.choices.size() == 2);
    CHECK(unknown.message ==
          QStringLiteral("There is no period “2030” in the file. Its periods: Salems kommun: "
                         "2021–2022, Huddinge kommun: 2021–2022."));
}

TEST_CASE("With one municipality the municipality need not be named, but a wrong one is still refused",
          "[cli][choice]") {
    SalemFile file;
    const RecordChoice found = periodNamed(file.repository, {}, QStringLiteral("2021–2022"));
    REQUIRE(found.isOne());
    CHECK(found.record.id == file.period);
    CHECK(periodNamed(file.repository, QStringLiteral("salems kommun"), QStringLiteral("2021–2022")).isOne());
    CHECK(periodNamed(file.repository, QStringLiteral("Huddinge"), QStringLiteral("2021–2022")).fit ==
          Fit::None);

    const RecordChoice unknown = periodNamed(file.repository, {}, QStringLiteral("2030"));
    CHECK(unknown.message ==
          QStringLiteral("There is no period “2030” in the file. Its periods: 2021–2022."));

    auto municipality = RecordChoice::municipality(file.repository, {});
    REQUIRE(municipality.ok());
    REQUIRE(municipality->isOne());
    CHECK(municipality->record.id == file.municipality);
}

TEST_CASE("Two periods of one name in one municipality are told apart by their UUIDs", "[cli][choice]") {
    SalemFile file;
    const Record twin = insertRecord(
        file.repository, PromiseRegisters::periods(),
        periodValues(file.municipality, QStringLiteral("2021-01-01"), QStringLiteral("2022-06-30")));
    REQUIRE(twin.value(QStringLiteral("name")).toString() == QStringLiteral("2021–2022"));
    const RecordChoice both = periodNamed(file.repository, {}, QStringLiteral("2021–2022"));
    CHECK(both.fit == Fit::Several);
    CHECK(both.choices.size() == 2);
    CHECK_THAT(both.message.toStdString(), mentions(twin.uuid));
    CHECK_THAT(both.message.toStdString(), mentions(QStringLiteral("--period UUID")));
    CHECK(periodNamed(file.repository, {}, twin.uuid).record.id == twin.id);
}

TEST_CASE("A file without a period has nothing to choose from", "[cli][choice]") {
    TestFile empty;
    auto document = empty.open();
    const RecordChoice none = periodNamed(document->repository(), {}, QStringLiteral("2021–2022"));
    CHECK(none.fit == Fit::None);
    CHECK(none.choices.isEmpty());
    CHECK_FALSE(none.message.isEmpty());
}

TEST_CASE("A walk is found by its date or its UUID, and a date with two walks names both", "[cli][choice]") {
    WalkDemoFile demo;
    const qint64 walk = scalar(*demo.document, QStringLiteral("SELECT id FROM walks WHERE walked_on = ?"),
                               {QStringLiteral("2021-10-12")})
                            .toLongLong();
    const RecordChoice byDate = walkNamed(demo.repository, {}, QStringLiteral("2021-10-12"));
    REQUIRE(byDate.isOne());
    CHECK(byDate.record.id == walk);
    const RecordChoice byUuid = walkNamed(demo.repository, {}, byDate.record.uuid);
    REQUIRE(byUuid.isOne());
    CHECK(byUuid.record.id == walk);
    CHECK(walkNamed(demo.repository, {}, QStringLiteral("2030-01-01")).fit == Fit::None);
    CHECK_THAT(walkNamed(demo.repository, {}, QStringLiteral("2030-01-01")).message.toStdString(),
               mentions(QStringLiteral("2030-01-01")));
    CHECK(walkNamed(demo.repository, {}, QStringLiteral("no-such-walk")).fit == Fit::None);

    // A second walk on that date in the same municipality: only the UUIDs tell them apart.
    const Record second =
        insertRecord(demo.repository, WalkRegisters::walks(),
                     walkValues(demo.municipality, QDate(2021, 10, 12), QStringLiteral("Rönninge")));
    const RecordChoice same = walkNamed(demo.repository, {}, QStringLiteral("2021-10-12"));
    CHECK(same.fit == Fit::Several);
    CHECK_THAT(same.message.toStdString(), mentions(byDate.record.uuid));
    CHECK_THAT(same.message.toStdString(), mentions(second.uuid));
    CHECK_THAT(same.message.toStdString(), mentions(QStringLiteral("Rönninge")));
    CHECK_THAT(same.message.toStdString(), mentions(QStringLiteral("--walk UUID")));
}

TEST_CASE("Walks of two municipalities on one date are named with their municipality and place, and the "
          "municipality chooses",
          "[cli][choice]") {
    WalkDemoFile demo;
    const qint64 botkyrka = insertRecord(demo.repository, PromiseRegisters::municipalities(),
                                         municipalityValues(QStringLiteral("Botkyrka kommun")))
                                .id;
    const Record theirs =
        insertRecord(demo.repository, WalkRegisters::walks(),
                     walkValues(botkyrka, QDate(2021, 10, 12), QStringLiteral("Tumba centrum")));
    const RecordChoice both = walkNamed(demo.repository, {}, QStringLiteral("2021-10-12"));
    CHECK(both.fit == Fit::Several);
    const std::string message = both.message.toStdString();
    CHECK_THAT(message, mentions(QStringLiteral("Salems kommun: Salems centrum")));
    CHECK_THAT(message, mentions(QStringLiteral("Botkyrka kommun: Tumba centrum")));
    CHECK_THAT(message, mentions(QStringLiteral("--municipality")));

    const RecordChoice chosen =
        walkNamed(demo.repository, QStringLiteral("botkyrka kommun"), QStringLiteral("2021-10-12"));
    REQUIRE(chosen.isOne());
    CHECK(chosen.record.id == theirs.id);
    CHECK(walkNamed(demo.repository, QStringLiteral("Salems kommun"), QStringLiteral("2021-10-12")).isOne());
    // A UUID of another municipality's walk is not that municipality's.
    const RecordChoice elsewhere = walkNamed(demo.repository, QStringLiteral("Salems kommun"), theirs.uuid);
    CHECK(elsewhere.fit == Fit::None);
    CHECK_THAT(elsewhere.message.toStdString(), mentions(QStringLiteral("Salems kommun has no safety walk")));
    // An unknown municipality lists those there are.
    const RecordChoice unknown =
        walkNamed(demo.repository, QStringLiteral("Nacka"), QStringLiteral("2021-10-12"));
    CHECK(unknown.fit == Fit::None);
    CHECK_THAT(unknown.message.toStdString(), mentions(QStringLiteral("Botkyrka kommun")));
}
