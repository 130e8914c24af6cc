#include "tobacco/retailerhistory.h"
#include "tobaccofixture.h"

using namespace lk;
using namespace lk::test;

namespace {

using What = RetailerHistory::Entry::What;

QList<RetailerHistory::Entry> historyOf(const TobaccoFile& tobacco, qint64 retailer) {
    auto history = RetailerHistory::of(tobacco.repository, retailer);
    INFO(history.message().toStdString());
    REQUIRE(history.ok());
    return *history;
}

} // namespace

TEST_CASE("A retailer's history holds its own inspections and test purchases, newest first", "[tobacco]") {
    TobaccoFile tobacco;
    const Record other = insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                                      retailerValues(tobacco.municipality, QStringLiteral("Kiosken")));
    CHECK(historyOf(tobacco, tobacco.retailer.id).isEmpty());

    // The fixture's retailer: an injunction on two deficiencies and a test purchase that sold on the same
    // day, the follow-up inspection after it, and an earlier purchase where the seller asked for ID.
    const Record injunction = tobacco.inspect(QDate(2022, 3, 9), {1, 2}, QStringLiteral("forelaggande"));
    insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                 merged(purchaseValues(tobacco.retailer.id, QDate(2022, 3, 9), QStringLiteral("salde_utan")),
                        {{QStringLiteral("dialogue_on"), QDate(2022, 3, 16)}}));
    const Record followUp =
        tobacco.inspect(QDate(2022, 5, 5), {}, QStringLiteral("ingen"), QStringLiteral("uppfoljning"));
    insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                 purchaseValues(tobacco.retailer.id, QDate(2021, 10, 12)));
    // The other retailer: one remark on one deficiency, and a purchase refused.
    const Record remark = tobacco.inspect(QDate(2022, 4, 1), {0}, QStringLiteral("paminnelse"),
                                          QStringLiteral("samordnad"), other.id);
    insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                 purchaseValues(other.id, QDate(2022, 4, 20), QStringLiteral("nekade")));

    const QList<RetailerHistory::Entry> history = historyOf(tobacco, tobacco.retailer.id);
    REQUIRE(history.size() == 4);
    CHECK(history.at(0).what == What::Inspection);
    CHECK(history.at(0).id == followUp.id);
    CHECK(history.at(0).on == QDate(2022, 5, 5));
    CHECK(history.at(0).kind == QStringLiteral("uppfoljning"));
    CHECK(history.at(0).decision == QStringLiteral("ingen"));
    CHECK(history.at(0).deficiencies == 0);
    // On the same day the inspection comes before the test purchase.
    CHECK(history.at(1).what == What::Inspection);
    CHECK(history.at(1).id == injunction.id);
    CHECK(history.at(1).on == QDate(2022, 3, 9));
    CHECK(history.at(1).kind == QStringLiteral("ordinarie"));
    CHECK(history.at(1).decision == QStringLiteral("forelaggande"));
    CHECK(history.at(1).deficiencies == 2);
    CHECK(history.at(2).what == What::TestPurchase);
    CHECK(history.at(2).on == QDate(2022, 3, 9));
    CHECK(history.at(2).outcome == QStringLiteral("salde_utan"));
    CHECK(history.at(2).dialogueOn == QDate(2022, 3, 16));
    CHECK(history.at(3).what == What::TestPurchase);
    CHECK(history.at(3).on == QDate(2021, 10, 12));
    CHECK(history.at(3).outcome == QStringLiteral("fragade_leg"));
    CHECK_FALSE(history.at(3).dialogueOn.isValid());

    const QList<RetailerHistory::Entry> others = historyOf(tobacco, other.id);
    REQUIRE(others.size() == 2);
    CHECK(others.at(0).what == What::TestPurchase);
    CHECK(others.at(0).on == QDate(2022, 4, 20));
    CHECK(others.at(0).outcome == QStringLiteral("nekade"));
    CHECK(others.at(1).what == What::Inspection);
    CHECK(others.at(1).id == remark.id);
    CHECK(others.at(1).kind == QStringLiteral("samordnad"));
    CHECK(others.at(1).decision == QStringLiteral("paminnelse"));
    CHECK(others.at(1).deficiencies == 1);
}
