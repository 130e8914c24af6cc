#include "watch/areaevents.h"

#include "db/sql.h"

#include <QSqlQuery>

namespace lk {

Result<QList<AreaEvents::Kind>> AreaEvents::of(const Repository& repository, qint64 areaId) {
    auto events =
        sql::run(repository.database(),
                 QStringLiteral("SELECT kind, count(*), max(held_on) FROM watch_events WHERE area_id = ? "
                                "GROUP BY kind ORDER BY kind"),
                 {areaId});
    if (!events)
        return events.error();
    QList<Kind> kinds;
    while (events->next())
        kinds.append({events->value(0).toString(), events->value(1).toInt(),
                      QDate::fromString(events->value(2).toString(), Qt::ISODate)});
    return kinds;
}

} // namespace lk
