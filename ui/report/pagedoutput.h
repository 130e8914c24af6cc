// PagedOutput: a report's QTextDocument laid out on A4 pages and painted onto a PDF or a printer, with page
// numbers ("3 (12)") at the foot. Painted by hand rather than by QTextDocument::print, because only our own
// painter can ask for lossless images: Qt's PDF writer otherwise stores each chart as a JPEG.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "report/odtwriter.h"

#include <QPageLayout>

class QPagedPaintDevice;
class QTextBlock;
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
    // What a PDF says about itself: its title, author, subject and language (BCP 47, "sv-SE").
    struct Description {
        QString title;
        QString author;
        QString subject;
        QString language;
    };

    // Moves each section (a heading of `level` and what follows up to the next one) that would be split over
    // two pages, but fits on one, to the start of the next page: a short table is then never parted from its
    // heading or split in two. Then keeps the rest together as keepTogether() does. For documents laid out on
    // a4().
    static void keepSectionsWhole(QTextDocument& document, int level);
    // Lays the pages out as a designer would: a heading never ends a page (it moves on with what it heads,
    // even when that is longer than a page); a chart, or a row of charts, is never parted from the heading or
    // paragraph right before it, nor split, and neither is a short table (up to a third of a page). Each
    // moves to the next page with what belongs to it, where that fits on one.
    static void keepTogether(QTextDocument& document);
    // The page (from 1) that `block` begins on, once laid out by keepTogether() or paint().
    static int pageOf(const QTextDocument& document, const QTextBlock& block);

    // Keeps `description` with the document, for writePdf.
    static void describe(QTextDocument& document, const Description& description);
    static Description descriptionOf(const QTextDocument& document);
    // XMP metadata for a PDF: Dublin Core title, creator, description and language, and the producer.
    static QByteArray xmp(const Description& description);

    // Lays `document` out on `device`'s pages (set to a4() first) and paints every page, counting them in
    // `progress` and stopping when asked.
    static Status paint(QTextDocument& document, QPagedPaintDevice& device,
                        Progress& progress = Progress::none());
    // With the document's description (describe()), or only `title` when it has none. Stopped, it leaves
    // no file.
    static Status writePdf(QTextDocument& document, const QString& path, const QString& title = {},
                           Progress& progress = Progress::none());
    // OpenDocument text to edit in LibreOffice or Word (OdtWriter): the same document on the same A4 pages,
    // its headings as heading styles, charts as PNG, described in meta.xml as the PDF is in XMP: what `meta`
    // leaves empty is taken from the document's description (describe()) and title.
    static Status writeOdt(QTextDocument& document, const QString& path, OdtWriter::Meta meta = {});
};

} // namespace lk
