#include "catchqt.h"

#include "register/monthset.h"

#include <QDate>
#include <QLocale>
#include <QVariantList>

using namespace lk;

TEST_CASE("Months are read from text or a list, in any order and with repeats, and kept sorted and once",
          "[monthset]") {
    const auto read = [](const QVariant& value) {
        const std::optional<MonthSet> months = MonthSet::read(value);
        REQUIRE(months);
        return *months;
    };
    CHECK(read(QStringLiteral("3,4,5,9,10")).toText() == QStringLiteral("3,4,5,9,10"));
    CHECK(read(QStringLiteral(" 10, 9,3 ,4,4,5")).toText() == QStringLiteral("3,4,5,9,10"));
    CHECK(read(QStringList{QStringLiteral("12"), QStringLiteral("1")}).toText() == QStringLiteral("1,12"));
    CHECK(read(QVariantList{11.0, 12.0}).toText() == QStringLiteral("11,12")); // as JSON gives numbers
    CHECK(read(QVariantList{qint64(6)}).months() == QList<int>{6});
    CHECK(read(QString()).isEmpty());
    CHECK(read(QStringLiteral("  ")).isEmpty());
    CHECK(read(qint64(7)).toText() == QStringLiteral("7"));
}

TEST_CASE("Anything but whole numbers from 1 to 12 is no list of months", "[monthset]") {
    for (const QVariant& wrong :
         {QVariant(QStringLiteral("0")), QVariant(QStringLiteral("13")), QVariant(QStringLiteral("mars")),
          QVariant(QStringLiteral("3;4")), QVariant(QStringLiteral("3,,4")), QVariant(QStringLiteral("3,4,")),
          QVariant(QStringLiteral("3.5")), QVariant(QStringLiteral("-1")), QVariant(QVariantList{4.5}),
          QVariant(QVariantList{true}), QVariant(true), QVariant(), QVariant(2.5)}) {
        INFO(wrong.toString().toStdString());
        CHECK_FALSE(MonthSet::read(wrong));
    }
}

TEST_CASE("Months read as ranges by the locale's short month names, in Swedish and in English",
          "[monthset]") {
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const MonthSet spring({3, 4, 5, 9, 10});
    CHECK(spring.displayText(swedish) == QStringLiteral("mars–maj, sep–okt"));
    CHECK(spring.displayText(english) == QStringLiteral("Mar–May, Sep–Oct"));
    // A single month by its name; the abbreviation's full stop is left out.
    CHECK(MonthSet({11}).displayText(swedish) == QStringLiteral("nov"));
    CHECK(MonthSet({1, 3, 12}).displayText(swedish) == QStringLiteral("jan, mars, dec"));
    CHECK(MonthSet({1, 2, 3, 4, 5, 9, 10, 11, 12}).displayText(english) ==
          QStringLiteral("Jan–May, Sep–Dec"));
    CHECK(MonthSet({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}).displayText(english) ==
          QStringLiteral("Jan–Dec"));
    CHECK(MonthSet().displayText(english).isEmpty());
    CHECK(MonthSet::shortName(1, swedish) == QStringLiteral("jan"));
}

TEST_CASE("Work days are the days of the work months, or every day when no month is named", "[monthset]") {
    const MonthSet november({11});
    CHECK(november.workDays(QDate(2021, 1, 1), QDate(2021, 12, 31)) == 30);
    CHECK(november.workDays(QDate(2021, 1, 1), QDate(2021, 10, 31)) == 0);
    CHECK(november.workDays(QDate(2021, 11, 10), QDate(2022, 11, 5)) == 21 + 5);
    CHECK(MonthSet().workDays(QDate(2021, 1, 1), QDate(2021, 12, 31)) == 365);
    CHECK(MonthSet({2}).workDays(QDate(2024, 1, 1), QDate(2024, 12, 31)) == 29);
    CHECK(november.workDays(QDate(2021, 12, 1), QDate(2021, 11, 1)) == 0);
    CHECK(november.isWorkMonth(11));
    CHECK_FALSE(november.isWorkMonth(10));
    CHECK(MonthSet().isWorkMonth(7));
}
