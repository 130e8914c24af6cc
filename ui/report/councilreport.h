// CouncilReport: the progress report for the council (uppföljningsrapport), from which the PDF, the ODT, the
// printout and the web page are all made: a cover with the table of contents, the key on page 2, a one-page
// summary of every target, the key figures and indicators at a glance, a section per focus area with each
// promise's numbers, assessment, reported status, comparison, charts, comment and next steps, the indicators
// with their trends, and a place for the signatures. It holds no case codes and no names: Operativa gruppen
// appears only as meetings and action items counted.
#pragma once

#include "common/result.h"
#include "report/pagedoutput.h"
#include "report/reportcharts.h"

#include <QTextDocument>

#include <memory>

namespace lk {

class CouncilReport {
public:
    // Vector charts for paper (PDF, printer, and the ODT, which draws them at print resolution), laid out on
    // A4; with `numbered` the contents get the page numbers of that layout, which an ODT leaves out (its
    // reader lays the pages out anew). Images for the files that take only pixels.
    static Result<std::unique_ptr<QTextDocument>> build(const Repository& repository,
                                                        const ReportScope& scope,
                                                        ChartForm form = ChartForm::Vector,
                                                        bool numbered = true);
    // The same content as one HTML5 page: its language, title, landmarks, scoped header cells, and the charts
    // inline as PNG, each with its alt text.
    static Result<QByteArray> html(const Repository& repository, const ReportScope& scope);
    // "Uppföljning av medborgarlöften, Salems kommun 2021–2022": the PDF's title and a file name's start.
    static QString title(const ReportFigures& figures);
    // What the PDF says about itself: title, sender as author, "Uppföljning av medborgarlöften, 2021–2022"
    // as subject, and the language spoken.
    static PagedOutput::Description description(const ReportFigures& figures);
};

} // namespace lk
