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

Status save(const QByteArray& bytes, const QString& path) {
    return FileWrite::whole(path, bytes);
}

} // namespace

Result<QByteArray> ReportFiles::councilHtml(const Repository& repository, const ReportScope& scope) {
    return CouncilReport::html(repository, scope);
}

Status ReportFiles::write(const Repository& repository, const ReportScope& scope, Kind kind, Format format,
                          const QString& path) {
    if (kind == Kind::Public) {
        if (format != Format::Html)
            return Error{Text::tr("The public summary is written as HTML, for the municipality's website.")};
        auto html = PublicSummary::build(repository, scope);
        return html ? save(*html, path) : Status(html.error());
    }
    if (format == Format::Html) {
        auto html = councilHtml(repository, scope);
        return html ? save(*html, path) : Status(html.error());
    }
    // The ODT from the same vector drawings and pages as the PDF (OdtWriter draws each chart at its size on
    // paper), but without the contents' page numbers: LibreOffice or Word lays its pages out anew.
    auto document = CouncilReport::build(repository, scope, ChartForm::Vector, format != Format::Odt);
    if (!document)
        return document.error();
    if (format == Format::Odt)
        return PagedOutput::writeOdt(**document, path);
    return PagedOutput::writePdf(**document, path);
}

Status ReportFiles::writeArea(const Repository& repository, const AreaReport::Scope& scope, Format format,
                              const QString& path) {
    if (format == Format::Html) {
        auto html = AreaReport::html(repository, scope);
        return html ? save(*html, path) : Status(html.error());
    }
    auto document = AreaReport::build(repository, scope, format != Format::Odt);
    if (!document)
        return document.error();
    if (format == Format::Odt)
        return PagedOutput::writeOdt(**document, path);
    return PagedOutput::writePdf(**document, path);
}

} // namespace lk
