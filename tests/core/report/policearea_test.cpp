#include "catchqt.h"
#include "municipalitycopy.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"
#include "report/policearea.h"
#include "samplefile.h"
#include "testfile.h"

using namespace lk;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

const QString area = QStringLiteral("Lokalpolisområde Södertälje");

// Salem from the demo, and Nykvarn as a copy of it in the same police area with half its meetings gone.
struct Area : lk::test::SampleFile {
    Area() {
        lk::test::copyMunicipality(repository,
                                   {{QStringLiteral("Nykvarns kommun"), area},
                                    {QStringLiteral("Gnesta kommun"), QStringLiteral("Annat område")}});
        const qint64 nykvarn = idOf(QStringLiteral("Nykvarns kommun"));
        auto meetings = repository.listOfMunicipality(OgRegisters::meetings(), nykvarn);
        REQUIRE(meetings.ok());
        for (qsizetype at = 0; at < meetings->size(); at += 2)
            REQUIRE(repository.remove(OgRegisters::meetings(), meetings->at(at)).ok());
    }
    qint64 idOf(const QString& name) const {
        return scalar(*document, QStringLiteral("SELECT id FROM municipalities WHERE name = ?"), {name})
            .toLongLong();
    }
};

PromiseProgress::Light lightOf(const PoliceArea::Municipality& municipality, const QString& title) {
    const PromiseProgress::Line* line = municipality.line(title);
    REQUIRE(line);
    return line->light;
}

} // namespace

TEST_CASE("A police area holds its municipalities, each with its period of the name and its own figures",
          "[report][policearea]") {
    Area file;
    auto names = PoliceArea::names(file.repository);
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("Annat område"), area});

    auto found = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"));
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    REQUIRE(found->municipalities.size() == 2);
    // By name; Gnesta, in another area, is not there.
    const PoliceArea::Municipality& nykvarn = found->municipalities.at(0);
    const PoliceArea::Municipality& salem = found->municipalities.at(1);
    CHECK(nykvarn.municipality.value(municipalities::name).toString() == QStringLiteral("Nykvarns kommun"));
    CHECK(salem.municipality.value(municipalities::name).toString() == QStringLiteral("Salems kommun"));
    REQUIRE(nykvarn.period);
    CHECK(nykvarn.from == QDate(2021, 1, 1));
    CHECK(nykvarn.to == QDate(2022, 12, 31));

    // Each assessed as Översikt assesses it alone: Nykvarn lost half its meetings.
    const QString og = QStringLiteral("Operativa gruppen");
    auto alone = PromiseProgress::of(file.repository, salem.period->id, salem.from, salem.to);
    REQUIRE(alone.ok());
    CHECK(salem.lines.size() == alone->size());
    CHECK(lightOf(salem, og) == PromiseProgress::Light::Yellow);
    CHECK(lightOf(nykvarn, og) == PromiseProgress::Light::Red);
    CHECK(found->promiseTitles().contains(og));
    CHECK(found->promiseTitles().size() == salem.lines.size());
    REQUIRE(nykvarn.keyFigures);
    CHECK(nykvarn.keyFigures->ogActions.open <= salem.keyFigures->ogActions.open);
    CHECK_FALSE(found->keyFigureLabels().isEmpty());
}

TEST_CASE("Dates given to a police area are cut to each municipality's period", "[report][policearea]") {
    Area file;
    auto found = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"), QDate(2020, 6, 1),
                                QDate(2021, 8, 31));
    REQUIRE(found.ok());
    for (const PoliceArea::Municipality& one : found->municipalities) {
        CHECK(one.from == QDate(2021, 1, 1));
        CHECK(one.to == QDate(2021, 8, 31));
    }
}

TEST_CASE("A police area takes the lines it is given for one period between the same dates instead of "
          "counting them again",
          "[report][policearea]") {
    Area file;
    auto first = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"));
    REQUIRE(first.ok());
    const PoliceArea::Municipality salem = first->municipalities.at(1);
    REQUIRE(salem.period);
    // Lines told apart from any the file gives: their first promise's light turned to red.
    QList<PromiseProgress::Line> given = salem.lines;
    REQUIRE_FALSE(given.isEmpty());
    const QString title = given.first().promise.value(promises::title).toString();
    REQUIRE(given.first().light != PromiseProgress::Light::Red);
    given.first().light = PromiseProgress::Light::Red;

    auto taken = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"), {}, {},
                                {salem.period->id, salem.from, salem.to, given});
    REQUIRE(taken.ok());
    CHECK(lightOf(taken->municipalities.at(1), title) == PromiseProgress::Light::Red);
    // The other municipality is counted as before.
    CHECK(lightOf(taken->municipalities.at(0), title) == lightOf(first->municipalities.at(0), title));

    // Lines for other dates are not these: counted again.
    auto counted = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"), {}, {},
                                  {salem.period->id, salem.from.addDays(1), salem.to, given});
    REQUIRE(counted.ok());
    CHECK(lightOf(counted->municipalities.at(1), title) == lightOf(salem, title));
}

TEST_CASE("A police area no municipality names is refused with the areas there are, and a missing period is "
          "said, not guessed",
          "[report][policearea]") {
    Area file;
    auto unknown = PoliceArea::of(file.repository, QStringLiteral("Södertälje"), QStringLiteral("2021–2022"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.message().contains(QStringLiteral("Södertälje")));
    CHECK(unknown.message().contains(area));
    CHECK(unknown.message().contains(QStringLiteral("Annat område")));

    auto other = PoliceArea::of(file.repository, area, QStringLiteral("2023–2024"));
    REQUIRE(other.ok());
    REQUIRE(other->municipalities.size() == 2);
    for (const PoliceArea::Municipality& one : other->municipalities) {
        CHECK_FALSE(one.period);
        CHECK(one.lines.isEmpty());
    }
}
