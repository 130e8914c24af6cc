#include "../watch/watchfixture.h"
#include "og/ogregisters.h"
#include "progress/activityfigures.h"
#include "progress/promiseprogress.h"

using namespace lk;
using namespace lk::test;

namespace {

using Light = PromiseProgress::Light;

// Salem 2021–2022, whose template counts Operativa gruppen's meetings: 12 a year.
struct ProgressFile : SalemFile {
    void meet(const QDate& day) const {
        insertRecord(repository, OgRegisters::meetings(), meetingValues(municipality, day, ogPromise));
    }
    PromiseProgress::Line ogLine(const QDate& from, const QDate& to) const {
        auto lines = PromiseProgress::of(repository, period, from, to);
        REQUIRE(lines.ok());
        for (const PromiseProgress::Line& line : *lines) {
            if (line.promise.id == ogPromise)
                return line;
        }
        FAIL("no line for Operativa gruppen");
        return {};
    }
};

} // namespace

TEST_CASE("What a target plans is pro rata to the days of the range inside each year", "[progress]") {
    ProgressFile file;
    for (int month = 1; month <= 12; ++month)
        file.meet(QDate(2021, month, 10));
    file.meet(QDate(2022, 1, 12));

    SECTION("A quarter of a year asks for a quarter of its twelve") {
        const auto line = file.ogLine(QDate(2021, 1, 1), QDate(2021, 3, 31));
        REQUIRE(line.targets.size() == 1);
        CHECK(line.targets.first().planned == Approx(12.0 * 90 / 365));
        CHECK(line.targets.first().done == 3);
        CHECK(line.targets.first().light == Light::Green);
    }
    SECTION("A range to the year's end asks for all of it") {
        const auto line = file.ogLine(QDate(2021, 1, 1), QDate(2021, 12, 31));
        CHECK(line.targets.first().planned == Approx(12));
        CHECK(line.targets.first().done == 12);
    }
    SECTION("A range across the turn of the year takes its share of each year") {
        const auto line = file.ogLine(QDate(2021, 7, 1), QDate(2022, 6, 30));
        CHECK(line.targets.first().planned == Approx(12.0 * 184 / 365 + 12.0 * 181 / 365));
        CHECK(line.targets.first().done == 7);
        CHECK(line.targets.first().light == Light::Red); // 7 of 12
    }
    SECTION("A target per year over a two-year period asks for both years") {
        const auto line = file.ogLine(QDate(2021, 1, 1), QDate(2022, 12, 31));
        CHECK(line.targets.first().planned == Approx(24));
        CHECK(line.targets.first().done == 13);
        REQUIRE(line.targets.first().progress.slices.size() == 2);
        CHECK(line.targets.first().progress.slices.at(1).done == 1);
    }
}

TEST_CASE("The assessment counts the planned figure as printed, with a tolerance of a tenth rounded down",
          "[progress]") {
    CHECK(PromiseProgress::lightOf(4, 4) == Light::Green);
    CHECK(PromiseProgress::lightOf(4, 5) == Light::Green);
    CHECK(PromiseProgress::lightOf(4, 3) == Light::Yellow); // 75 %, and a tenth of 4 is none
    CHECK(PromiseProgress::lightOf(4, 2) == Light::Red);
    CHECK(PromiseProgress::lightOf(10, 9) == Light::Green);
    CHECK(PromiseProgress::lightOf(100, 90) == Light::Green);
    CHECK(PromiseProgress::lightOf(100, 89) == Light::Yellow);
    CHECK(PromiseProgress::lightOf(100, 75) == Light::Yellow);
    CHECK(PromiseProgress::lightOf(100, 74) == Light::Red);
    CHECK(PromiseProgress::lightOf(5, 4) == Light::Yellow);
    CHECK(PromiseProgress::lightOf(3, 2) == Light::Red);  // 67 %
    CHECK(PromiseProgress::lightOf(0, 0) == Light::Grey); // nothing due yet
    // 1.33 planned prints as 1: one done is on track, as the reader sees "1 of 1".
    PromiseProgress::Target walks{.planned = 4.0 / 3, .done = 1};
    CHECK(walks.shown() == 1);
    CHECK(PromiseProgress::lightOf(walks.shown(), walks.done) == Light::Green);
    PromiseProgress::Target early{.planned = 0.4, .done = 0};
    CHECK(PromiseProgress::lightOf(early.shown(), early.done) == Light::Grey);
}

