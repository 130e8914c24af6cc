// KeyFigures: the outcome figures the registers already hold that a council asks after, for one municipality
// between two dates: the actions from safety walks fixed within six months of the walk, Operativa gruppen's
// overdue action items, the households in neighbourhood watch, and the lägesbild of unsafe places. Each
// figure names the registers it is about, so that the report shows it under the promise whose target counts
// them.
#pragma once

#include "common/result.h"
#include "progress/actionitemstanding.h"
#include "register/repository.h"
#include "walks/walkfollowup.h"
#include "watch/watchtotals.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace lk {

class KeyFigures {
public:
    struct Figure {
        QStringList tables; // the registers it is about: a promise counting one of them shows it
        QString label;      // "Actions from safety walks fixed within six months"
        QString value;      // "7 of 9 (78 %)": a share always with what it is of
    };
    struct Places {
        int places = 0; // in the register on the last date
        int high = 0;
        int medium = 0;
        int low = 0;
        int newlyAssessed = 0; // changes between the dates
        int higher = 0;
        int lower = 0;
    };

    QDate from;
    QDate to;
    WalkFollowUp::Totals walkActions;     // of the walks between the dates, as they stand on the last date
    ActionItemStanding::Counts ogActions; // on the last date
    WatchTotals::Totals watch;
    Places places;

    static Result<KeyFigures> of(const Repository& repository, qint64 municipalityId, const QDate& from,
                                 const QDate& to);
    // The figures in words, each only when its register holds something to tell.
    QList<Figure> figures() const;
    // The figures about one of `tables`.
    QList<Figure> about(const QStringList& tables) const;
    // Those no table of `claimed` is about: what no promise's target counts (the lägesbild, usually).
    QList<Figure> unclaimed(const QStringList& claimed) const;
};

} // namespace lk
