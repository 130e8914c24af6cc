// CountsFor: an activity (a meeting, a visit, a traffic control) counts for a promise of the period it took
// place in. Which promises to offer, which one a new activity counts for, and the check that keeps a link
// inside its period: one mechanism for every register with a date and a promise.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace lk {

class CountsFor {
public:
    // The period an activity belongs to, with its promises as choices (title, id).
    struct Choices {
        qint64 periodId = 0;
        QDate start;
        QDate end;
        QList<QPair<QString, qint64>> promises;
        qint64 countingPromise = 0; // the promise whose target counts this register (0 when none does)
        // The promise a new activity on `date` counts for: the counting promise inside the period, else none.
        qint64 defaultOn(const QDate& date) const;
    };

    // The choices for an activity of `spec`: the period of the promise it already counts for (opening an
    // older record never loses its link), else the period its date falls in, else `fallbackPeriod`.
    static Result<Choices> choices(const Repository& repository, const RegisterSpec& spec,
                                   qint64 municipalityId, const QDate& date, qint64 linkedPromise,
                                   qint64 fallbackPeriod);

    // The promise of a period whose target counts `table` (0 when none does): a new record counts for it.
    static Result<qint64> countingPromise(const Repository& repository, qint64 periodId,
                                          const QString& table);

    // Refuses a record dated outside the period of the promise it counts for, naming the period.
    static Status check(const Repository& repository, const RegisterSpec& spec, const Record& record);
};

} // namespace lk
