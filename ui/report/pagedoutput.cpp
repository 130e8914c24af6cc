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
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PagedOutput)
};

// The document's own unit: a pixel at 96 dots per inch, as on screen and in ODT.
constexpr double documentDpi = 96;
constexpr double footerShare = 0.04; // of the page's height, for the page number
// A part of the text, in characters, too short to be laid out on its own (Pages::cutParts()).
constexpr int shortPart = 1500;

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

namespace {

// One thing laid out in the text's flow: a paragraph, or a table with all it holds.
struct Item {
    QTextBlock block;
    QTextFrame* frame = nullptr;
};

QList<Item> itemsOf(QTextDocument& document) {
    QList<Item> items;
    QTextFrame* root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame())
            items.append(Item{QTextBlock(), frame});
        else if (it.currentBlock().isValid())
            items.append(Item{it.currentBlock(), nullptr});
    }
    return items;
}

// Keeps the shaped text of each paragraph from `from` on once it is laid out. QTextLayout throws it away at
// the end of every layout otherwise, and painting a page shaped every line on it a second time.
void keepShaping(QTextDocument& document, int from = 0) {
    for (QTextBlock block = document.findBlock(from); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

class Pages {
public:
    explicit Pages(QTextDocument& document)
        : m_document(document)
        , m_layout(document.documentLayout())
        , m_body(PagedOutput::bodyHeight())
        , m_items(itemsOf(document)) {}

    // Each move of an item to a new page lays out again everything after it (QTextDocumentLayout lays out
    // every table it passes anew when the text is paged), so that moving a few items in a long report
    // would lay it out several times over. The document is therefore laid out a part at a time: the parts
    // after the first are cut off and put back one by one, each when the items before it are placed, and a
    // move lays out no more than the parts that are back.
    void keepTogether() {
        const bool undo = m_document.isUndoRedoEnabled();
        m_document.setUndoRedoEnabled(false);
        QList<Part> parts = cutParts();
        keepShaping(m_document);
        m_document.setPageSize(QSizeF(PagedOutput::contentWidth(), m_body));
        for (qsizetype at = 0;; ++at) {
            // What follows the last item shown is in the next part.
            while (!parts.isEmpty() && (at >= m_items.size() || following(at) < 0))
                putBack(parts);
            if (at >= m_items.size())
                break;
            place(at);
        }
        m_document.setUndoRedoEnabled(undo);
    }

private:
    // A paragraph's formats, which cutting and putting back could change: where text is cut off, the
    // paragraph left last takes the formats of the document's last one; put back, it may keep them.
    struct Formats {
        QTextBlockFormat block;
        QTextCharFormat chars;
        explicit Formats(const QTextBlock& paragraph)
            : block(paragraph.blockFormat())
            , chars(paragraph.charFormat()) {}
        void restore(const QTextBlock& paragraph) const {
            QTextCursor cursor(paragraph);
            if (paragraph.blockFormat() != block)
                cursor.setBlockFormat(block);
            if (paragraph.charFormat() != chars)
                cursor.setBlockCharFormat(chars);
        }
    };
    // A part cut off: from the paragraph break before the paragraph that begins it, which carries that
    // paragraph's formats, to the next part. `last` is what its last paragraph was.
    struct Part {
        QTextDocumentFragment text;
        Formats last;
    };

    // The parts after the first, each from a paragraph that starts a new page (a new section of the report)
    // to the next such paragraph, cut off the document.
    QList<Part> cutParts() {
        QList<QTextBlock> starts;
        for (qsizetype at = 1; at < m_items.size(); ++at) {
            const Item& item = m_items.at(at);
            if (!item.frame &&
                (item.block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
                m_document.characterAt(item.block.position() - 1) == QChar::ParagraphSeparator)
                starts << item.block;
        }
        // A short part stays with the one before it: putting a part back lays out again what stands up to
        // two pages before it (QTextDocumentLayout starts again from its last checkpoint, every 2000 units,
        // and lays out every table from there anew), which for the signatures' few lines took five times
        // as long as their own layout.
        for (qsizetype i = starts.size() - 1; i >= 0; --i) {
            const int end = i + 1 < starts.size() ? starts.at(i + 1).position() : m_document.characterCount();
            if (end - starts.at(i).position() < shortPart)
                starts.removeAt(i);
        }
        if (starts.isEmpty())
            return {};
        QList<Part> parts;
        QTextCursor cursor(&m_document);
        for (qsizetype i = 0; i < starts.size(); ++i) {
            cursor.setPosition(starts.at(i).position() - 1);
            if (i + 1 < starts.size())
                cursor.setPosition(starts.at(i + 1).position() - 1, QTextCursor::KeepAnchor);
            else
                cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            parts.append(Part{cursor.selection(), Formats(i + 1 < starts.size() ? starts.at(i + 1).previous()
                                                                                : m_document.lastBlock())});
        }
        const Formats kept(starts.first().previous());
        cursor.setPosition(starts.first().position() - 1);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        kept.restore(m_document.lastBlock());
        m_items = itemsOf(m_document);
        return parts;
    }

    // Puts the first part cut off back, at the end, as it was: laid out once, from where it begins.
    void putBack(QList<Part>& parts) {
        const Part part = parts.takeFirst();
        const QTextBlock before = m_document.lastBlock();
        const Formats kept(before);
        const int end = before.position();
        QTextCursor cursor(&m_document);
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::End);
        cursor.insertFragment(part.text);
        kept.restore(before);
        part.last.restore(m_document.lastBlock());
        // Before the edit ends, which lays the part out.
        keepShaping(m_document, end);
        cursor.endEditBlock();
        m_items = itemsOf(m_document);
    }

    // Moves the item at `at`, and what belongs to it, on to the next page where the rules above ask it.
    void place(qsizetype at) {
        if (empty(at))
            return;
        keepBreak(at);
        const QRectF rect = rectOf(at);
        const bool split = page(rect.top()) != page(rect.bottom() - 1) && rect.height() <= m_body;
        const bool drawn = chart(at);
        if (!m_items.at(at).frame && !heading(at) && !drawn && split && linesOf(at) <= 4) {
            // A short paragraph is not split: its last lines alone would start the next page.
            moveOn(chainStart(at, false), at);
            return;
        }
        if (heading(at)) {
            // A heading never ends a page: it goes on with the first line of what it heads.
            const qsizetype next = following(at);
            if (next >= 0 && page(firstLine(next).top()) > page(rect.top()))
                moveOn(chainStart(at, false), at);
        } else if (drawn || (m_items.at(at).frame && rect.height() <= m_body / 3)) {
            // A chart, or a short table, goes with the heading or paragraph before it, and is never
            // split.
            const qsizetype before = preceding(at);
            const bool parted = before >= 0 && page(rectOf(before).bottom() - 1) < page(firstLine(at).top());
            if ((parted || split) && !moveOn(chainStart(at, true), at) && split)
                moveOn(chainStart(at, false), at);
        }
    }

    int page(double y) const { return int(std::floor(y / m_body)); }

    QRectF rectOf(qsizetype at) const {
        const Item& item = m_items.at(at);
        return item.frame ? m_layout->frameBoundingRect(item.frame) : m_layout->blockBoundingRect(item.block);
    }

    // Where an item's first line of content lies: a paragraph's first line (which the layout may have moved
    // to the next page without the paragraph's top), a table's first row below the header rows it repeats.
    QRectF firstLine(qsizetype at) const {
        const Item& item = m_items.at(at);
        QTextBlock block = item.block;
        if (auto* table = qobject_cast<QTextTable*>(item.frame)) {
            const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
            if (row < 0 || table->columns() < 1)
                return rectOf(at);
            block = table->cellAt(row, 0).firstCursorPosition().block();
        } else if (item.frame) {
            return rectOf(at);
        }
        const QRectF rect = m_layout->blockBoundingRect(block);
        if (block.layout() && block.layout()->lineCount() > 0)
            return block.layout()->lineAt(0).rect().translated(rect.topLeft());
        return rect;
    }

    bool empty(qsizetype at) const {
        const Item& item = m_items.at(at);
        return !item.frame && item.block.length() <= 1;
    }

    bool heading(qsizetype at) const {
        const Item& item = m_items.at(at);
        return !item.frame && item.block.blockFormat().headingLevel() > 0;
    }

    bool chart(qsizetype at) const {
        const Item& item = m_items.at(at);
        const int first = item.frame ? item.frame->firstPosition() : item.block.position();
        const int last =
            item.frame ? item.frame->lastPosition() : item.block.position() + item.block.length() - 1;
        for (QTextBlock block = m_document.findBlock(first); block.isValid() && block.position() <= last;
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat() || format.objectType() >= QTextFormat::UserObject)
                    return true;
            }
        }
        return false;
    }

    qsizetype following(qsizetype at) const {
        for (qsizetype next = at + 1; next < m_items.size(); ++next) {
            if (!empty(next))
                return next;
        }
        return -1;
    }

    qsizetype preceding(qsizetype at) const {
        for (qsizetype before = at - 1; before >= 0; --before) {
            if (!empty(before))
                return before;
        }
        return -1;
    }

    // Where what belongs to the item at `at` begins: the item before it (a chart's heading or paragraph)
    // when `withBefore`, and the headings right before that.
    qsizetype chainStart(qsizetype at, bool withBefore) const {
        qsizetype start = at;
        if (withBefore) {
            // Its heading or paragraph: a table before it stands on its own.
            const qsizetype before = preceding(start);
            if (before < 0 || m_items.at(before).frame)
                return -1;
            start = before;
        }
        for (qsizetype before = preceding(start); before >= 0 && heading(before); before = preceding(start))
            start = before;
        // A section's opening stays whole: its heading and the few short things under it (the promise, its
        // assessment) go with what follows them.
        qsizetype opening = start;
        for (int steps = 0; steps < 3 && !heading(opening); ++steps) {
            const qsizetype before = preceding(opening);
            if (before < 0 ||
                (m_items.at(before).frame ? rectOf(before).height() > m_body / 3 : linesOf(before) > 4))
                return start;
            opening = before;
        }
        if (!heading(opening))
            return start;
        for (qsizetype before = preceding(opening); before >= 0 && heading(before);
             before = preceding(opening))
            opening = before;
        return opening;
    }

    int linesOf(qsizetype at) const {
        const QTextBlock& block = m_items.at(at).block;
        return block.layout() ? block.layout()->lineCount() : 0;
    }

    // A page break the text asks for (a new focus area) is kept unless the page it would end holds less than
    // a quarter of a page: a few lines left over from the part before share a page with the next part rather
    // than take one of their own.
    void keepBreak(qsizetype at) {
        const Item& item = m_items.at(at);
        const auto policy = item.frame ? item.frame->frameFormat().pageBreakPolicy()
                                       : item.block.blockFormat().pageBreakPolicy();
        const qsizetype before = preceding(at);
        if (!(policy & QTextFormat::PageBreak_AlwaysBefore) || before < 0)
            return;
        const double bottom = rectOf(before).bottom();
        const qsizetype first = firstOnPage(before);
        if (bottom - page(bottom - 1) * m_body >= m_body / 4 || first == 0 || first < 0)
            return;
        // Only leftovers: the page's first item does not begin a part of its own.
        if (!heading(first) || m_items.at(first).block.blockFormat().headingLevel() > 2) {
            QTextCursor cursor(item.block);
            QTextBlockFormat format = item.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            if (!item.frame)
                cursor.setBlockFormat(format);
        }
    }

    // The first item on the page where the item at `at` ends.
    qsizetype firstOnPage(qsizetype at) const {
        const int last = page(rectOf(at).bottom() - 1);
        qsizetype first = at;
        for (qsizetype before = preceding(at); before >= 0 && page(rectOf(before).bottom() - 1) >= last;
             before = preceding(before))
            first = before;
        return first;
    }

    // Starts a page with the items from `start` to `end`, unless they stand at a page's top already or do not
    // fit on one page together. True when they moved.
    bool moveOn(qsizetype start, qsizetype end) {
        if (start < 0)
            return false;
        const double top = rectOf(start).top();
        const double bottom = rectOf(end).bottom();
        if (bottom - top > m_body || top - page(top) * m_body < 1)
            return false;
        const Item& item = m_items.at(start);
        if (item.frame) {
            QTextFrameFormat format = item.frame->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            item.frame->setFrameFormat(format);
        } else {
            QTextCursor cursor(item.block);
            QTextBlockFormat format = item.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
        return true;
    }

    QTextDocument& m_document;
    QAbstractTextDocumentLayout* m_layout;
    double m_body;
    QList<Item> m_items;
};

} // namespace

