// CouncilSummary: the report's one-page summary, one row per target under a row per promise: the target, its
// outcome per year (or tertial) and in total, the share of what was planned, the assessment and the previous
// one; the promise's row names it, who is responsible and its reported status, and says in words where that
// status and the figures part. A promise without a counted target shows what was done and its status. Then
// the key figures and the indicators at a glance.
#pragma once

#include "report/councilmarkup.h"
#include "report/reportfigures.h"

namespace lk {

class CouncilSummary {
public:
    // Under the heading "Summary", or `title` (a municipality's name in the police area's report).
    static QString summary(CouncilMarkup& markup, const ReportFigures& figures, const QString& title = {});
    static QString atAGlance(CouncilMarkup& markup, const ReportFigures& figures);

    // "Genomförd (2022-12-31)", or that none was reported.
    static QString statusText(const PromiseProgress::Line& line);
    // "Kommunen och polisen i samverkan".
    static QString responsibleText(const Record& promise);
    // The assessment of the target `targetId` at the previous follow-up point, or "—".
    static QString previousOf(const CouncilMarkup& markup, const ReportFigures::Promise& promise,
                              qint64 targetId);
    // Why a target per unit's slices may add up to more than its total.
    static QString unitNote();
    // "Möten i Operativa gruppen, 12 per år".
    static QString targetText(const Record& target);
};

} // namespace lk
