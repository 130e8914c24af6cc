// ReportFiles: writes a report to a file in the form asked for: the council report as PDF, ODT or one HTML
// file, or the public summary as HTML. The window's report dialog and the report command both write
// through it.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "report/areareport.h"
#include "report/reportfigures.h"

namespace lk {

class ReportFiles {
public:
    enum class Format { Pdf, Odt, Html };
    enum class Kind { Council, Public };

    // Each says its phases in `progress`, and stops when asked between them or between pages, leaving no
    // file.
    static Status write(const Repository& repository, const ReportScope& scope, Kind kind, Format format,
                        const QString& path, Progress& progress = Progress::none());
    // The police area's report (AreaReport) as PDF, ODT or HTML.
    static Status writeArea(const Repository& repository, const AreaReport::Scope& scope, Format format,
                            const QString& path, Progress& progress = Progress::none());
    // The council report as one HTML file, its charts inline: for the intranet, or to read in a browser.
    static Result<QByteArray> councilHtml(const Repository& repository, const ReportScope& scope);
};

} // namespace lk
