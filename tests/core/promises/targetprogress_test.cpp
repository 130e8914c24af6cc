#include "../police/policefixture.h"
#include "../watch/watchfixture.h"
#include "progress/promiseprogress.h"
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
    // The template's own targets count Operativa gruppen's meetings, the safety walks and the fire-safety
    // information.
    CHECK(all->size() == 5);
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

namespace {

// The period of the police file moved to start on `start`.
void startPeriodOn(const PoliceFile& police, const QDate& start) {
    const QString uuid = scalar(*police.document, QStringLiteral("SELECT uuid FROM periods")).toString();
    REQUIRE(
        police.document->update(PromiseRegisters::periods(), uuid, {{QStringLiteral("start_date"), start}})
            .ok());
}

// A target of the traffic promise that counts traffic controls, its work done in `months` ("" every month).
Record trafficTarget(const PoliceFile& police, int quantity, const QString& per, const QString& months) {
    QVariantMap values =
        countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), quantity, per);
    if (!months.isEmpty())
        values.insert(QStringLiteral("months"), months);
    return insertRecord(police.repository, PromiseRegisters::targets(), values);
}

double plannedBy(const PoliceFile& police, const Record& target, const QDate& from, const QDate& to) {
    auto progress = TargetProgress::between(police.repository, target, from, to);
    INFO(progress.message().toStdString());
    REQUIRE(progress.ok());
    return progress->planned();
}

} // namespace

TEST_CASE(
    "A target per tertial counts T1, T2 and T3, and a period that starts in a tertial asks its share of it",
    "[promises][progress][rhythm]") {
    PoliceFile police;
    startPeriodOn(police, QDate(2021, 3, 1)); // 61 of T1's 120 days
    const Record target = trafficTarget(police, 6, QStringLiteral("tertial"), {});
    addControls(police,
                {QDate(2021, 2, 28), QDate(2021, 4, 30), QDate(2021, 5, 1), QDate(2021, 8, 31),
                 QDate(2021, 9, 1), QDate(2022, 12, 31)},
                police.trafficPromise);
    const TargetProgress::Progress progress = progressOf(police.repository, target);
    REQUIRE(progress.slices.size() == 6);
    QStringList labels;
    for (const TargetProgress::Slice& slice : progress.slices)
        labels << slice.label;
    CHECK(labels == QStringList{QStringLiteral("T1 2021"), QStringLiteral("T2 2021"),
                                QStringLiteral("T3 2021"), QStringLiteral("T1 2022"),
                                QStringLiteral("T2 2022"), QStringLiteral("T3 2022")});
    CHECK(progress.slices.at(0).from == QDate(2021, 3, 1));
    CHECK(progress.slices.at(0).to == QDate(2021, 4, 30));
    CHECK(progress.slices.at(0).goal == 3); // 6 × 61/120
    CHECK(progress.slices.at(0).done == 1); // the control the day before the period is not counted
    CHECK(progress.slices.at(1).from == QDate(2021, 5, 1));
    CHECK(progress.slices.at(1).to == QDate(2021, 8, 31));
    CHECK(progress.slices.at(1).goal == 6);
    CHECK(progress.slices.at(1).done == 2);
    CHECK(progress.slices.at(2).from == QDate(2021, 9, 1));
    CHECK(progress.slices.at(2).done == 1);
    CHECK(progress.slices.at(5).to == QDate(2022, 12, 31));
    CHECK(progress.slices.at(5).done == 1);
    CHECK(progress.goal() == 3 + 5 * 6);
    CHECK(TargetProgress::asked(target) == QStringLiteral("6 per tertial"));
    // Within a tertial, what is planned is its share by days: half of T2 by the end of June.
    CHECK(plannedBy(police, target, QDate(2021, 5, 1), QDate(2021, 6, 30)) == Approx(6.0 * 61 / 123));
}

