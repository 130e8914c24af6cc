// CouncilFront: the council report's front matter and its end: the cover (title, municipality, police area,
// period, the dates followed up, date and sender), the table of contents, the key to the assessment on the
// second page (each word with its mark and meaning, the rule in words, what the reported status and the
// previous assessment are), and the signatures a council's decision asks for.
#pragma once

#include "report/councilmarkup.h"
#include "report/reportfigures.h"

namespace lk {

class CouncilFront {
public:
    static QString cover(const CouncilMarkup& markup, const ReportFigures& figures);
    // The headings listed so far, with a page mark for each on paper (filled in once laid out) and a link on
    // the web.
    static QString contents(const CouncilMarkup& markup);
    static QString key(CouncilMarkup& markup, const ReportFigures& figures);
    static QString signatures(CouncilMarkup& markup, const ReportFigures& figures);
    // "Follow-up of the citizen promises" (translated): the cover's title.
    static QString heading();
};

} // namespace lk
