// CouncilSections: the report's body: a section per focus area with its situation, and in it each promise:
// its text and who is responsible, the assessment with the reported and the previous one beside it, a table
// per target comparing years or tertials beside the charts of the same numbers, the key figures of its
// registers, the coordinator's comment and text, and the next steps. Then the indicators with their trends.
#pragma once

#include "report/councilmarkup.h"
#include "report/reportfigures.h"

namespace lk {

class CouncilSections {
public:
    static QString focusAreas(CouncilMarkup& markup, const ReportFigures& figures, ChartForm form);
    static QString indicators(CouncilMarkup& markup, const ReportFigures& figures, ChartForm form);

private:
    static QString promise(CouncilMarkup& markup, const ReportFigures& figures,
                           const ReportFigures::Promise& promise, ChartForm form);
    // A small table per counted target: what was planned, done and its share, year by year (or tertial by
    // tertial) and in total.
    static QStringList comparison(CouncilMarkup& markup, const ReportFigures& figures,
                                  const ReportFigures::Promise& promise);
};

} // namespace lk
