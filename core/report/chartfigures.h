// ChartFigures: the charts of one promise, as numbers: for each register its counted targets count, every
// target's done and planned step by step (terms, or tertials within a year), asked of TargetProgress exactly
// as the assessment and the comparison tables ask it, so that a chart never tells another number than the
// table beside it; tobacco's two registers as one chart of compliance with its sample sizes.
#pragma once

#include "report/reportfigures.h"

namespace lk {

class ChartFigures {
public:
    static Result<QList<ReportFigures::Chart>> of(const Repository& repository, const ReportFigures& figures,
                                                  const PromiseProgress::Line& line);
};

} // namespace lk
