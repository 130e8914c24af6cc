// ActivityFigures: how many records of an activity register (meetings, visits, controls, …) fall in each
// month, school term or tertial between two dates, for one municipality, beside what the period's targets
// counted from that register ask for in each of them. The Översikt page and the council report chart the same
// figures.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace lk {

class ActivityFigures {
public:
    enum class Step { Month, Term, Tertial };
    struct Series {
        QStringList labels; // "jan 2021", "VT 2021" or "T1 2021" (translated)
        QList<QDate> starts;
        QList<int> counts;
        // What the targets counted from the register ask for in one step, spread evenly (a year's 12 as 1 a
        // month, whatever months the work is done in); 0 when no target counts it.
        double targetPerStep = 0;
        // What they ask for in each step, one per step: the share of each target's slice that the step's
        // days hold, by the months its work is done in (fire-safety information in November: nothing in
        // the other months), and only inside the period and the dates. All 0 when no target counts it.
        QList<double> targetSteps;
    };

    // `periodId`: the period whose targets give the target line (0: none). `kind`: only the records of this
    // kind (a register with a "kind" field: trainings among the neighbourhood-watch events), and only the
    // targets that count that kind.
    static Result<Series> of(const Repository& repository, const RegisterSpec& spec, qint64 municipalityId,
                             qint64 periodId, const QDate& from, const QDate& to, Step step,
                             const QString& kind = {});
};

} // namespace lk