TEST_CASE("What is planned by a date follows the months of the work: nothing before the season, all of it "
          "after, and a share inside it",
          "[promises][progress][rhythm]") {
    PoliceFile police;
    // One a year, in November: fire-safety information before Advent, say.
    const Record november = trafficTarget(police, 1, QStringLiteral("ar"), QStringLiteral("11"));
    CHECK(TargetProgress::asked(november) == QStringLiteral("1 per year, in Nov"));
    CHECK(plannedBy(police, november, QDate(2021, 1, 1), QDate(2021, 4, 30)) == 0);
    CHECK(plannedBy(police, november, QDate(2021, 1, 1), QDate(2021, 10, 31)) == 0);
    CHECK(plannedBy(police, november, QDate(2021, 1, 1), QDate(2021, 11, 15)) == Approx(0.5));
    CHECK(plannedBy(police, november, QDate(2021, 1, 1), QDate(2021, 11, 30)) == Approx(1));
    CHECK(plannedBy(police, november, QDate(2021, 1, 1), QDate(2021, 12, 31)) == Approx(1));
    // Across the turn of the year: the November of each year inside the dates.
    CHECK(plannedBy(police, november, QDate(2021, 11, 16), QDate(2022, 11, 30)) == Approx(1.5));
    // The whole year still asks for its one.
    CHECK(progressOf(police.repository, november).goal() == 2);

    // Spring and autumn: two in April–May and September–October; by the end of August the spring's one.
    const Record walks = trafficTarget(police, 2, QStringLiteral("ar"), QStringLiteral("4,5,9,10"));
    CHECK(plannedBy(police, walks, QDate(2021, 1, 1), QDate(2021, 3, 31)) == 0);
    CHECK(plannedBy(police, walks, QDate(2021, 1, 1), QDate(2021, 8, 31)) == Approx(1.0));
    CHECK(plannedBy(police, walks, QDate(2021, 6, 1), QDate(2021, 8, 31)) == 0); // nothing in the summer
    CHECK(plannedBy(police, walks, QDate(2021, 1, 1), QDate(2021, 4, 30)) == Approx(2.0 * 30 / 122));

    // "By the end of March" is the months from the year's start up to it.
    const Record byMarch = trafficTarget(police, 3, QStringLiteral("ar"), QStringLiteral("1,2,3"));
    CHECK(plannedBy(police, byMarch, QDate(2021, 1, 1), QDate(2021, 3, 31)) == Approx(3));
    CHECK(plannedBy(police, byMarch, QDate(2021, 4, 1), QDate(2021, 12, 31)) == 0);
}

TEST_CASE("The fire-safety information planned for November is not behind in the spring",
          "[promises][progress][rhythm]") {
    PoliceFile
        police; // the template's fire-safety information before Advent: one a year in November–December
    auto lines = PromiseProgress::of(police.repository, police.period, QDate(2021, 1, 1), QDate(2021, 4, 30));
    REQUIRE(lines.ok());
    int seen = 0;
    for (const PromiseProgress::Line& line : *lines) {
        for (const PromiseProgress::Target& target : line.targets) {
            if (target.progress.target.value(QStringLiteral("only_kind")) != QStringLiteral("brandskydd"))
                continue;
            ++seen;
            CHECK(target.planned == 0);
            CHECK(target.light == PromiseProgress::Light::Grey);
        }
    }
    CHECK(seen == 1);
}

