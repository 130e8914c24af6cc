// CouncilReport: the progress report for the council (uppföljningsrapport) as one document, from which the
// PDF, the ODT and the printout are all made: a cover, a summary table of every promise, a section per focus
// area with each promise's numbers, status, the coordinator's own text and charts, and the indicators with
// their trends. It holds no case codes and no names: Operativa gruppen appears only as meetings counted.
#pragma once

#include "common/result.h"
#include "report/reportcharts.h"

#include <QTextDocument>

#include <memory>

namespace lk {

class CouncilReport {
public:
    // Vector charts for paper (PDF, printer, and the ODT, which draws them at print resolution); images for
    // the HTML page.
    static Result<std::unique_ptr<QTextDocument>>
    build(const Repository& repository, const ReportScope& scope, ChartForm form = ChartForm::Vector);
    // "Uppföljning av medborgarlöften, Salems kommun 2021–2022": the PDF's title and a file name's start.
    static QString title(const ReportFigures& figures);
};

} // namespace lk
