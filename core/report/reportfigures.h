// ReportFigures: what the council report and the public summary tell, gathered once and without a window: the
// municipality and period, each promise's progress between two dates with the figures its charts draw (its
// registers counted per month or term against the target, tobacco compliance per year), and the indicators'
// trends. ui/report lays them out and turns each chart's figures into a picture; the command line and the
// tests read them here.
#pragma once

#include "common/result.h"
#include "indicators/indicatortrend.h"
#include "progress/activityfigures.h"
#include "progress/promiseprogress.h"
#include "register/repository.h"
#include "tobacco/compliance.h"

#include <QDate>
#include <QList>

namespace lk {

struct ReportScope {
    qint64 periodId = 0;
    QDate from;
    QDate to;
    QDate printedOn; // on the cover; fixed in tests so that the text stays the same
};

struct ReportFigures {
    // What one chart of a promise draws.
    struct Chart {
        // Tobacco is told by its compliance, the share that kept the rules, rather than by counts.
        enum class Kind { PerMonth, PerTerm, Compliance };
        Kind kind = Kind::PerMonth;
        QString counted;                // PerMonth, PerTerm: what the bars count (the target's "counted")
        ActivityFigures::Series counts; // PerMonth, PerTerm: the records per step, and the target per step
        QList<Compliance::Slice> compliance; // Compliance: the shares year by year
    };
    struct Promise {
        PromiseProgress::Line progress;
        QList<Chart> charts; // in the order its targets come, each register (and kind) once
    };

    ReportScope scope;
    Record municipality;
    Record period;
    QList<Promise> promises;
    QList<IndicatorTrend> indicators;

    // The period's dates unless the scope says otherwise, cut to the period.
    static Result<ReportFigures> gather(const Repository& repository, ReportScope scope);

    // A chart's target per step as printed beside it: whole when within 0.05 of a whole number, else one
    // decimal (half a training a month is "0,5").
    static QString stepTargetText(double perStep);
    // "13 av 12": done against what was planned by the range's end, rounded.
    static QString outcome(const PromiseProgress::Target& target);
    // "2021-01-01 – 2022-06-30": the dates followed up.
    QString rangeText() const;
};

} // namespace lk
