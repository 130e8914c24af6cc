#include "catchqt.h"
#include "og/cadence.h"
#include "ogfixture.h"

using namespace lk;
using namespace lk::test;

namespace {

void addMeeting(const Repository& repository, qint64 municipality, const QDate& held, qint64 promise = 0) {
    insertRecord(repository, OgRegisters::meetings(), meetingValues(municipality, held, promise));
}

QList<Cadence::Month> months(const Repository& repository, qint64 municipality, const QDate& until) {
    auto result = Cadence::lastTwelveMonths(repository, municipality, until);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return *result;
}

QList<Cadence::Year> years(const Repository& repository, qint64 period) {
    auto result = Cadence::againstTarget(repository, period);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return *result;
}

qint64 counting(const Repository& repository, qint64 period) {
    auto result = Cadence::countingPromise(repository, period);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return *result;
}

void checkYear(const Cadence::Year& row, int year, int held, int target) {
    INFO("year " << row.year);
    CHECK(row.year == year);
    CHECK(row.held == held);
    CHECK(row.target == target);
}

// A period of its own in an empty file, with one promise whose target counts Operativa gruppen's meetings.
struct OwnPeriod {
    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    Record municipality = insertRecord(repository, PromiseRegisters::municipalities(),
                                       municipalityValues(QStringLiteral("Nykvarn")));
    Record period;
    Record promise;

    OwnPeriod(const QString& start, const QString& end, qint64 quantity, const QString& per) {
        period =
            insertRecord(repository, PromiseRegisters::periods(), periodValues(municipality.id, start, end));
        const Record area = insertRecord(repository, PromiseRegisters::focusAreas(),
                                         focusAreaValues(period.id, 1, QStringLiteral("Unga")));
        promise = insertRecord(repository, PromiseRegisters::promises(),
                               promiseValues(area.id, 1, QStringLiteral("Operativa gruppen")));
        insertRecord(repository, PromiseRegisters::targets(),
                     merged(targetValues(promise.id, quantity),
                            {{QStringLiteral("per"), per},
                             {QStringLiteral("source"), QStringLiteral("og_meetings")}}));
    }
};

} // namespace

TEST_CASE("The last twelve months run across a year end, oldest first, with months without meetings",
          "[og]") {
    SalemFile salem;
    const qint64 other = salem.otherMunicipality();
    const Repository& repository = salem.repository;
    addMeeting(repository, salem.municipality, QDate(2021, 2, 28)); // the month before: not shown
    addMeeting(repository, salem.municipality, QDate(2021, 3, 1));  // the first day of the first month
    addMeeting(repository, salem.municipality, QDate(2021, 5, 4));  // two in May
    addMeeting(repository, salem.municipality, QDate(2021, 5, 25));
    addMeeting(repository, salem.municipality, QDate(2021, 12, 31)); // the last day before the year end
    addMeeting(repository, salem.municipality, QDate(2022, 1, 11));
    addMeeting(repository, salem.municipality, QDate(2022, 2, 28)); // after `until`, but in its month
    addMeeting(repository, salem.municipality, QDate(2022, 3, 1));  // the month after: not shown
    addMeeting(repository, other, QDate(2021, 6, 8));               // another municipality's
    addMeeting(repository, other, QDate(2021, 5, 4));

    const QList<Cadence::Month> result = months(repository, salem.municipality, QDate(2022, 2, 15));
    REQUIRE(result.size() == 12);
    QDate month(2021, 3, 1);
    for (int i = 0; i < 12; ++i) {
        INFO("month " << month.toString(Qt::ISODate).toStdString());
        CHECK(result.at(i).month == month);
        month = month.addMonths(1);
    }
    QList<int> counts;
    for (const Cadence::Month& row : result)
        counts << row.meetings;
    CHECK(counts == QList<int>{1, 0, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1});
    CHECK(result.first().month == QDate(2021, 3, 1));
    CHECK(result.last().month == QDate(2022, 2, 1));
}

