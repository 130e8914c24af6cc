#include "tobacco/compliance.h"
#include "tobaccofixture.h"

using namespace lk;
using namespace lk::test;

namespace {

QList<Compliance::Slice> slicesOf(const TobaccoFile& tobacco, Compliance::Step step) {
    auto slices = Compliance::of(tobacco.repository, tobacco.municipality, QDate(2021, 1, 1),
                                 QDate(2022, 12, 31), step);
    INFO(slices.message().toStdString());
    REQUIRE(slices.ok());
    return *slices;
}

// A known year: four test purchases in the spring (three where the seller asked or refused), two sales
// without asking in the autumn; two inspections in the spring, one of them with a deficiency; and another
// municipality's shop, which does not count.
struct KnownYear : TobaccoFile {
    KnownYear() {
        const QList<QPair<QDate, QString>> purchases{{QDate(2021, 4, 20), QStringLiteral("fragade_leg")},
                                                     {QDate(2021, 4, 20), QStringLiteral("fragade_leg")},
                                                     {QDate(2021, 4, 21), QStringLiteral("salde_utan")},
                                                     {QDate(2021, 6, 30), QStringLiteral("nekade")},
                                                     {QDate(2021, 7, 1), QStringLiteral("salde_utan")},
                                                     {QDate(2021, 10, 12), QStringLiteral("salde_utan")}};
        for (const auto& [day, outcome] : purchases)
            insertRecord(repository, TobaccoRegisters::testPurchases(),
                         purchaseValues(retailer.id, day, outcome));
        inspect(QDate(2021, 3, 9));
        inspect(QDate(2021, 3, 16), {2}, QStringLiteral("paminnelse"));
        const Record elsewhere =
            insertRecord(repository, TobaccoRegisters::retailers(),
                         retailerValues(otherMunicipality(), QStringLiteral("Kiosken i Botkyrka")));
        insertRecord(repository, TobaccoRegisters::testPurchases(),
                     purchaseValues(elsewhere.id, QDate(2021, 4, 20), QStringLiteral("salde_utan")));
        inspect(QDate(2021, 3, 20), {0, 1}, QStringLiteral("forelaggande"), QStringLiteral("ordinarie"),
                elsewhere.id);
    }
};

} // namespace

TEST_CASE("Compliance by half-year: the share of test purchases with ID asked and of inspections without a "
          "deficiency",
          "[tobacco][compliance]") {
    KnownYear tobacco;
    const QList<Compliance::Slice> slices = slicesOf(tobacco, Compliance::Step::HalfYear);
    REQUIRE(slices.size() == 4);
    const Compliance::Slice& spring = slices.at(0);
    CHECK(spring.label == QStringLiteral("Jan–Jun 2021"));
    CHECK(spring.from == QDate(2021, 1, 1));
    CHECK(spring.to == QDate(2021, 6, 30));
    CHECK(spring.purchases == 4);
    CHECK(spring.idAsked == 3);
    CHECK(spring.idAskedShare() == Approx(75.0));
    CHECK(spring.inspections == 2);
    CHECK(spring.withoutDeficiency == 1);
    CHECK(spring.withoutDeficiencyShare() == Approx(50.0));

    const Compliance::Slice& autumn = slices.at(1);
    CHECK(autumn.label == QStringLiteral("Jul–Dec 2021"));
    CHECK(autumn.purchases == 2);
    CHECK(autumn.idAskedShare() == Approx(0.0));
    // Nothing to count is not 0 %.
    CHECK(autumn.inspections == 0);
    CHECK(autumn.withoutDeficiencyShare() == -1);
    CHECK(slices.at(2).purchases == 0);
    CHECK(slices.at(2).idAskedShare() == -1);
}

TEST_CASE("Compliance by year adds up the half-years", "[tobacco][compliance]") {
    KnownYear tobacco;
    const QList<Compliance::Slice> years = slicesOf(tobacco, Compliance::Step::Year);
    REQUIRE(years.size() == 2);
    CHECK(years.first().label == QStringLiteral("2021"));
    CHECK(years.first().purchases == 6);
    CHECK(years.first().idAsked == 3);
    CHECK(years.first().idAskedShare() == Approx(50.0));
    CHECK(years.first().withoutDeficiencyShare() == Approx(50.0));
    CHECK(years.last().label == QStringLiteral("2022"));
    CHECK(years.last().purchases == 0);
}
