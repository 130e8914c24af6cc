// WatchTotals: what neighbourhood watch amounts to over a date range: the areas active in it, the households
// they cover (and how many of those live in apartment buildings, which the promise wants to bring in), and
// the trainings, meetings, newsletters and fire-safety information in the range.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QHash>

namespace lk {

class WatchTotals {
public:
    struct Totals {
        int activeAreas = 0;         // started by the range's end, not dormant or ended before its start
        int flatAreas = 0;           // of those, in apartment buildings (flerbostadshus)
        qint64 households = 0;       // in the active areas, where counted
        qint64 householdsJoined = 0; // joined, in the active areas
        qint64 flatHouseholdsJoined = 0;
        int contactPersons = 0;
        QHash<QString, int> events; // by kind (utbildning, nyhetsbrev, …), held in the range

        // Per cent of the joined households that live in apartment buildings; -1 when none joined.
        double flatShare() const;
        // Per cent of the households in the active areas that joined; -1 when none are counted.
        double joinedShare() const;
    };

    // The areas are the municipality's; households are as the areas hold them now.
    static Result<Totals> of(const Repository& repository, qint64 municipalityId, const QDate& from,
                             const QDate& to);
};

} // namespace lk
