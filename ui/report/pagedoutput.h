// PagedOutput: a report's QTextDocument laid out on A4 pages and painted onto a PDF or a printer, with page
// numbers ("3 (12)") at the foot. Painted by hand rather than by QTextDocument::print, because only our own
// painter can ask for lossless images: Qt's PDF writer otherwise stores each chart as a JPEG.
#pragma once

#include "common/result.h"
#include "report/odtwriter.h"

#include <QPageLayout>

class QPagedPaintDevice;
class QTextDocument;

namespace lk {

class PagedOutput {
public:
    // A4 portrait with 20 mm margins: the page every report is written for.
    static QPageLayout a4();
    // The width text and charts may take on that page, in the document's units (1/96 inch).
    static double contentWidth();
    // The height of a page's text above its page number, in the same units: what paint() lays pages out by.
    static double bodyHeight();
    // Moves each section (a heading of `level` and what follows up to the next one) that would be split over
    // two pages, but fits on one, to the start of the next page: a short table is then never parted from its
    // heading or split in two. For documents laid out on a4().
    static void keepSectionsWhole(QTextDocument& document, int level);

    // Lays `document` out on `device`'s pages (set to a4() first) and paints every page.
    static Status paint(QTextDocument& document, QPagedPaintDevice& device);
    static Status writePdf(QTextDocument& document, const QString& path, const QString& title);
    // OpenDocument text to edit in LibreOffice or Word (OdtWriter): the same document on the same A4 pages,
    // its headings as heading styles, charts as PNG.
    static Status writeOdt(QTextDocument& document, const QString& path, const OdtWriter::Meta& meta);
};

} // namespace lk