TEST_CASE("The last twelve months of a municipality without meetings are twelve empty months", "[og]") {
    SalemFile salem;
    const qint64 other = salem.otherMunicipality();
    addMeeting(salem.repository, salem.municipality, QDate(2022, 6, 14));
    const QList<Cadence::Month> result = months(salem.repository, other, QDate(2022, 12, 1));
    REQUIRE(result.size() == 12);
    CHECK(result.first().month == QDate(2022, 1, 1));
    CHECK(result.last().month == QDate(2022, 12, 1));
    for (const Cadence::Month& row : result)
        CHECK(row.meetings == 0);
}

TEST_CASE("Twelve months up to a December are January to December of that year", "[og]") {
    SalemFile salem;
    addMeeting(salem.repository, salem.municipality, QDate(2021, 1, 12));
    addMeeting(salem.repository, salem.municipality, QDate(2021, 12, 14));
    addMeeting(salem.repository, salem.municipality, QDate(2020, 12, 8));
    const QList<Cadence::Month> result = months(salem.repository, salem.municipality, QDate(2021, 12, 31));
    REQUIRE(result.size() == 12);
    CHECK(result.first().month == QDate(2021, 1, 1));
    CHECK(result.first().meetings == 1);
    CHECK(result.last().month == QDate(2021, 12, 1));
    CHECK(result.last().meetings == 1);
    int total = 0;
    for (const Cadence::Month& row : result)
        total += row.meetings;
    CHECK(total == 2);
}

TEST_CASE("The counting promise is the one whose target counts Operativa gruppen's meetings", "[og]") {
    SalemFile salem;
    CHECK(counting(salem.repository, salem.period) == salem.ogPromise);

    // A period whose targets are all counted by hand has none.
    TestFile file;
    auto document = file.open();
    const PromiseTree tree = makeTree(document->repository());
    CHECK(counting(document->repository(), tree.period.id) == 0);
    // Once a target counts the meetings, its promise does.
    REQUIRE(document
                ->update(PromiseRegisters::targets(), tree.target.uuid,
                         {{QStringLiteral("source"), QStringLiteral("og_meetings")}})
                .ok());
    CHECK(counting(document->repository(), tree.period.id) == tree.promise.id);
    // A period that does not exist has none either.
    CHECK(counting(document->repository(), tree.period.id + 100) == 0);
}

TEST_CASE("Against the target, Salem's years count only meetings linked to the counting promise", "[og]") {
    SalemFile salem;
    const Repository& repository = salem.repository;
    const qint64 walks = salem.promiseTitled(QStringLiteral("Trygghetsvandringar")).id;
    addMeeting(repository, salem.municipality, QDate(2020, 12, 8), salem.ogPromise); // before the period
    addMeeting(repository, salem.municipality, QDate(2021, 1, 1), salem.ogPromise);  // its first day
    addMeeting(repository, salem.municipality, QDate(2021, 3, 9), salem.ogPromise);
    addMeeting(repository, salem.municipality, QDate(2021, 12, 31), salem.ogPromise);
    addMeeting(repository, salem.municipality, QDate(2021, 4, 13));        // counts for no promise
    addMeeting(repository, salem.municipality, QDate(2021, 5, 11), walks); // counts for another one
    addMeeting(repository, salem.municipality, QDate(2022, 1, 11), salem.ogPromise);
    addMeeting(repository, salem.municipality, QDate(2022, 12, 31), salem.ogPromise); // its last day
    addMeeting(repository, salem.municipality, QDate(2023, 1, 10), salem.ogPromise);  // after the period

    const QList<Cadence::Year> result = years(repository, salem.period);
    REQUIRE(result.size() == 2);
    checkYear(result.at(0), 2021, 3, 12);
    checkYear(result.at(1), 2022, 2, 12);
}

