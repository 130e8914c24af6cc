// FollowUpCalendar: the points a council follows the promises up at (the end of each tertial: 30 April,
// 31 August, 31 December) and the slices a report compares: years when the dates span more than one year,
// tertials (T1 January–April, T2 May–August, T3 September–December) within one; and the steps its charts
// count by (terms across years, tertials within one).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace lk {

class FollowUpCalendar {
public:
    struct Slice {
        QString label; // "2021", "T2 2021", "VT 2021" (translated)
        QDate from;    // cut to the dates followed up
        QDate to;
        bool cut = false; // the dates followed up end (or begin) inside it
    };

    // 1, 2 or 3.
    static int tertialOf(const QDate& date);
    static QDate tertialEnd(int year, int tertial);
    // The previous follow-up point: the end of the tertial before the one `to` lies in (2021-08-31 gives
    // 2021-04-30; 2022-12-31 gives 2022-08-31; 2021-03-15 gives 2020-12-31).
    static QDate previousPoint(const QDate& to);
    // "T2 2021", "Tertial 2, 2021" in a sentence; "2021".
    static QString tertialLabel(int year, int tertial);

    // What a report's tables compare: the years from `from` to `to`, or their tertials when both lie in one
    // year; each cut to the dates.
    static QList<Slice> slices(const QDate& from, const QDate& to);
    // What a report's charts count by: the school terms (spring January–June, autumn July–December) across
    // years, the tertials within one; each cut to the dates.
    static QList<Slice> steps(const QDate& from, const QDate& to);
    // Whether `slices` are tertials (the dates lie within one year).
    static bool byTertial(const QDate& from, const QDate& to) { return from.year() == to.year(); }
};

} // namespace lk