TEST_CASE("The reported status stands beside the assessment, decides only where no figure can, and a "
          "disagreement is said in words",
          "[progress]") {
    ProgressFile file;
    for (int month = 1; month <= 3; ++month)
        file.meet(QDate(2021, month, 10));
    CHECK(file.ogLine(QDate(2021, 1, 1), QDate(2021, 3, 31)).light == Light::Green);
    insertRecord(file.repository, PromiseRegisters::statuses(),
                 {{QStringLiteral("promise_id"), file.ogPromise},
                  {QStringLiteral("reported_on"), QDate(2021, 3, 15)},
                  {QStringLiteral("status"), QStringLiteral("forsenad")},
                  {QStringLiteral("comment"), QStringLiteral("Mötesplatsen saknas.")}});
    const auto delayed = file.ogLine(QDate(2021, 1, 1), QDate(2021, 3, 31));
    CHECK(delayed.light == Light::Green);
    REQUIRE(delayed.status);
    CHECK(delayed.status->value(QStringLiteral("comment")) == QStringLiteral("Mötesplatsen saknas."));
    CHECK(PromiseProgress::disagreement(delayed) ==
          QStringLiteral("Reported delayed, although the figures are on track."));
    CHECK(PromiseProgress::explanation(delayed, QDate(2021, 3, 31))
              .endsWith(PromiseProgress::disagreement(delayed)));
    // A report after the range is not yet known at its end.
    CHECK_FALSE(file.ogLine(QDate(2021, 1, 1), QDate(2021, 2, 28)).status);

    // Reported done over a year of which three meetings were held: the pair does not stand unexplained.
    insertRecord(file.repository, PromiseRegisters::statuses(),
                 {{QStringLiteral("promise_id"), file.ogPromise},
                  {QStringLiteral("reported_on"), QDate(2021, 12, 1)},
                  {QStringLiteral("status"), QStringLiteral("genomford")}});
    const auto done = file.ogLine(QDate(2021, 1, 1), QDate(2021, 12, 31));
    CHECK(done.light == Light::Red);
    CHECK(PromiseProgress::disagreement(done) ==
          QStringLiteral("Reported done, but the figures fall short: Möten i Operativa gruppen 3 of 12."));

    // The lägesbild is a continuous work: the template counts nothing for it.
    const Record walks = file.promiseTitled(QStringLiteral("Lägesbild över otrygga platser"));
    auto lines = PromiseProgress::of(file.repository, file.period, QDate(2021, 1, 1), QDate(2021, 3, 31));
    REQUIRE(lines.ok());
    for (const PromiseProgress::Line& line : *lines) {
        if (line.promise.id == walks.id) {
            CHECK(line.targets.isEmpty());
            CHECK(line.light == Light::Grey);
        }
    }
    insertRecord(file.repository, PromiseRegisters::statuses(),
                 {{QStringLiteral("promise_id"), walks.id},
                  {QStringLiteral("reported_on"), QDate(2021, 3, 1)},
                  {QStringLiteral("status"), QStringLiteral("paborjad")}});
    lines = PromiseProgress::of(file.repository, file.period, QDate(2021, 1, 1), QDate(2021, 3, 31));
    REQUIRE(lines.ok());
    for (const PromiseProgress::Line& line : *lines) {
        if (line.promise.id == walks.id)
            CHECK(line.light == Light::Green);
    }
}

TEST_CASE("Activity figures count a register per month and per term beside the target's share",
          "[progress]") {
    ProgressFile file;
    for (const QDate& day : {QDate(2021, 1, 10), QDate(2021, 1, 20), QDate(2021, 3, 5), QDate(2021, 8, 1)})
        file.meet(day);
    // Another municipality's meeting never counts.
    insertRecord(file.repository, OgRegisters::meetings(),
                 meetingValues(file.otherMunicipality(), QDate(2021, 1, 15)));

    auto months =
        ActivityFigures::of(file.repository, OgRegisters::meetings(), file.municipality, file.period,
                            QDate(2021, 1, 1), QDate(2021, 3, 31), ActivityFigures::Step::Month);
    REQUIRE(months.ok());
    CHECK(months->counts == QList<int>{2, 0, 1});
    CHECK(months->targetPerStep == Approx(1)); // 12 a year
    CHECK(months->starts.first() == QDate(2021, 1, 1));

    auto terms = ActivityFigures::of(file.repository, OgRegisters::meetings(), file.municipality, file.period,
                                     QDate(2021, 1, 1), QDate(2021, 12, 31), ActivityFigures::Step::Term);
    REQUIRE(terms.ok());
    CHECK(terms->counts == QList<int>{3, 1});
    CHECK(terms->targetPerStep == Approx(6));
}

TEST_CASE("Activity figures of one kind count only that kind, beside the targets that count it",
          "[progress]") {
    WatchFile watch;
    for (const auto& [day, kind] :
         {std::pair{QDate(2021, 3, 14), "utbildning"}, std::pair{QDate(2021, 4, 2), "nyhetsbrev"},
          std::pair{QDate(2021, 9, 14), "utbildning"}})
        insertRecord(watch.repository, WatchRegisters::events(),
                     eventValues(watch.area.id, day, QString::fromLatin1(kind)));
    for (const auto& [kind, quantity] : {std::pair{"utbildning", 4}, std::pair{"nyhetsbrev", 6}})
        insertRecord(watch.repository, PromiseRegisters::targets(),
                     {{QStringLiteral("promise_id"), watch.watchPromise},
                      {QStringLiteral("counted"), QString::fromLatin1(kind)},
                      {QStringLiteral("quantity"), quantity},
                      {QStringLiteral("per"), QStringLiteral("ar")},
                      {QStringLiteral("source"), QStringLiteral("watch_events")},
                      {QStringLiteral("only_kind"), QString::fromLatin1(kind)}});
    auto trainings = ActivityFigures::of(watch.repository, WatchRegisters::events(), watch.municipality,
                                         watch.period, QDate(2021, 1, 1), QDate(2021, 12, 31),
                                         ActivityFigures::Step::Term, QStringLiteral("utbildning"));
    REQUIRE(trainings.ok());
    CHECK(trainings->counts == QList<int>{1, 1});
    CHECK(trainings->targetPerStep == Approx(2)); // 4 a year, not the newsletters' 6 besides
    auto all =
        ActivityFigures::of(watch.repository, WatchRegisters::events(), watch.municipality, watch.period,
                            QDate(2021, 1, 1), QDate(2021, 12, 31), ActivityFigures::Step::Term);
    REQUIRE(all.ok());
    CHECK(all->counts == QList<int>{2, 1});
}
