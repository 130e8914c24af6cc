#include "../police/policefixture.h"
#include "../watch/watchfixture.h"
#include "promises/targetprogress.h"

using namespace lk;
using namespace lk::test;

namespace {

TargetProgress::Progress progressOf(const Repository& repository, const Record& target) {
    auto progress = TargetProgress::of(repository, target);
    INFO(progress.message().toStdString());
    REQUIRE(progress.ok());
    return *progress;
}

void addControls(const PoliceFile& police, const QList<QDate>& days, qint64 promise) {
    for (const QDate& day : days)
        insertRecord(police.repository, PoliceRegisters::trafficControls(),
                     trafficControlValues(police.municipality, day, promise));
}

} // namespace

TEST_CASE("A yearly target counts the activities linked to its promise, year by year",
          "[promises][progress]") {
    PoliceFile police;
    const Record target = insertRecord(
        police.repository, PromiseRegisters::targets(),
        countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 40, QStringLiteral("ar")));
    addControls(police, {QDate(2021, 1, 1), QDate(2021, 12, 31), QDate(2022, 6, 1)}, police.trafficPromise);
    // Not counted: one for no promise, and one for another promise.
    addControls(police, {QDate(2021, 5, 5)}, 0);
    addControls(police, {QDate(2021, 5, 6)}, police.drugsPromise);

    const TargetProgress::Progress progress = progressOf(police.repository, target);
    REQUIRE(progress.slices.size() == 2);
    CHECK(progress.slices.at(0).label == QStringLiteral("2021"));
    CHECK(progress.slices.at(0).done == 2);
    CHECK(progress.slices.at(0).goal == 40);
    CHECK(progress.slices.at(1).label == QStringLiteral("2022"));
    CHECK(progress.slices.at(1).done == 1);
    CHECK(progress.done() == 3);
    CHECK(progress.goal() == 80);
    CHECK(TargetProgress::summary(progress) ==
          QStringLiteral("Traffic controls (40 per year): 2021: 2 of 40 · 2022: 1 of 40"));
}

TEST_CASE("A target per period is one slice named after the period", "[promises][progress]") {
    PoliceFile police;
    const Record target =
        insertRecord(police.repository, PromiseRegisters::targets(),
                     countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 100,
                                    QStringLiteral("period")));
    addControls(police, {QDate(2021, 3, 1), QDate(2022, 11, 30)}, police.trafficPromise);
    const TargetProgress::Progress progress = progressOf(police.repository, target);
    REQUIRE(progress.slices.size() == 1);
    CHECK(progress.slices.first().label == QStringLiteral("2021–2022"));
    CHECK(progress.slices.first().from == QDate(2021, 1, 1));
    CHECK(progress.slices.first().to == QDate(2022, 12, 31));
    CHECK(progress.done() == 2);
    CHECK(progress.goal() == 100);
}

TEST_CASE("A target per term counts spring and autumn terms, and a period cut mid-term asks its share",
          "[promises][progress]") {
    PoliceFile police;
    // The period moves to start in October 2021: its first term is a half-share of the autumn.
    REQUIRE(police.document
                ->update(PromiseRegisters::periods(),
                         findRecord(
                             police.repository, PromiseRegisters::periods(),
                             scalar(*police.document, QStringLiteral("SELECT uuid FROM periods")).toString())
                             ->uuid,
                         {{QStringLiteral("start_date"), QDate(2021, 10, 2)}})
                .ok());
    const Record target =
        insertRecord(police.repository, PromiseRegisters::targets(),
                     countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 10,
                                    QStringLiteral("termin")));
    addControls(police, {QDate(2021, 11, 1), QDate(2022, 2, 1), QDate(2022, 6, 30), QDate(2022, 7, 1)},
                police.trafficPromise);
    const TargetProgress::Progress progress = progressOf(police.repository, target);
    REQUIRE(progress.slices.size() == 3);
    CHECK(progress.slices.at(0).label == QStringLiteral("Autumn 2021"));
    CHECK(progress.slices.at(0).from == QDate(2021, 10, 2));
    CHECK(progress.slices.at(0).goal == 5); // 91 of 184 days
    CHECK(progress.slices.at(0).done == 1);
    CHECK(progress.slices.at(1).label == QStringLiteral("Spring 2022"));
    CHECK(progress.slices.at(1).done == 2);
    CHECK(progress.slices.at(1).goal == 10);
    CHECK(progress.slices.at(2).label == QStringLiteral("Autumn 2022"));
    CHECK(progress.slices.at(2).done == 1);
}

