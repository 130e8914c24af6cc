#include "catchqt.h"

#include "common/decimal.h"

#include <QLocale>

#include <limits>

using namespace lk;

namespace {

// Sets the default locale for one scope, as the program does for Swedish, and puts the old one back.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

const QString minus = QStringLiteral("\u2212"); // the minus sign, as QLocale writes it in Swedish

} // namespace

TEST_CASE("parseDecimal reads what a Swedish user, Swedish Excel and a programmer write", "[decimal]") {
    const QList<QPair<QString, double>> accepted{
        {QStringLiteral("12,5"), 12.5},
        {QStringLiteral("12.5"), 12.5},
        {QStringLiteral("37,2"), 37.2},
        {QStringLiteral("0,125"), 0.125},
        {QStringLiteral("-3"), -3.0},
        {minus + QStringLiteral("3"), -3.0},
        {minus + QStringLiteral("2,75"), -2.75},
        {QStringLiteral("+4"), 4.0},
        {QStringLiteral("007"), 7.0},
        {QStringLiteral("1 234,5"), 1234.5},
        {QStringLiteral("1\u00a0234,5"), 1234.5},
        {QStringLiteral("1\u202f234,5"), 1234.5},
        {QStringLiteral("12 345 678"), 12345678.0},
        {QStringLiteral("  12,5  "), 12.5},
        {QStringLiteral("\u00a012,5\t"), 12.5},
        {QStringLiteral("-0"), 0.0},
        {QStringLiteral("1 000 000 000 000"), 1e12},
        {QStringLiteral("-1000000000000"), -1e12},
    };
    for (const auto& [text, value] : accepted) {
        INFO(text.toStdString());
        const std::optional<double> number = parseDecimal(text);
        REQUIRE(number.has_value());
        CHECK(*number == Approx(value));
    }
    // "-0" is plain 0, so it never shows as "−0".
    CHECK_FALSE(std::signbit(*parseDecimal(QStringLiteral("-0"))));
}

TEST_CASE("parseDecimal refuses text, units, ambiguous separators, inf, nan and numbers beyond 1e12",
          "[decimal]") {
    const QStringList refused{
        QString(),
        QStringLiteral("   "),
        QStringLiteral("abc"),
        QStringLiteral("tolv"),
        QStringLiteral("1,2,3"),
        QStringLiteral("1.2.3"),
        QStringLiteral("1.234,5"), // both separators: which one is the decimal?
        QStringLiteral("1,234.5"),
        QStringLiteral("12,5 %"), // a unit is not part of the value
        QStringLiteral("12,5%"),
        QStringLiteral("12 kr"),
        QStringLiteral("inf"),
        QStringLiteral("-inf"),
        QStringLiteral("nan"),
        QStringLiteral("1e3"),
        QStringLiteral("0x10"),
        QStringLiteral("12 5"), // groups are three digits
        QStringLiteral("1234 567"),
        QStringLiteral("1  234"),
        QStringLiteral("1 234 ,5"),
        QStringLiteral("12,"),
        QStringLiteral(",5"),
        QStringLiteral("-"),
        QStringLiteral("+-3"),
        QStringLiteral("- 3"),
        QStringLiteral("1000000000001"),
        QStringLiteral("1 000 000 000 000,5"),
        QStringLiteral("-1000000000000,01"),
        QStringLiteral("99999999999999999999999999"),
        QStringLiteral("\u0661\u0662"), // Arabic-Indic digits
    };
    for (const QString& text : refused) {
        INFO(text.toStdString());
        CHECK_FALSE(parseDecimal(text).has_value());
    }
}

TEST_CASE("formatDecimal writes a decimal comma, Swedish groups and at most four decimals", "[decimal]") {
    CHECK(formatDecimal(12.5) == QStringLiteral("12,5"));
    CHECK(formatDecimal(37.2) == QStringLiteral("37,2"));
    CHECK(formatDecimal(3.0) == QStringLiteral("3"));
    CHECK(formatDecimal(0.0) == QStringLiteral("0"));
    CHECK(formatDecimal(0.25) == QStringLiteral("0,25"));
    CHECK(formatDecimal(2.718281828) == QStringLiteral("2,7183"));
    CHECK(formatDecimal(1234.5) == QStringLiteral("1\u00a0234,5"));
    CHECK(formatDecimal(1500000.0) == QStringLiteral("1\u00a0500\u00a0000"));
    CHECK(formatDecimal(1e12) == QStringLiteral("1\u00a0000\u00a0000\u00a0000\u00a0000"));
    CHECK(formatDecimal(-1234.5) == minus + QStringLiteral("1\u00a0234,5"));
    CHECK(formatDecimal(-0.00001) == QStringLiteral("0")); // rounds to 0, never "−0"
    CHECK(formatDecimal(-0.0) == QStringLiteral("0"));
    CHECK_FALSE(formatDecimal(std::numeric_limits<double>::infinity()).isEmpty());
}

TEST_CASE("formatDecimal is Swedish whatever the default locale, and parseDecimal reads it back",
          "[decimal]") {
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Swedish, QLocale::Sweden)}) {
        INFO(locale.name().toStdString());
        const DefaultLocale scope(locale);
        CHECK(formatDecimal(1234.5) == QStringLiteral("1\u00a0234,5"));
        CHECK(parseDecimal(QStringLiteral("1234.5")) == 1234.5);
        for (const double value : {12.5, -3.0, 1234.5, -987654.3216, 0.0001, 1e12, -1e12}) {
            const std::optional<double> back = parseDecimal(formatDecimal(value));
            REQUIRE(back.has_value());
            CHECK(*back == Approx(value));
        }
    }
}
