// ReportDocument: a report written in CouncilMarkup made into its media: a cover, the table of contents of
// the headings the rest listed, and the rest, as one paper document (laid out on A4, charts replayed as
// vectors or put in as images, the contents' page numbers filled in) or as one HTML5 page. The council report
// and the police area's report are made by it alike.
#pragma once

#include "report/councilmarkup.h"
#include "report/pagedoutput.h"

#include <QTextDocument>

#include <memory>

namespace lk {

class ReportDocument {
public:
    // `markup` is the one the parts were written with (it holds their headings and charts). With `numbered`
    // the contents get the pages of the A4 layout, which an ODT leaves out (its reader lays the pages out).
    static std::unique_ptr<QTextDocument> paper(const CouncilMarkup& markup, const QString& cover,
                                                const QString& rest,
                                                const PagedOutput::Description& description, ChartForm form,
                                                bool numbered);
    static QByteArray web(const CouncilMarkup& markup, const QString& cover, const QString& rest,
                          const PagedOutput::Description& description);
};

} // namespace lk