void PagedOutput::keepSectionsWhole(QTextDocument& document, int level) {
    const double body = bodyHeight();
    keepShaping(document);
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
    keepTogether(document);
}

void PagedOutput::keepTogether(QTextDocument& document) {
    Pages(document).keepTogether();
}

int PagedOutput::pageOf(const QTextDocument& document, const QTextBlock& block) {
    return int(std::floor(document.documentLayout()->blockBoundingRect(block).top() / bodyHeight())) + 1;
}

void PagedOutput::describe(QTextDocument& document, const Description& description) {
    document.setMetaInformation(QTextDocument::DocumentTitle, description.title);
    document.setProperty("lk.author", description.author);
    document.setProperty("lk.subject", description.subject);
    document.setProperty("lk.language", description.language);
}

PagedOutput::Description PagedOutput::descriptionOf(const QTextDocument& document) {
    return {document.metaInformation(QTextDocument::DocumentTitle), document.property("lk.author").toString(),
            document.property("lk.subject").toString(), document.property("lk.language").toString()};
}

QByteArray PagedOutput::xmp(const Description& description) {
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    const auto alternative = [&](const QString& text) {
        return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(esc(text));
    };
    QString rdf;
    rdf += QStringLiteral("<dc:format>application/pdf</dc:format>\n");
    if (!description.title.isEmpty())
        rdf += QStringLiteral("<dc:title>%1</dc:title>\n").arg(alternative(description.title));
    if (!description.author.isEmpty())
        rdf += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                   .arg(esc(description.author));
    if (!description.subject.isEmpty())
        rdf += QStringLiteral("<dc:description>%1</dc:description>\n").arg(alternative(description.subject));
    if (!description.language.isEmpty())
        rdf += QStringLiteral("<dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n")
                   .arg(esc(description.language));
    rdf += QStringLiteral("<pdf:Producer>Löfteskollen (Qt %1)</pdf:Producer>\n")
               .arg(QString::fromLatin1(qVersion()));
    rdf += QStringLiteral("<xmp:CreatorTool>Löfteskollen</xmp:CreatorTool>\n");
    return QStringLiteral(
               "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "%1</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
        .arg(rdf)
        .toUtf8();
}

Status PagedOutput::paint(QTextDocument& document, QPagedPaintDevice& device, Progress& progress) {
    if (!device.setPageLayout(a4()))
        return Error{Text::tr("The printer does not take A4 pages with 20 mm margins.")};
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Text::tr("Nothing could be written to the printer or file.")};
    painter.setRenderHint(QPainter::LosslessImageRendering);
    painter.setRenderHint(QPainter::Antialiasing);
    // The document keeps its screen units and the pages it was laid out on (keepTogether(), contentWidth()
    // by bodyHeight()); the painter scales them onto the device's dots. A device's printable width comes out
    // a unit or so off contentWidth() (whole dots); laying the text out anew on it would take as long as the
    // painting and could move a line that keepTogether() counted on.
    const double scale = device.width() / contentWidth();
    const QSizeF page(contentWidth(), device.height() / scale);
    const double bodyHeight = PagedOutput::bodyHeight();
    // Set only when it differs: QTextDocument lays the whole document out again on every setPageSize().
    if (document.pageSize() != QSizeF(page.width(), bodyHeight))
        document.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = document.pageCount();
    progress.begin(Text::tr("Writing the pages"), pages);
    for (int number = 0; number < pages; ++number) {
        if (!progress.advance())
            return Progress::stopped(Text::tr("Nothing was saved."));
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

Status PagedOutput::writePdf(QTextDocument& document, const QString& path, const QString& title,
                             Progress& progress) {
    Description description = descriptionOf(document);
    if (!title.isEmpty())
        description.title = title;
    // Written beside the target and moved into place at the end: a failed report leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileWrite::failed(path, FileWrite::reason(path, file, 0));
    {
        QPdfWriter writer(&file);
        writer.setTitle(description.title);
        writer.setCreator(QStringLiteral("Löfteskollen"));
        // Qt 6.4's writer has no author, subject or language of its own: they go in the XMP metadata.
        writer.setDocumentXmpMetadata(xmp(description));
        writer.setResolution(300);
        if (Status painted = paint(document, writer, progress); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    progress.begin(Progress::savingFile(), 0, false);
    // A report's pages take at least some hundred kilobytes: less free than that is a full disk.
    return FileWrite::commit(file, path, std::max<qint64>(file.size(), 256 * 1024));
}

Status PagedOutput::writeOdt(QTextDocument& document, const QString& path, OdtWriter::Meta meta) {
    const Description description = descriptionOf(document);
    const auto fill = [](QString& part, const QString& described) {
        if (part.isEmpty())
            part = described;
    };
    fill(meta.title, description.title);
    fill(meta.title, document.metaInformation(QTextDocument::DocumentTitle));
    fill(meta.author, description.author);
    fill(meta.subject, description.subject);
    fill(meta.language, description.language);
    // Laid out on the PDF's page, so that a table's columns without a width keep the widths they have there.
    document.setPageSize(QSizeF(contentWidth(), bodyHeight()));
    return OdtWriter::write(document, path, meta);
}

} // namespace lk
