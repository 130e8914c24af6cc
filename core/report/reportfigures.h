// ReportFigures: what the council report and the public summary tell, gathered once and without a window: the
// municipality and period, each promise's progress between two dates, the same per year or tertial and at the
// previous follow-up point, the figures its charts draw (each register's targets counted per term or tertial
// against what they planned, tobacco compliance), the key figures of the registers, and the indicators'
// trends. ui/report lays them out and turns each chart's figures into a picture; the command line and the
// tests read them here.
#pragma once

#include "common/result.h"
#include "indicators/indicatortrend.h"
#include "progress/promiseprogress.h"
#include "register/repository.h"
#include "report/followupcalendar.h"
#include "report/keyfigures.h"
#include "tobacco/compliance.h"

#include <QDate>
#include <QList>

#include <optional>

namespace lk {

struct ReportScope {
    qint64 periodId = 0;
    QDate from;
    QDate to;
    QDate printedOn; // on the cover; fixed in tests so that the text stays the same
};

struct ReportFigures {
    // What one chart of a promise draws: the numbers of its comparison table, step by step.
    struct Chart {
        // Tobacco is told by its compliance, the share that kept the rules, rather than by counts.
        enum class Kind { Counts, Compliance };
        struct Series {
            QString name;          // the target's "counted"
            QList<int> done;       // per step, counted as the target counts (each unit up to its ask)
            QList<double> planned; // per step: what the target planned in it, as the assessment takes it
        };
        Kind kind = Kind::Counts;
        QString table;        // the register counted
        QString title;        // "Safety walks per term" (translated)
        QStringList steps;    // Counts: "Spring 2021", … or "T1 2021", …
        QString stepName;     // Counts: "Term" or "Tertial" (translated), a table's head over the steps
        QList<Series> series; // Counts: one per target counted from the register, in the targets' order
        QList<Compliance::Slice> compliance; // Compliance: the shares year by year (or half-year), with n
    };
    struct Promise {
        PromiseProgress::Line progress = {};
        // At the previous follow-up point (FollowUpCalendar::previousPoint), from the same first date; none
        // when that point lies before it.
        std::optional<PromiseProgress::Line> previous = {};
        QList<PromiseProgress::Line> slices = {}; // one per ReportFigures::slices, in order
        QList<Chart> charts = {}; // each register its targets count once, tobacco's two as one of compliance
        QList<KeyFigures::Figure> keyFigures = {}; // those about the registers it counts
        // Without a counted target: what was done for it, as records linked to it ("3 information efforts").
        QStringList linked = {};
    };

    ReportScope scope;
    Record municipality;
    Record period;
    QList<FollowUpCalendar::Slice> slices; // years, or tertials within one year
    QList<FollowUpCalendar::Slice> steps;  // the charts' steps
    QDate previousOn; // invalid when the previous follow-up point lies before the first date
    KeyFigures keyFigures;
    QList<Promise> promises;
    QList<IndicatorTrend> indicators;

    // The period's dates unless the scope says otherwise, cut to the period.
    static Result<ReportFigures> gather(const Repository& repository, ReportScope scope);

    // A chart's target per step as printed beside it: whole when within 0.05 of a whole number, else one
    // decimal (half a training a month is "0,5").
    static QString stepTargetText(double perStep);
    // "13 of 12": done against what was planned by the range's end, rounded.
    static QString outcome(const PromiseProgress::Target& target);
    // Done as a share of planned, "108 %"; empty when nothing was planned.
    static QString share(const PromiseProgress::Target& target);
    // The target of `line` with the record id `targetId`, or nullptr.
    static const PromiseProgress::Target* targetIn(const PromiseProgress::Line& line, qint64 targetId);
    // "2021-01-01 – 2022-06-30": the dates followed up.
    QString rangeText() const;
    // Who sends the report: the municipality's report sender, or its name.
    QString sender() const;
};

} // namespace lk