TEST_CASE("A period that starts inside a slice asks the share of the slice's work that lies in it",
          "[promises][progress][rhythm]") {
    PoliceFile police;
    startPeriodOn(police, QDate(2021, 7, 1));
    // Work in November lies wholly in the period's first half-year: all of the year's one is asked.
    const TargetProgress::Progress autumn =
        progressOf(police.repository, trafficTarget(police, 1, QStringLiteral("ar"), QStringLiteral("11")));
    CHECK(autumn.slices.first().from == QDate(2021, 7, 1));
    CHECK(autumn.slices.first().goal == 1);
    // Work in March and April lies before it: nothing is asked of 2021.
    const Record spring = trafficTarget(police, 4, QStringLiteral("ar"), QStringLiteral("3,4"));
    CHECK(progressOf(police.repository, spring).slices.first().goal == 0);
    CHECK(progressOf(police.repository, spring).slices.at(1).goal == 4);
    CHECK(plannedBy(police, spring, QDate(2021, 7, 1), QDate(2021, 12, 31)) == 0);
    // Every month alike: the half-year's share by days, as before.
    const TargetProgress::Progress even =
        progressOf(police.repository, trafficTarget(police, 12, QStringLiteral("ar"), {}));
    CHECK(even.slices.first().goal == 6); // 12 × 184/365
    // A term whose months all lie outside the period's part of it asks nothing of it either.
    startPeriodOn(police, QDate(2021, 4, 1));
    const Record terms = trafficTarget(police, 2, QStringLiteral("termin"), QStringLiteral("1,2,3,9,10"));
    const TargetProgress::Progress cut = progressOf(police.repository, terms);
    CHECK(cut.slices.first().label == QStringLiteral("Spring 2021"));
    CHECK(cut.slices.first().goal == 0);
    CHECK(cut.slices.at(1).goal == 2);
}

TEST_CASE("A slice with none of the target's months spreads its goal evenly over its days",
          "[promises][progress][rhythm]") {
    PoliceFile police;
    // Two a term, its months all in the autumn term: the spring term has no month to plan its two on.
    const Record target = trafficTarget(police, 2, QStringLiteral("termin"), QStringLiteral("9,10"));
    const TargetProgress::Progress progress = progressOf(police.repository, target);
    REQUIRE(progress.slices.size() == 4);
    CHECK(progress.slices.at(0).goal == 2);
    CHECK(plannedBy(police, target, QDate(2021, 1, 1), QDate(2021, 3, 31)) == Approx(2.0 * 90 / 181));
    CHECK(plannedBy(police, target, QDate(2021, 1, 1), QDate(2021, 6, 30)) == Approx(2));
    // The autumn term follows its months: nothing by August, all of it by October.
    CHECK(plannedBy(police, target, QDate(2021, 7, 1), QDate(2021, 8, 31)) == 0);
    CHECK(plannedBy(police, target, QDate(2021, 7, 1), QDate(2021, 10, 31)) == Approx(2));
    CHECK(TargetProgress::share(MonthSet({9, 10}), QDate(2021, 1, 1), QDate(2021, 6, 30), QDate(2021, 1, 1),
                                QDate(2021, 6, 30)) == Approx(1));
}

TEST_CASE("Visits to each school follow the term months: nothing planned in the summer holiday",
          "[promises][progress][police][rhythm]") {
    PoliceFile police;
    insertRecord(police.repository, PoliceRegisters::units(),
                 unitValues(police.municipality, QStringLiteral("Rönningeskolan")));
    QVariantMap values = countingTarget(police.drugsPromise, QStringLiteral("visits"), 2,
                                        QStringLiteral("termin"), QStringLiteral("skola"));
    values.insert(QStringLiteral("months"), QStringLiteral("1,2,3,4,5,9,10,11,12"));
    const Record target = insertRecord(police.repository, PromiseRegisters::targets(), values);
    CHECK(TargetProgress::asked(target) ==
          QStringLiteral("2 per term for each: school, in Jan–May, Sep–Dec"));
    // Two schools, two visits each a term: four by the end of May, none more in the summer.
    CHECK(plannedBy(police, target, QDate(2021, 1, 1), QDate(2021, 3, 31)) == Approx(4.0 * 90 / 151));
    CHECK(plannedBy(police, target, QDate(2021, 1, 1), QDate(2021, 5, 31)) == Approx(4));
    CHECK(plannedBy(police, target, QDate(2021, 1, 1), QDate(2021, 8, 31)) == Approx(4));
    CHECK(plannedBy(police, target, QDate(2021, 6, 1), QDate(2021, 8, 31)) == 0);
    CHECK(plannedBy(police, target, QDate(2021, 1, 1), QDate(2021, 9, 30)) == Approx(4 + 4.0 * 30 / 122));
}
