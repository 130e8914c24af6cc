#include "tobacco/retailerfollowup.h"
#include "tobaccofixture.h"

using namespace lk;
using namespace lk::test;

namespace {

RetailerFollowUp::Due dueOf(const TobaccoFile& tobacco, const QDate& today) {
    auto due = RetailerFollowUp::ofRetailer(tobacco.repository, tobacco.retailer, today);
    INFO(due.message().toStdString());
    REQUIRE(due.ok());
    return *due;
}

} // namespace

TEST_CASE("A retailer never inspected is due now, and one inspected is due the set time after", "[tobacco]") {
    TobaccoFile tobacco;
    const QDate today(2022, 11, 25);
    RetailerFollowUp::Due due = dueOf(tobacco, today);
    CHECK_FALSE(due.lastInspection.isValid());
    CHECK(due.nextInspection == today);

    tobacco.inspect(QDate(2021, 3, 9));
    tobacco.inspect(QDate(2022, 3, 9));
    due = dueOf(tobacco, today);
    CHECK(due.lastInspection == QDate(2022, 3, 9));
    CHECK(due.nextInspection == QDate(2023, 3, 9));

    const qint64 audit = auditCount(tobacco.repository);
    REQUIRE(RetailerFollowUp::setMonths(tobacco.repository, 6).ok());
    CHECK(auditCount(tobacco.repository) == audit + 1);
    CHECK(dueOf(tobacco, today).nextInspection == QDate(2022, 9, 9));
    const Status refused = RetailerFollowUp::setMonths(tobacco.repository, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(RetailerFollowUp::months(tobacco.repository).value() == 6);
}

TEST_CASE("A follow-up stays open until a later follow-up inspection", "[tobacco]") {
    TobaccoFile tobacco;
    const Record first = tobacco.inspect(QDate(2022, 3, 9), {1, 2}, QStringLiteral("forelaggande"));
    REQUIRE(tobacco.document
                ->update(TobaccoRegisters::inspections(), first.uuid,
                         {{QStringLiteral("follow_up_on"), QDate(2022, 5, 8)}})
                .ok());
    RetailerFollowUp::Due due = dueOf(tobacco, QDate(2022, 6, 1));
    REQUIRE(due.openFollowUps.size() == 1);
    CHECK(due.openFollowUps.first().uuid == first.uuid);

    // An ordinary inspection does not answer it; a follow-up inspection does.
    tobacco.inspect(QDate(2022, 4, 1));
    CHECK(dueOf(tobacco, QDate(2022, 6, 1)).openFollowUps.size() == 1);
    tobacco.inspect(QDate(2022, 5, 5), {}, QStringLiteral("ingen"), QStringLiteral("uppfoljning"));
    CHECK(dueOf(tobacco, QDate(2022, 6, 1)).openFollowUps.isEmpty());
}

TEST_CASE("Only active retailers are due for inspection", "[tobacco]") {
    TobaccoFile tobacco;
    insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                 merged(retailerValues(tobacco.municipality, QStringLiteral("Kiosken")),
                        {{QStringLiteral("status"), QStringLiteral("stangd")}}));
    auto all = RetailerFollowUp::of(tobacco.repository, tobacco.municipality, QDate(2022, 11, 25));
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().retailer.uuid == tobacco.retailer.uuid);
}

TEST_CASE("The count of late retailers agrees with each retailer's own dates", "[tobacco]") {
    TobaccoFile tobacco;
    const Record recent =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Nyss tillsynad")));
    const Record followUp =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Uppföljning väntar")));
    insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                 retailerValues(tobacco.municipality, QStringLiteral("Aldrig tillsynad")));
    insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                 merged(retailerValues(tobacco.municipality, QStringLiteral("Nedlagd")),
                        {{QStringLiteral("status"), QStringLiteral("stangd")}}));
    const QDate today(2022, 11, 25);
    tobacco.inspect(QDate(2021, 10, 1)); // the fixture's retailer: last inspected over a year ago
    tobacco.inspect(QDate(2022, 9, 1), {}, QStringLiteral("ingen"), QStringLiteral("ordinarie"), recent.id);
    const Record injunction = tobacco.inspect(QDate(2022, 9, 1), {0, 1}, QStringLiteral("forelaggande"),
                                              QStringLiteral("ordinarie"), followUp.id);
    REQUIRE(tobacco.document
                ->update(TobaccoRegisters::inspections(), injunction.uuid,
                         {{QStringLiteral("follow_up_on"), QDate(2022, 11, 1)}})
                .ok());

    auto all = RetailerFollowUp::of(tobacco.repository, tobacco.municipality, today);
    REQUIRE(all.ok());
    QSet<qint64> late;
    for (const RetailerFollowUp::Due& due : *all) {
        if (due.late(today))
            late.insert(due.retailer.id);
    }
    CHECK(late.size() == 3); // over a year ago, the follow-up past its date, and never inspected
    CHECK(RetailerFollowUp::late(tobacco.repository, tobacco.municipality, today).value() == late);
    // The day the year is up is not yet late, the day after is (the one never inspected is late on both).
    CHECK(
        RetailerFollowUp::late(tobacco.repository, tobacco.municipality, QDate(2022, 10, 1)).value().size() ==
        1);
    CHECK(
        RetailerFollowUp::late(tobacco.repository, tobacco.municipality, QDate(2022, 10, 2)).value().size() ==
        2);
}
