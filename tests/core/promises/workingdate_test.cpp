#include "catchqt.h"
#include "promises/workingdate.h"

using lk::WorkingDate;

TEST_CASE("A new record starts today inside the period, else on the period's nearest day", "[promises]") {
    const QDate start(2021, 1, 1);
    const QDate end(2022, 12, 31);
    CHECK(WorkingDate::in(start, end, QDate(2022, 5, 17)) == QDate(2022, 5, 17));
    CHECK(WorkingDate::in(start, end, start) == start);
    CHECK(WorkingDate::in(start, end, end) == end);
    // A period gone by: its last day, not a date it cannot show.
    CHECK(WorkingDate::in(start, end, QDate(2026, 12, 7)) == end);
    // A period not begun: its first day.
    CHECK(WorkingDate::in(start, end, QDate(2020, 6, 1)) == start);
    // No period: today.
    CHECK(WorkingDate::in({}, {}, QDate(2026, 12, 7)) == QDate(2026, 12, 7));
}
