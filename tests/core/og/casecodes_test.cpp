#include "catchqt.h"
#include "og/casecodes.h"
#include "ogfixture.h"

using namespace lk;
using namespace lk::test;

namespace {

QString nextCode(const Repository& repository, qint64 municipality, int year, int skip = 0) {
    auto code = CaseCodes::next(repository, municipality, year, skip);
    INFO(code.message().toStdString());
    REQUIRE(code.ok());
    return *code;
}

void addCase(const Repository& repository, qint64 municipality, const QString& code, const QDate& opened) {
    insertRecord(repository, OgRegisters::cases(), caseValues(municipality, code, opened));
}

} // namespace

TEST_CASE("A case code is OG, the year and a three-digit number", "[og]") {
    CHECK(CaseCodes::format(2021, 1) == QStringLiteral("OG-2021-001"));
    CHECK(CaseCodes::format(2021, 7) == QStringLiteral("OG-2021-007"));
    CHECK(CaseCodes::format(2022, 42) == QStringLiteral("OG-2022-042"));
    CHECK(CaseCodes::format(2023, 999) == QStringLiteral("OG-2023-999"));
}

TEST_CASE("The first case of a year gets number 001", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    CHECK(nextCode(salem.repository, salem.municipality, 2021) == QStringLiteral("OG-2021-001"));
    CHECK(nextCode(salem.repository, salem.municipality, 2022) == QStringLiteral("OG-2022-001"));
}

TEST_CASE("The next code follows the highest number of its year, not the count of cases", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-007"), QDate(2021, 3, 9));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-003"), QDate(2021, 4, 13));
    CHECK(nextCode(salem.repository, salem.municipality, 2021) == QStringLiteral("OG-2021-008"));
    // Numbers are compared as numbers: 010 comes after 009.
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-010"), QDate(2021, 5, 11));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-009"), QDate(2021, 5, 11));
    CHECK(nextCode(salem.repository, salem.municipality, 2021) == QStringLiteral("OG-2021-011"));
}

TEST_CASE("Each year counts on its own", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-002"), QDate(2021, 3, 9));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2022-001"), QDate(2022, 2, 8));
    CHECK(nextCode(salem.repository, salem.municipality, 2021) == QStringLiteral("OG-2021-003"));
    CHECK(nextCode(salem.repository, salem.municipality, 2022) == QStringLiteral("OG-2022-002"));
    CHECK(nextCode(salem.repository, salem.municipality, 2023) == QStringLiteral("OG-2023-001"));
    // The year in the code is what counts, not the year a case was opened (a code given in late December).
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2023-004"), QDate(2022, 12, 30));
    CHECK(nextCode(salem.repository, salem.municipality, 2023) == QStringLiteral("OG-2023-005"));
    CHECK(nextCode(salem.repository, salem.municipality, 2022) == QStringLiteral("OG-2022-002"));
}

TEST_CASE("Each municipality counts on its own", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    const qint64 other = salem.otherMunicipality();
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-002"), QDate(2021, 3, 9));
    addCase(salem.repository, other, QStringLiteral("OG-2021-005"), QDate(2021, 3, 9));
    CHECK(nextCode(salem.repository, salem.municipality, 2021) == QStringLiteral("OG-2021-003"));
    CHECK(nextCode(salem.repository, other, 2021) == QStringLiteral("OG-2021-006"));
    CHECK(nextCode(salem.repository, other, 2022) == QStringLiteral("OG-2022-001"));
}

TEST_CASE("Skip hands out the codes after the next one, for several new cases saved together",
          "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    CHECK(nextCode(salem.repository, salem.municipality, 2021, 0) == QStringLiteral("OG-2021-001"));
    CHECK(nextCode(salem.repository, salem.municipality, 2021, 1) == QStringLiteral("OG-2021-002"));
    CHECK(nextCode(salem.repository, salem.municipality, 2021, 2) == QStringLiteral("OG-2021-003"));
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-004"), QDate(2021, 2, 9));
    CHECK(nextCode(salem.repository, salem.municipality, 2021, 0) == QStringLiteral("OG-2021-005"));
    CHECK(nextCode(salem.repository, salem.municipality, 2021, 3) == QStringLiteral("OG-2021-008"));
}

TEST_CASE("A code handed out is free and valid: a case stored with it is accepted", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    addCase(salem.repository, salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    for (int i = 0; i < 3; ++i) {
        const QString code = nextCode(salem.repository, salem.municipality, 2021);
        INFO(code.toStdString());
        CHECK(countWhere(salem.repository, QStringLiteral("SELECT count(*) FROM og_cases WHERE code = ?"),
                         {code}) == 0);
        addCase(salem.repository, salem.municipality, code, QDate(2021, 3, 9));
    }
    CHECK(rowCount(salem.repository, QStringLiteral("og_cases")) == 4);
    CHECK(nextCode(salem.repository, salem.municipality, 2021) == QStringLiteral("OG-2021-005"));
}
