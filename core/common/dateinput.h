// DateInput: reads a date as a Swede types it (2022-11-03, 20221103, 221103, 3/11) and says why a text is no
// date; the date editors and the field checks share it, so a typed date is never taken as another one.
#pragma once

#include <QDate>
#include <QString>

namespace lk {

class DateInput {
public:
    enum class State { Empty, Date, NotADate };
    struct Reading {
        State state = State::Empty;
        QDate date;      // when state is Date
        QString problem; // when state is NotADate: a sentence that quotes the text and says what is wrong
    };

    // Reads `text`, spaces around it ignored: yyyy-MM-dd (also with / or .), yy-MM-dd, yyyyMMdd, yyMMdd, d/M
    // (in the year of `today`), d/M yyyy and d/M-yy. A two-digit year is 20yy. A day or month that does not
    // exist is never moved to one that does: 2022-02-30 is no date. Years 1900 to 2100.
    static Reading read(const QString& text, const QDate& today = QDate::currentDate());

    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2100;
};

} // namespace lk
