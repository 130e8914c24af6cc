#include "report/reportfiles.h"

#include "common/filewrite.h"
#include "common/language.h"
#include "report/councilreport.h"
#include "report/pagedoutput.h"
#include "report/publicsummary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

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
    auto document = CouncilReport::build(repository, scope, ChartForm::Image);
    if (!document)
        return document.error();
    QString html = (*document)->toHtml();
    // The charts go into the page itself, as PNG, so that the file stands alone.
    static const QRegularExpression chart(QStringLiteral("src=\"(chart:\\d+)\""));
    QString inlined;
    qsizetype at = 0;
    for (auto match = chart.globalMatch(html); match.hasNext();) {
        const auto found = match.next();
        const QImage image =
            (*document)->resource(QTextDocument::ImageResource, QUrl(found.captured(1))).value<QImage>();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        inlined += html.mid(at, found.capturedStart() - at);
        inlined +=
            QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64()));
        at = found.capturedEnd();
    }
    inlined += html.mid(at);
    return inlined.toUtf8();
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
    // The ODT from the same vector drawings as the PDF: OdtWriter draws each at its size on paper.
    auto document = CouncilReport::build(repository, scope, ChartForm::Vector);
    if (!document)
        return document.error();
    const QString title = (*document)->metaInformation(QTextDocument::DocumentTitle);
    if (format == Format::Odt)
        return PagedOutput::writeOdt(**document, path, {.title = title, .language = Language::tag()});
    return PagedOutput::writePdf(**document, path, title);
}

} // namespace lk
