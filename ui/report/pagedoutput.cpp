#include "report/pagedoutput.h"

#include "common/filewrite.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PagedOutput)
};

// The document's own unit: a pixel at 96 dots per inch, as on screen and in ODT.
constexpr double documentDpi = 96;
constexpr double footerShare = 0.04; // of the page's height, for the page number

} // namespace

QPageLayout PagedOutput::a4() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 14),
                       QPageLayout::Millimeter);
}

double PagedOutput::contentWidth() {
    return a4().paintRect(QPageLayout::Inch).width() * documentDpi;
}

double PagedOutput::bodyHeight() {
    // As paint() computes it from a device's page, on the layout's own grid.
    const double page = a4().paintRect(QPageLayout::Inch).height() * documentDpi;
    return std::floor(page * (1 - footerShare) * 64) / 64;
}

void PagedOutput::keepSectionsWhole(QTextDocument& document, int level) {
    const double body = bodyHeight();
    document.setPageSize(QSizeF(contentWidth(), body));
    QList<QTextBlock> headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == level)
            headings << block;
    }
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    // In order, laid out anew after each move, since a moved section moves every one after it.
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const double top = layout->blockBoundingRect(headings.at(i)).top();
        const double end = i + 1 < headings.size() ? layout->blockBoundingRect(headings.at(i + 1)).top()
                                                   // the document's size counts whole pages
                                                   : layout->blockBoundingRect(document.lastBlock()).bottom();
        if (end - top >= body || std::floor(top / body) == std::floor((end - 1) / body))
            continue;
        QTextCursor cursor(headings.at(i));
        QTextBlockFormat format = headings.at(i).blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

Status PagedOutput::paint(QTextDocument& document, QPagedPaintDevice& device) {
    if (!device.setPageLayout(a4()))
        return Error{Text::tr("The printer does not take A4 pages with 20 mm margins.")};
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Text::tr("Nothing could be written to the printer or file.")};
    painter.setRenderHint(QPainter::LosslessImageRendering);
    painter.setRenderHint(QPainter::Antialiasing);
    // The document keeps its screen units; the painter scales them to the device's dots.
    const double scale = device.logicalDpiX() / documentDpi;
    const QSizeF page(device.width() / scale, device.height() / scale);
    // On the layout's own grid (1/64 of a unit), so that page n starts where the layout puts it, n pages on.
    const double bodyHeight = std::floor(page.height() * (1 - footerShare) * 64) / 64;
    document.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = document.pageCount();
    for (int number = 0; number < pages; ++number) {
        if (number > 0 && !device.newPage())
            return Error{Text::tr("Page %1 could not be started; the output is incomplete.").arg(number + 1)};
        painter.save();
        painter.scale(scale, scale);
        const QRectF shown(0, number * bodyHeight, page.width(), bodyHeight);
        painter.translate(0, -shown.top());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.save();
        painter.scale(scale, scale);
        // In the document's units, as the painter is scaled: a point size would be scaled twice.
        QFont font = document.defaultFont();
        font.setPixelSize(11);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, bodyHeight, page.width(), page.height() - bodyHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, Text::tr("%1 (%2)").arg(number + 1).arg(pages));
        painter.restore();
    }
    return painter.end() ? Status() : Status(Error{Text::tr("The last page could not be finished.")});
}

Status PagedOutput::writePdf(QTextDocument& document, const QString& path, const QString& title) {
    // Written beside the target and moved into place at the end: a failed report leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileWrite::failed(path, FileWrite::reason(path, file, 0));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Löfteskollen"));
        writer.setResolution(300);
        if (Status painted = paint(document, writer); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    // A report's pages take at least some hundred kilobytes: less free than that is a full disk.
    return FileWrite::commit(file, path, std::max<qint64>(file.size(), 256 * 1024));
}

Status PagedOutput::writeOdt(QTextDocument& document, const QString& path, const OdtWriter::Meta& meta) {
    // Laid out on the PDF's page, so that a table's columns without a width keep the widths they have there.
    document.setPageSize(QSizeF(contentWidth(), bodyHeight()));
    return OdtWriter::write(document, path, meta);
}

} // namespace lk
