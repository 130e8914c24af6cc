#include "walks/walkfollowup.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "walks/walkregisters.h"

#include <QSqlQuery>

namespace lk {

bool WalkFollowUp::isOverdue(const Record& observation, const QDate& today) {
    const QString status = observation.value(observations::status).toString();
    const QDate due = observation.value(observations::dueOn).toDate();
    return (status == QStringLiteral("oppen") || status == QStringLiteral("pagar")) && due.isValid() &&
           due < today;
}

Result<WalkFollowUp::Totals> WalkFollowUp::totals(const Repository& repository, qint64 municipalityId,
                                                  const QDate& today, const QDate& from, const QDate& to) {
    auto query = sql::run(
        repository.database(),
        QStringLiteral("SELECT w.walked_on, o.status, o.due_on, o.done_on FROM observations o "
                       "JOIN walks w ON w.id = o.walk_id WHERE w.municipality_id = ? AND "
                       "o.action IS NOT NULL AND w.walked_on >= ? AND w.walked_on <= ?"),
        {municipalityId, isoDateOr(from, QStringLiteral("0000")), isoDateOr(to, QStringLiteral("9999"))});
    if (!query)
        return query.error();
    Totals totals;
    while (query->next()) {
        // Six months by the calendar, as the default due date counts them (QDate, not SQLite's date()).
        const QDate sixMonths =
            WalkRegisters::dueByDefault(QDate::fromString(query->value(0).toString(), Qt::ISODate));
        const QString status = query->value(1).toString();
        const QDate due = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        const QDate done = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        ++totals.actions;
        if (status == QStringLiteral("atgardad")) {
            ++totals.settled;
            if (done.isValid() && done <= sixMonths)
                ++totals.inTime;
            else
                ++totals.late;
        } else if (status == QStringLiteral("avvisad")) {
            ++totals.settled;
            ++totals.rejected;
        } else {
            ++totals.open;
            if (today > sixMonths)
                ++totals.settled;
            if (due.isValid() && due < today)
                ++totals.overdue;
        }
    }
    return totals;
}

} // namespace lk
