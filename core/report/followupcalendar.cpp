#include "report/followupcalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::FollowUpCalendar)
};

// Steps of `months` from the one holding `from`, each cut to the dates.
template <typename Label>
QList<FollowUpCalendar::Slice> cutSteps(const QDate& from, const QDate& to, int months, Label label) {
    QList<FollowUpCalendar::Slice> slices;
    if (!from.isValid() || !to.isValid() || from > to)
        return slices;
    const int first = (from.month() - 1) / months * months + 1;
    for (QDate start(from.year(), first, 1); start <= to; start = start.addMonths(months)) {
        const QDate end = start.addMonths(months).addDays(-1);
        slices.append({label(start), std::max(start, from), std::min(end, to), start < from || end > to});
    }
    return slices;
}

} // namespace

int FollowUpCalendar::tertialOf(const QDate& date) {
    return (date.month() - 1) / 4 + 1;
}

QDate FollowUpCalendar::tertialEnd(int year, int tertial) {
    return QDate(year, tertial * 4, 1).addMonths(1).addDays(-1);
}

QDate FollowUpCalendar::previousPoint(const QDate& to) {
    const int tertial = tertialOf(to);
    return tertial == 1 ? tertialEnd(to.year() - 1, 3) : tertialEnd(to.year(), tertial - 1);
}

QString FollowUpCalendar::tertialLabel(int year, int tertial) {
    return Text::tr("T%1 %2").arg(tertial).arg(year);
}

QList<FollowUpCalendar::Slice> FollowUpCalendar::slices(const QDate& from, const QDate& to) {
    if (byTertial(from, to))
        return cutSteps(from, to, 4,
                        [](const QDate& start) { return tertialLabel(start.year(), tertialOf(start)); });
    return cutSteps(from, to, 12, [](const QDate& start) { return QString::number(start.year()); });
}

QList<FollowUpCalendar::Slice> FollowUpCalendar::steps(const QDate& from, const QDate& to) {
    if (byTertial(from, to))
        return slices(from, to);
    return cutSteps(from, to, 6, [](const QDate& start) {
        return start.month() == 1 ? Text::tr("Spring %1").arg(start.year())
                                  : Text::tr("Autumn %1").arg(start.year());
    });
}

} // namespace lk
