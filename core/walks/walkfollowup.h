// WalkFollowUp: how the actions from the safety walks are followed up. Practice is that an item is fixed
// within about six months of the walk, or a reason is given: this counts the actions that are late, and the
// share of those whose six months are over (or that are settled) that were fixed in time.
#pragma once

#include "common/result.h"
#include "register/record.h"
#include "register/repository.h"

#include <QDate>

namespace lk {

class WalkFollowUp {
public:
    struct Totals {
        int actions = 0;  // observations with an action
        int settled = 0;  // fixed or rejected, or whose six months are over: the ones the share is of
        int inTime = 0;   // fixed within six months of the walk
        int late = 0;     // fixed, but after the six months
        int rejected = 0; // rejected, with a reason
        int open = 0;     // open or in progress
        int overdue = 0;  // open or in progress past their due date
        // Fixed in time, as a share of the settled ones; 0 when none is settled.
        double shareInTime() const { return settled == 0 ? 0.0 : double(inTime) / settled; }
    };

    // Conditions for a RecordTableModel over observations (alias t), with values from the functions below:
    // the actions of one municipality's walks, and those still open past their due date.
    static QString ofMunicipality() {
        return QStringLiteral("t.action IS NOT NULL AND t.walk_id IN "
                              "(SELECT id FROM walks WHERE municipality_id = ?)");
    }
    static QString overdue() { return QStringLiteral("t.status IN ('oppen', 'pagar') AND t.due_on < ?"); }

    static bool isOverdue(const Record& observation, const QDate& today);
    // The actions of the municipality's walks on `from`–`to` (both included; invalid dates leave that end
    // open), as they stand on `today`.
    static Result<Totals> totals(const Repository& repository, qint64 municipalityId, const QDate& today,
                                 const QDate& from = {}, const QDate& to = {});
};

} // namespace lk
