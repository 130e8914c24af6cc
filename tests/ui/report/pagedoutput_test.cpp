#include "catchqt.h"
#include "report/chartobject.h"
#include "report/pagedoutput.h"
#include "report/pagenumberobject.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <functional>

using namespace lk;

namespace {

// A document laid out on the report's pages: `filler` one-line paragraphs, then `rest`.
std::unique_ptr<QTextDocument> pageOf(int filler, const QString& rest) {
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setPageSize(QSizeF(PagedOutput::contentWidth(), PagedOutput::bodyHeight()));
    QString html;
    for (int line = 0; line < filler; ++line)
        html += QStringLiteral("<p>Rad %1</p>").arg(line);
    document->setHtml(QStringLiteral("<html><body>%1%2</body></html>").arg(html, rest));
    return document;
}

QTextBlock blockStarting(const QTextDocument& document, const QString& text) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(text))
            return block;
    }
    return {};
}

// The page a block's first line stands on (the layout may move a line on without its block).
int firstLinePage(const QTextDocument& document, const QTextBlock& block) {
    const double top = document.documentLayout()->blockBoundingRect(block).top() +
                       (block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).y() : 0);
    return int(top / PagedOutput::bodyHeight()) + 1;
}

// The number of one-line paragraphs before `rest` that puts `first` on page 1 and `second` on page 2: the
// case to mend. Found by trying, since it follows the machine's fonts.
int partingFiller(const QString& rest, const QString& first, const QString& second) {
    for (int filler = 10; filler < 80; ++filler) {
        auto document = pageOf(filler, rest);
        const QTextBlock a = blockStarting(*document, first);
        const QTextBlock b = blockStarting(*document, second);
        if (a.isValid() && b.isValid() && firstLinePage(*document, a) == 1 &&
            firstLinePage(*document, b) == 2)
            return filler;
    }
    return -1;
}

QString longText() {
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Ett långt avsnitt som fortsätter över flera sidor. ");
    return text;
}

} // namespace

TEST_CASE("A heading never ends a page, even when what it heads is longer than a page", "[report][pages]") {
    const QString rest = QStringLiteral("<h2>Rubriken</h2><p>%1</p>").arg(longText());
    const int filler = partingFiller(rest, QStringLiteral("Rubriken"), QStringLiteral("Ett långt"));
    REQUIRE(filler > 0);
    auto document = pageOf(filler, rest);
    PagedOutput::keepTogether(*document);
    const QTextBlock heading = blockStarting(*document, QStringLiteral("Rubriken"));
    CHECK(PagedOutput::pageOf(*document, heading) == 2);
    CHECK(firstLinePage(*document, blockStarting(*document, QStringLiteral("Ett långt"))) == 2);
}

TEST_CASE("A chart is never parted from the paragraph before it", "[report][pages]") {
    const QString rest =
        QStringLiteral("<p>Diagrammet visar besöken.</p><p><img src=\"chart:1\" width=\"300\" "
                       "height=\"200\"></p><p>Efter diagrammet.</p>");
    const int filler =
        partingFiller(rest, QStringLiteral("Diagrammet"), QString(QChar::ObjectReplacementCharacter));
    REQUIRE(filler > 0);
    auto document = pageOf(filler, rest);
    QPicture picture;
    QPainter painter(&picture);
    painter.drawRect(0, 0, 300, 200);
    painter.end();
    ChartObject::replaceImages(*document, {picture});
    PagedOutput::keepTogether(*document);
    const QTextBlock caption = blockStarting(*document, QStringLiteral("Diagrammet"));
    const QTextBlock chart = blockStarting(*document, QString(QChar::ObjectReplacementCharacter));
    REQUIRE(chart.isValid());
    CHECK(PagedOutput::pageOf(*document, caption) == PagedOutput::pageOf(*document, chart));
}

TEST_CASE("A short table is not split over two pages", "[report][pages]") {
    QString rows;
    for (int row = 0; row < 6; ++row)
        rows += QStringLiteral("<tr><td>Cell %1</td><td>%1</td></tr>").arg(row);
    const QString rest =
        QStringLiteral("<p>Tabellen:</p><table border=\"1\">%1</table><p>Slut.</p>").arg(rows);
    int filler = -1;
    for (int tried = 10; tried < 80 && filler < 0; ++tried) {
        auto document = pageOf(tried, rest);
        if (firstLinePage(*document, blockStarting(*document, QStringLiteral("Cell 0"))) == 1 &&
            firstLinePage(*document, blockStarting(*document, QStringLiteral("Cell 5"))) == 2)
            filler = tried;
    }
    REQUIRE(filler > 0);
    auto document = pageOf(filler, rest);
    PagedOutput::keepTogether(*document);
    CHECK(PagedOutput::pageOf(*document, blockStarting(*document, QStringLiteral("Cell 0"))) ==
          PagedOutput::pageOf(*document, blockStarting(*document, QStringLiteral("Cell 5"))));
    // With the paragraph that introduces it.
    CHECK(PagedOutput::pageOf(*document, blockStarting(*document, QStringLiteral("Tabellen"))) == 2);
}