TEST_CASE(
    "Visits to each school count up to what each is asked for, so extra visits to one do not hide none at "
    "another",
    "[promises][progress][police]") {
    PoliceFile police;
    const Record second = insertRecord(police.repository, PoliceRegisters::units(),
                                       unitValues(police.municipality, QStringLiteral("Rönningeskolan")));
    insertRecord(police.repository, PoliceRegisters::units(),
                 unitValues(police.municipality, QStringLiteral("Söderby F–6")));
    const Record leisure = insertRecord(
        police.repository, PoliceRegisters::units(),
        unitValues(police.municipality, QStringLiteral("Fritidsgården"), QStringLiteral("fritidsgard")));
    const Record target = insertRecord(police.repository, PromiseRegisters::targets(),
                                       countingTarget(police.drugsPromise, QStringLiteral("visits"), 2,
                                                      QStringLiteral("termin"), QStringLiteral("skola")));
    // Spring 2021: four visits to the first school, one to the second, none to the third; the leisure centre
    // is not a school.
    for (int day : {1, 2, 3, 4})
        insertRecord(
            police.repository, PoliceRegisters::visits(),
            visitValues(police.municipality, police.school.id, QDate(2021, 3, day), police.drugsPromise));
    insertRecord(police.repository, PoliceRegisters::visits(),
                 visitValues(police.municipality, second.id, QDate(2021, 4, 1), police.drugsPromise));
    insertRecord(police.repository, PoliceRegisters::visits(),
                 visitValues(police.municipality, leisure.id, QDate(2021, 4, 2), police.drugsPromise));

    const TargetProgress::Progress progress = progressOf(police.repository, target);
    REQUIRE(progress.slices.size() == 4);
    const TargetProgress::Slice& spring = progress.slices.first();
    CHECK(spring.units == 3);
    CHECK(spring.goal == 6);
    CHECK(spring.done == 3);
    CHECK(spring.unitsShort == 2);
    CHECK(progress.slices.at(1).done == 0);
    CHECK(progress.slices.at(1).unitsShort == 3);
    CHECK_THAT(
        TargetProgress::summary(progress).toStdString(),
        mentions(QStringLiteral("(2 per term for each: school): Spring 2021: 3 of 6 (2 unit(s) short)")));
}

TEST_CASE("A period's progress lists the targets that count a register, and only those",
          "[promises][progress]") {
    PoliceFile police;
    insertRecord(
        police.repository, PromiseRegisters::targets(),
        countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 40, QStringLiteral("ar")));
    insertRecord(
        police.repository, PromiseRegisters::targets(),
        countingTarget(police.drugsPromise, QStringLiteral("drug_operations"), 12, QStringLiteral("ar")));
    auto all = TargetProgress::ofPeriod(police.repository, police.period);
    REQUIRE(all.ok());
    // The template's own target counts Operativa gruppen's meetings.
    CHECK(all->size() == 3);
    auto traffic =
        TargetProgress::ofPeriod(police.repository, police.period, QStringLiteral("traffic_controls"));
    REQUIRE(traffic.ok());
    REQUIRE(traffic->size() == 1);
    CHECK(traffic->first().target.value(QStringLiteral("promise_id")).toLongLong() == police.trafficPromise);
}

TEST_CASE("A target that counts nothing has no slices", "[promises][progress]") {
    PoliceFile police;
    QVariantMap values =
        countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 40, QStringLiteral("ar"));
    values.remove(QStringLiteral("source"));
    const Record target = insertRecord(police.repository, PromiseRegisters::targets(), values);
    CHECK(progressOf(police.repository, target).slices.isEmpty());
}

TEST_CASE("A target over neighbourhood-watch areas counts the municipality's areas started in the period, "
          "whatever promise they are for",
          "[promises][progress][watch]") {
    WatchFile watch; // its area started in 2019, before the period 2021–2022
    const qint64 other = watch.otherMunicipality();
    auto addArea = [&](qint64 municipality, const QString& name, const QDate& started) {
        insertRecord(watch.repository, WatchRegisters::areas(),
                     areaValues(municipality, name, QStringLiteral("villa"), 100, 60, started));
    };
    // Inside the period, its first and last days included.
    addArea(watch.municipality, QStringLiteral("Ekdalen"), QDate(2021, 1, 1));
    addArea(watch.municipality, QStringLiteral("Brf Tallbacken"), QDate(2021, 10, 4));
    addArea(watch.municipality, QStringLiteral("Prästgårdsängen"), QDate(2022, 12, 31));
    // Outside it, the day before and the day after.
    addArea(watch.municipality, QStringLiteral("Säbyholm"), QDate(2020, 12, 31));
    addArea(watch.municipality, QStringLiteral("Hallsta"), QDate(2023, 1, 1));
    // Another municipality's, inside the dates.
    addArea(other, QStringLiteral("Tumba centrum"), QDate(2021, 6, 1));

    const Record perPeriod = insertRecord(
        watch.repository, PromiseRegisters::targets(),
        countingTarget(watch.watchPromise, QStringLiteral("watch_areas"), 8, QStringLiteral("period")));
    const TargetProgress::Progress progress = progressOf(watch.repository, perPeriod);
    REQUIRE(progress.slices.size() == 1);
    CHECK(progress.done() == 3);
    CHECK(progress.goal() == 8);
    CHECK(TargetProgress::summary(progress) ==
          QStringLiteral("New neighbourhood-watch areas (by start date) (8 per period): 2021–2022: 3 of 8"));

    // By year, and cut to dates: the day each started decides.
    const Record perYear = insertRecord(
        watch.repository, PromiseRegisters::targets(),
        countingTarget(watch.watchPromise, QStringLiteral("watch_areas"), 4, QStringLiteral("ar")));
    const TargetProgress::Progress years = progressOf(watch.repository, perYear);
    REQUIRE(years.slices.size() == 2);
    CHECK(years.slices.at(0).done == 2);
    CHECK(years.slices.at(1).done == 1);
    auto spring = TargetProgress::between(watch.repository, perYear, QDate(2021, 1, 1), QDate(2021, 6, 30));
    REQUIRE(spring.ok());
    CHECK(spring->done() == 1);

    // An area is linked to no promise: a target of another promise of the municipality counts the same areas.
    const Record elsewhere = insertRecord(
        watch.repository, PromiseRegisters::targets(),
        countingTarget(watch.ogPromise, QStringLiteral("watch_areas"), 8, QStringLiteral("period")));
    CHECK(progressOf(watch.repository, elsewhere).done() == 3);
}
