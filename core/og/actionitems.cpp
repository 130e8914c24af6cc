#include "og/actionitems.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "og/ogregisters.h"

namespace lk {

bool ActionItems::isOverdue(const Record& item, const QDate& today) {
    const QString status = item.value(actionItems::status).toString();
    const QDate due = item.value(actionItems::dueOn).toDate();
    return (status == QStringLiteral("oppen") || status == QStringLiteral("pagar")) && due.isValid() &&
           due < today;
}

Result<int> ActionItems::overdueCount(const Repository& repository, qint64 municipalityId,
                                      const QDate& today) {
    auto count = sql::scalar(repository.database(),
                             QStringLiteral("SELECT count(*) FROM action_items t WHERE ") + ofMunicipality() +
                                 QStringLiteral(" AND ") + overdue(),
                             {municipalityId, isoDate(today)});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace lk
