#include "catchqt.h"

#include "common/dateinput.h"

#include <QLocale>

using namespace lk;
using lk::test::mentions;

namespace {

const QDate today(2024, 6, 15);

QDate dateOf(const QString& text) {
    const DateInput::Reading reading = DateInput::read(text, today);
    INFO(text.toStdString() << ": " << reading.problem.toStdString());
    REQUIRE(reading.state == DateInput::State::Date);
    CHECK(reading.problem.isEmpty());
    return reading.date;
}

QString problemOf(const QString& text) {
    const DateInput::Reading reading = DateInput::read(text, today);
    INFO(text.toStdString() << " read as " << reading.date.toString(Qt::ISODate).toStdString());
    REQUIRE(reading.state == DateInput::State::NotADate);
    CHECK_FALSE(reading.date.isValid());
    return reading.problem;
}

} // namespace

TEST_CASE("DateInput reads every form a Swede types a date in", "[dateinput]") {
    const QDate november3(2022, 11, 3);
    for (const QString& text :
         {QStringLiteral("2022-11-03"), QStringLiteral("20221103"), QStringLiteral("221103"),
          QStringLiteral("22-11-03"), QStringLiteral("2022-11-3"), QStringLiteral("2022/11/03"),
          QStringLiteral("2022.11.03"), QStringLiteral("3/11 2022"), QStringLiteral("3/11-2022"),
          QStringLiteral("3/11-22"), QStringLiteral("03/11 22")})
        CHECK(dateOf(text) == november3);
}

TEST_CASE("DateInput takes day and month alone as a date in the current year", "[dateinput]") {
    CHECK(dateOf(QStringLiteral("3/11")) == QDate(2024, 11, 3));
    CHECK(dateOf(QStringLiteral("31/1")) == QDate(2024, 1, 31));
    CHECK(DateInput::read(QStringLiteral("3/11"), QDate(2031, 1, 1)).date == QDate(2031, 11, 3));
}

TEST_CASE("DateInput takes a two-digit year as this century's", "[dateinput]") {
    CHECK(dateOf(QStringLiteral("990101")) == QDate(2099, 1, 1));
    CHECK(dateOf(QStringLiteral("000101")) == QDate(2000, 1, 1));
    CHECK(dateOf(QStringLiteral("1/1-05")) == QDate(2005, 1, 1));
    CHECK(dateOf(QStringLiteral("27-01-15")) == QDate(2027, 1, 15));
}

TEST_CASE("DateInput ignores spaces around the date, and reads no text as no date", "[dateinput]") {
    CHECK(dateOf(QStringLiteral("  2022-11-03 ")) == QDate(2022, 11, 3));
    CHECK(dateOf(QStringLiteral("\t221103\n")) == QDate(2022, 11, 3));
    CHECK(dateOf(QStringLiteral("\u00a03/11\u00a0")) == QDate(2024, 11, 3));
    for (const QString& empty : {QString(), QStringLiteral(""), QStringLiteral("   ")}) {
        const DateInput::Reading reading = DateInput::read(empty, today);
        CHECK(reading.state == DateInput::State::Empty);
        CHECK_FALSE(reading.date.isValid());
        CHECK(reading.problem.isEmpty());
    }
}

TEST_CASE("DateInput never moves a date that does not exist to one that does", "[dateinput]") {
    CHECK_THAT(problemOf(QStringLiteral("2022-13-45")).toStdString(),
               mentions(QStringLiteral("no month 13")));
    CHECK_THAT(problemOf(QStringLiteral("2022-13-45")).toStdString(),
               mentions(QStringLiteral("“2022-13-45”")));
    CHECK_THAT(problemOf(QStringLiteral("20221345")).toStdString(), mentions(QStringLiteral("no month 13")));
    CHECK_THAT(problemOf(QStringLiteral("2022-00-10")).toStdString(), mentions(QStringLiteral("no month 0")));
    const QString february = QLocale().standaloneMonthName(2);
    CHECK_THAT(problemOf(QStringLiteral("2022-02-30")).toStdString(),
               mentions(february + QStringLiteral(" 2022 has 28 days")));
    CHECK_THAT(problemOf(QStringLiteral("220230")).toStdString(), mentions(QStringLiteral("28 days")));
    CHECK_THAT(problemOf(QStringLiteral("2022-04-31")).toStdString(), mentions(QStringLiteral("30 days")));
    CHECK_THAT(problemOf(QStringLiteral("2022-11-00")).toStdString(), mentions(QStringLiteral("30 days")));
    CHECK_THAT(problemOf(QStringLiteral("32/1")).toStdString(), mentions(QStringLiteral("31 days")));
    CHECK_THAT(problemOf(QStringLiteral("3/13")).toStdString(), mentions(QStringLiteral("no month 13")));
}

TEST_CASE("DateInput knows the leap days", "[dateinput]") {
    CHECK(dateOf(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    CHECK(dateOf(QStringLiteral("240229")) == QDate(2024, 2, 29));
    CHECK(dateOf(QStringLiteral("29/2")) == QDate(2024, 2, 29));       // 2024 is the year of `today`
    CHECK(dateOf(QStringLiteral("2000-02-29")) == QDate(2000, 2, 29)); // divisible by 400
    CHECK_THAT(problemOf(QStringLiteral("2023-02-29")).toStdString(), mentions(QStringLiteral("28 days")));
    CHECK_THAT(problemOf(QStringLiteral("2100-02-29")).toStdString(), mentions(QStringLiteral("28 days")));
    CHECK(DateInput::read(QStringLiteral("29/2"), QDate(2023, 5, 1)).state == DateInput::State::NotADate);
}

TEST_CASE("DateInput refuses what is no date, and says how to write one", "[dateinput]") {
    for (const QString& text :
         {QStringLiteral("igår"), QStringLiteral("2022-11"), QStringLiteral("2022-11-03-01"),
          QStringLiteral("1103"), QStringLiteral("2022111"), QStringLiteral("202211033"),
          QStringLiteral("2022-11/03"), QStringLiteral("2022 11 03"), QStringLiteral("3/11/2022/1"),
          QStringLiteral("-2022-11-03"), QStringLiteral("2022-11-03T10:00"), QStringLiteral("١٢/١١")})
        CHECK_THAT(problemOf(text).toStdString(), mentions(QStringLiteral("write it as 2022-11-03")));
}

TEST_CASE("DateInput takes the years 1900 to 2100", "[dateinput]") {
    CHECK(dateOf(QStringLiteral("1900-01-01")) == QDate(1900, 1, 1));
    CHECK(dateOf(QStringLiteral("2100-12-31")) == QDate(2100, 12, 31));
    CHECK_THAT(problemOf(QStringLiteral("1899-12-31")).toStdString(), mentions(QStringLiteral("1900")));
    CHECK_THAT(problemOf(QStringLiteral("2202-11-03")).toStdString(), mentions(QStringLiteral("2100")));
    CHECK_THAT(problemOf(QStringLiteral("0022-11-03")).toStdString(), mentions(QStringLiteral("1900")));
}
