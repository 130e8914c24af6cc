#include "og/actionitems.h"

#include "db/sql.h"

namespace lk {

bool ActionItems::isOverdue(const Record& item, const QDate& today) {
    const QString status = item.value(QStringLiteral("status")).toString();
    const QDate due = item.value(QStringLiteral("due_on")).toDate();
    return (status == QStringLiteral("oppen") || status == QStringLiteral("pagar")) && due.isValid() &&
           due < today;
}

Result<int> ActionItems::overdueCount(const Repository& repository, qint64 municipalityId,
                                      const QDate& today) {
    auto count = sql::scalar(repository.database(),
                             QStringLiteral("SELECT count(*) FROM action_items t WHERE ") + ofMunicipality() +
                                 QStringLiteral(" AND ") + overdue(),
                             {municipalityId, today.toString(Qt::ISODate)});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace lk
