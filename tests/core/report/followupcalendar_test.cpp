#include "catchqt.h"
#include "report/followupcalendar.h"

using namespace lk;

TEST_CASE("The previous follow-up point is the end of the tertial before the one the last date lies in",
          "[report][calendar]") {
    CHECK(FollowUpCalendar::previousPoint(QDate(2021, 8, 31)) == QDate(2021, 4, 30));
    CHECK(FollowUpCalendar::previousPoint(QDate(2022, 12, 31)) == QDate(2022, 8, 31));
    CHECK(FollowUpCalendar::previousPoint(QDate(2021, 5, 1)) == QDate(2021, 4, 30));
    CHECK(FollowUpCalendar::previousPoint(QDate(2021, 4, 30)) == QDate(2020, 12, 31));
    CHECK(FollowUpCalendar::previousPoint(QDate(2024, 3, 15)) == QDate(2023, 12, 31));
    CHECK(FollowUpCalendar::tertialOf(QDate(2021, 9, 1)) == 3);
    CHECK(FollowUpCalendar::tertialEnd(2024, 1) == QDate(2024, 4, 30));
}

TEST_CASE("A report compares years across years and tertials within one, each cut to its dates",
          "[report][calendar]") {
    const auto years = FollowUpCalendar::slices(QDate(2021, 1, 1), QDate(2022, 6, 30));
    REQUIRE(years.size() == 2);
    CHECK(years.at(0).label == QStringLiteral("2021"));
    CHECK_FALSE(years.at(0).cut);
    CHECK(years.at(1).from == QDate(2022, 1, 1));
    CHECK(years.at(1).to == QDate(2022, 6, 30));
    CHECK(years.at(1).cut);

    const auto tertials = FollowUpCalendar::slices(QDate(2021, 1, 1), QDate(2021, 8, 31));
    REQUIRE(tertials.size() == 2);
    CHECK(tertials.at(0).label == QStringLiteral("T1 2021"));
    CHECK(tertials.at(0).to == QDate(2021, 4, 30));
    CHECK(tertials.at(1).label == QStringLiteral("T2 2021"));
    CHECK(tertials.at(1).from == QDate(2021, 5, 1));
    CHECK_FALSE(tertials.at(1).cut);

    // The charts count by term across years, by tertial within one.
    const auto terms = FollowUpCalendar::steps(QDate(2021, 3, 1), QDate(2022, 12, 31));
    REQUIRE(terms.size() == 4);
    CHECK(terms.at(0).label == QStringLiteral("Spring 2021"));
    CHECK(terms.at(0).from == QDate(2021, 3, 1));
    CHECK(terms.at(0).cut);
    CHECK(terms.at(3).label == QStringLiteral("Autumn 2022"));
    CHECK(FollowUpCalendar::steps(QDate(2021, 1, 1), QDate(2021, 8, 31)).size() == 2);
    CHECK(FollowUpCalendar::slices(QDate(2022, 1, 1), QDate(2021, 1, 1)).isEmpty());
}