TEST_CASE("A PDF's XMP says its title, author, subject and language", "[report][pdf]") {
    const QByteArray xmp = PagedOutput::xmp(
        {QStringLiteral("Uppföljning & rapport"), QStringLiteral("Säkerhetssamordnaren"),
         QStringLiteral("Uppföljning av medborgarlöften, 2021–2022"), QStringLiteral("sv-SE")});
    const QString text = QString::fromUtf8(xmp);
    CHECK(text.startsWith(QStringLiteral("<?xpacket begin=")));
    CHECK(text.contains(QStringLiteral("<rdf:li xml:lang=\"x-default\">Uppföljning &amp; rapport</rdf:li>")));
    CHECK(text.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Säkerhetssamordnaren</rdf:li>")));
    CHECK(text.contains(QStringLiteral("<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li>")));
    CHECK(text.trimmed().endsWith(QStringLiteral("<?xpacket end=\"w\"?>")));
}

namespace {

// Each paragraph's formats, as text, except where a page break was asked for: what keepTogether() may change.
QStringList formatsOf(const QTextDocument& document) {
    QStringList formats;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        format.clearProperty(QTextFormat::PageBreakPolicy);
        formats << QStringLiteral("%1 top %2 bottom %3 font %4")
                       .arg(block.text())
                       .arg(format.topMargin())
                       .arg(format.bottomMargin())
                       .arg(block.charFormat().font().toString());
    }
    return formats;
}

// The document's first page painted into an image.
QImage firstPage(QTextDocument& document) {
    QImage image(QSize(int(PagedOutput::contentWidth()), 200), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, image.width(), image.height());
    document.documentLayout()->draw(&painter, context);
    painter.end();
    return image;
}

} // namespace

TEST_CASE("Laying the pages out a part at a time leaves every paragraph its formats", "[report][pages]") {
    // Parts begin where a heading starts a new page; the paragraph before such a heading ends a part, and the
    // last part ends the document with formats of its own.
    const QString html = QStringLiteral(
        "<p style=\"margin-bottom: 0px\">Inledning</p><table border=\"1\" style=\"margin-bottom: 6px\">"
        "<tr><td>Cell</td></tr></table><h2 style=\"page-break-before: always\">Del ett</h2>"
        "<p style=\"margin-top: 3px; margin-bottom: 1px\">Text ett</p>"
        "<h2 style=\"page-break-before: always\">Del tv\u00e5</h2>"
        "<p style=\"margin-top: 7px; margin-bottom: 12px\"><span style=\"font-size: 14pt\">Sist</span></p>");
    auto document = pageOf(0, html);
    const QStringList before = formatsOf(*document);
    PagedOutput::keepTogether(*document);
    CHECK(formatsOf(*document) == before);
    CHECK(PagedOutput::pageOf(*document, blockStarting(*document, QStringLiteral("Del ett"))) == 2);
    CHECK(PagedOutput::pageOf(*document, blockStarting(*document, QStringLiteral("Del tv"))) == 3);
}

TEST_CASE("Every paragraph laid out on pages keeps its shaped text for painting", "[report][pages]") {
    // QTextLayout throws its shaping away after each layout unless told to keep it: painting the pages
    // then shaped all their text a second time. Paragraphs in table cells and in the parts put back count.
    const QString html =
        QStringLiteral("<p>Inledning</p><table border=\"1\"><tr><td>Cell</td></tr></table>"
                       "<h2 style=\"page-break-before: always\">Del ett</h2><p>Text ett</p>"
                       "<h2 style=\"page-break-before: always\">Del tv\u00e5</h2><p>Sist</p>");
    const auto keptEverywhere = [](const QTextDocument& document) {
        int blocks = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next(), ++blocks) {
            if (!block.layout()->cacheEnabled())
                return QStringLiteral("not kept: %1").arg(block.text());
        }
        return QStringLiteral("%1 kept").arg(blocks);
    };
    auto together = pageOf(0, html);
    PagedOutput::keepTogether(*together);
    CHECK(keptEverywhere(*together) == QStringLiteral("7 kept"));
    auto sections = pageOf(0, html);
    PagedOutput::keepSectionsWhole(*sections, 2);
    CHECK(keptEverywhere(*sections) == QStringLiteral("7 kept"));
}

TEST_CASE("A page number in the contents is drawn where the number written in the text would stand",
          "[report][pages]") {
    const QString row = QStringLiteral("<table width=\"100%\"><tr><td width=\"90%\"><b>Rubriken</b></td>"
                                       "<td width=\"10%\" style=\"text-align: right\">%1</td></tr></table>");
    auto written = pageOf(0, row.arg(QStringLiteral("12")));
    auto drawn = pageOf(0, row.arg(QStringLiteral("{s1}")));
    PageNumberObject::replaceMarks(*drawn, {{QStringLiteral("s1"), QStringLiteral("{s1}")}});
    drawn->setPageSize(written->pageSize());
    CHECK(drawn->toPlainText() != written->toPlainText());
    PageNumberObject::numbers(*drawn).insert(QStringLiteral("s1"), QStringLiteral("12"));
    CHECK(firstPage(*drawn) == firstPage(*written));
    // Without its number it draws nothing.
    PageNumberObject::numbers(*drawn).clear();
    CHECK(firstPage(*drawn) != firstPage(*written));
}
