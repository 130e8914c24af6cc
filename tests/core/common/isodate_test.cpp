#include "catchqt.h"
#include "common/isodate.h"

using namespace lk;

// isoDate writes the dates a file holds itself, for speed: it must write them exactly as Qt does.
TEST_CASE("isoDate writes every date as QDate's ISO text does", "[isodate]") {
    for (QDate date(1, 1, 1); date.year() <= 9999; date = date.addDays(date.year() < 1900 ? 97 : 1)) {
        if (isoDate(date) != date.toString(Qt::ISODate)) {
            FAIL_CHECK(date.toString(Qt::ISODate).toStdString()
                       << " written as " << isoDate(date).toStdString());
            break;
        }
        if (date.year() == 2100)
            date = QDate(9990, 1, 1); // the rest of the years at a glance
    }
    CHECK(isoDate(QDate(2021, 3, 15)) == QStringLiteral("2021-03-15"));
    CHECK(isoDate(QDate(999, 12, 31)) == QStringLiteral("0999-12-31"));
    CHECK(isoDate(QDate()).isNull());
    CHECK(isoDate(QDate()) == QDate().toString(Qt::ISODate));
    for (const QDate& outside : {QDate(-44, 3, 15), QDate(10000, 1, 1), QDate(12345, 6, 7)})
        CHECK(isoDate(outside) == outside.toString(Qt::ISODate));
}