TEST_CASE("Against the target, a period without meetings holds the target and nothing held", "[og]") {
    SalemFile salem;
    const QList<Cadence::Year> result = years(salem.repository, salem.period);
    REQUIRE(result.size() == 2);
    checkYear(result.at(0), 2021, 0, 12);
    checkYear(result.at(1), 2022, 0, 12);
}

TEST_CASE("A target per period is shared over the years by their days", "[og]") {
    // 1 July 2021 to 31 December 2022: 184 days in 2021, 365 in 2022, 549 in all. A target of 18 meetings
    // asks for 18 * 184 / 549 = 6.03 in 2021 and 18 * 365 / 549 = 11.97 in 2022.
    OwnPeriod own(QStringLiteral("2021-07-01"), QStringLiteral("2022-12-31"), 18, QStringLiteral("period"));
    addMeeting(own.repository, own.municipality.id, QDate(2021, 6, 30), own.promise.id); // before it began
    addMeeting(own.repository, own.municipality.id, QDate(2021, 7, 1), own.promise.id);
    addMeeting(own.repository, own.municipality.id, QDate(2022, 3, 8), own.promise.id);
    addMeeting(own.repository, own.municipality.id, QDate(2022, 4, 12), own.promise.id);

    const QList<Cadence::Year> result = years(own.repository, own.period.id);
    REQUIRE(result.size() == 2);
    checkYear(result.at(0), 2021, 1, 6);
    checkYear(result.at(1), 2022, 2, 12);
}

TEST_CASE("A target per period over two whole years asks for half of it each year", "[og]") {
    OwnPeriod own(QStringLiteral("2021-01-01"), QStringLiteral("2022-12-31"), 20, QStringLiteral("period"));
    const QList<Cadence::Year> result = years(own.repository, own.period.id);
    REQUIRE(result.size() == 2);
    // 365 of 730 days each.
    checkYear(result.at(0), 2021, 0, 10);
    checkYear(result.at(1), 2022, 0, 10);
}

TEST_CASE("A period without a counting target has years with no target", "[og]") {
    TestFile file;
    auto document = file.open();
    const PromiseTree tree = makeTree(document->repository());
    insertRecord(document->repository(), OgRegisters::meetings(),
                 meetingValues(tree.municipality.id, QDate(2021, 5, 11), tree.promise.id));
    const QList<Cadence::Year> result = years(document->repository(), tree.period.id);
    REQUIRE(result.size() == 2);
    checkYear(result.at(0), 2021, 0, 0);
    checkYear(result.at(1), 2022, 0, 0);
}

TEST_CASE("A target per term or per tertial asks each year for all its slices, and a year cut by the period "
          "for the work in its part",
          "[og][rhythm]") {
    // Twice per term: four a year; four per tertial: twelve a year.
    OwnPeriod terms(QStringLiteral("2021-01-01"), QStringLiteral("2022-12-31"), 2, QStringLiteral("termin"));
    checkYear(years(terms.repository, terms.period.id).at(0), 2021, 0, 4);
    OwnPeriod tertials(QStringLiteral("2021-01-01"), QStringLiteral("2021-12-31"), 4,
                       QStringLiteral("tertial"));
    checkYear(years(tertials.repository, tertials.period.id).at(0), 2021, 0, 12);

    // Eleven a year, every month but July, in a period that starts in July: August to December's five.
    OwnPeriod summer(QStringLiteral("2021-07-01"), QStringLiteral("2022-12-31"), 11, QStringLiteral("ar"));
    const QString target =
        scalar(*summer.document, QStringLiteral("SELECT uuid FROM targets WHERE promise_id = ?"),
               {summer.promise.id})
            .toString();
    REQUIRE(summer.document
                ->update(PromiseRegisters::targets(), target,
                         {{QStringLiteral("months"), QStringLiteral("1,2,3,4,5,6,8,9,10,11,12")}})
                .ok());
    const QList<Cadence::Year> result = years(summer.repository, summer.period.id);
    REQUIRE(result.size() == 2);
    checkYear(result.at(0), 2021, 0, 5);
    checkYear(result.at(1), 2022, 0, 11);
}
