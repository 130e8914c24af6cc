#include "progress/actionitemstanding.h"

#include "common/isodate.h"
#include "db/sql.h"

namespace lk {

Result<ActionItemStanding::Counts> ActionItemStanding::on(const Repository& repository, qint64 municipalityId,
                                                          const QDate& day) {
    const QString iso = isoDate(day);
    auto counted = sql::run(
        repository.database(),
        QStringLiteral(
            "SELECT count(*), coalesce(sum(CASE WHEN t.due_on < ? THEN 1 ELSE 0 END), 0) FROM action_items t "
            "JOIN og_meetings m ON m.id = t.meeting_id WHERE m.municipality_id = ? AND "
            "m.held_on <= ? AND (t.status IN ('oppen', 'pagar') OR t.done_on > ?)"),
        {iso, municipalityId, iso, iso});
    if (!counted)
        return counted.error();
    counted->next();
    return Counts{counted->value(0).toInt(), counted->value(1).toInt()};
}

} // namespace lk
