// Cadence: how regularly Operativa gruppen meets: the last twelve months one by one, and meetings counted
// against the promise's target year by year.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>

namespace lk {

class Cadence {
public:
    struct Month {
        QDate month; // the first day of the month
        int meetings = 0;
    };
    struct Year {
        int year = 0;
        int held = 0;   // meetings that count for the promise in that year
        int target = 0; // what its target asks for that year
    };

    // The twelve months up to and including the month of `until`, oldest first.
    static Result<QList<Month>> lastTwelveMonths(const Repository& repository, qint64 municipalityId,
                                                 const QDate& until);

    // For a period: each year's meetings linked to a promise whose target counts Operativa gruppen's
    // meetings, beside that target (a target per period is shared out over the years by their share of days).
    static Result<QList<Year>> againstTarget(const Repository& repository, qint64 periodId);

    // The promise of the period whose target counts Operativa gruppen's meetings (0 when none does): a new
    // meeting counts for it unless the user says otherwise.
    static Result<qint64> countingPromise(const Repository& repository, qint64 periodId);
};

} // namespace lk
