#include "report/reportfiles.h"

#include "common/filewrite.h"
#include "common/language.h"
#include "report/councilreport.h"
#include "report/pagedoutput.h"
#include "report/publicsummary.h"

#include <QCoreApplication>
#include <QDir>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportFiles)
};

Status save(const QByteArray& bytes, const QString& path, Progress& progress) {
    if (progress.stopRequested())
        return Progress::stopped(Text::tr("Nothing was saved."));
    progress.begin(Progress::savingFile(), 0, false);
    return FileWrite::whole(path, bytes);
}

void gathering(Progress& progress) {
    progress.begin(Text::tr("Gathering the figures and drawing the charts"), 0);
}

// The document made, as a PDF (page by page) or an ODT.
Status paged(QTextDocument& document, ReportFiles::Format format, const QString& path, Progress& progress) {
    if (progress.stopRequested())
        return Progress::stopped(Text::tr("Nothing was saved."));
    if (format == ReportFiles::Format::Pdf)
        return PagedOutput::writePdf(document, path, {}, progress);
    progress.begin(Text::tr("Writing the ODT"), 0, false);
    return PagedOutput::writeOdt(document, path);
}

} // namespace

Result<QByteArray> ReportFiles::councilHtml(const Repository& repository, const ReportScope& scope) {
    return CouncilReport::html(repository, scope);
}

Status ReportFiles::write(const Repository& repository, const ReportScope& scope, Kind kind, Format format,
                          const QString& path, Progress& progress) {
    if (kind == Kind::Public && format != Format::Html)
        return Error{Text::tr("The public summary is written as HTML, for the municipality's website.")};
    gathering(progress);
    if (kind == Kind::Public) {
        auto html = PublicSummary::build(repository, scope);
        return html ? save(*html, path, progress) : Status(html.error());
    }
    if (format == Format::Html) {
        auto html = councilHtml(repository, scope);
        return html ? save(*html, path, progress) : Status(html.error());
    }
    // The ODT from the same vector drawings and pages as the PDF (OdtWriter draws each chart at its size on
    // paper), but without the contents' page numbers: LibreOffice or Word lays its pages out anew.
    auto document = CouncilReport::build(repository, scope, ChartForm::Vector, format != Format::Odt);
    if (!document)
        return document.error();
    return paged(**document, format, path, progress);
}

Status ReportFiles::writeArea(const Repository& repository, const AreaReport::Scope& scope, Format format,
                              const QString& path, Progress& progress) {
    gathering(progress);
    if (format == Format::Html) {
        auto html = AreaReport::html(repository, scope);
        return html ? save(*html, path, progress) : Status(html.error());
    }
    auto document = AreaReport::build(repository, scope, format != Format::Odt);
    if (!document)
        return document.error();
    return paged(**document, format, path, progress);
}

} // namespace lk
