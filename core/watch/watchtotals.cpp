#include "watch/watchtotals.h"

#include "common/isodate.h"
#include "db/sql.h"

namespace lk {

namespace {

double percent(qint64 part, qint64 whole) {
    return whole > 0 ? 100.0 * double(part) / double(whole) : -1;
}

} // namespace

double WatchTotals::Totals::flatShare() const {
    return percent(flatHouseholdsJoined, householdsJoined);
}

double WatchTotals::Totals::joinedShare() const {
    return percent(householdsJoined, households);
}

Result<WatchTotals::Totals> WatchTotals::of(const Repository& repository, qint64 municipalityId,
                                            const QDate& from, const QDate& to) {
    Totals totals;
    // Active at some time in the range: started by its end, and not dormant or ended before its start.
    auto areas = sql::run(
        repository.database(),
        QStringLiteral(
            "SELECT count(*), coalesce(sum(CASE WHEN housing = 'flerbostadshus' THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(households), 0), coalesce(sum(households_joined), 0), "
            "coalesce(sum(CASE WHEN housing = 'flerbostadshus' THEN households_joined END), 0), "
            "coalesce(sum(contact_persons), 0) FROM watch_areas WHERE municipality_id = ? AND "
            "started_on <= ? AND (ended_on IS NULL OR ended_on > ?)"),
        {municipalityId, isoDate(to), isoDate(from)});
    if (!areas)
        return areas.error();
    if (areas->next()) {
        totals.activeAreas = areas->value(0).toInt();
        totals.flatAreas = areas->value(1).toInt();
        totals.households = areas->value(2).toLongLong();
        totals.householdsJoined = areas->value(3).toLongLong();
        totals.flatHouseholdsJoined = areas->value(4).toLongLong();
        totals.contactPersons = areas->value(5).toInt();
    }
    auto events =
        sql::run(repository.database(),
                 QStringLiteral("SELECT e.kind, count(*) FROM watch_events e JOIN watch_areas a ON "
                                "a.id = e.area_id WHERE a.municipality_id = ? AND e.held_on BETWEEN ? "
                                "AND ? GROUP BY e.kind"),
                 {municipalityId, isoDate(from), isoDate(to)});
    if (!events)
        return events.error();
    while (events->next())
        totals.events.insert(events->value(0).toString(), events->value(1).toInt());
    return totals;
}

} // namespace lk
