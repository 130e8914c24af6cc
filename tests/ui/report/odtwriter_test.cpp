#include "odtfile.h"
#include "report/chartobject.h"
#include "report/councilreport.h"
#include "report/odtwriter.h"
#include "report/pagedoutput.h"
#include "report/reportfiles.h"
#include "reportfixture.h"
#include "walks/walkprotocol.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

using namespace lk;
using namespace lk::test;

namespace {

// Two headings, a page break, a table with a header row and a picture with its alt text: what a report is
// made of, small enough to check the XML word for word.
std::unique_ptr<QTextDocument>
smallReport(const QString& imageAttributes = QStringLiteral("alt=\"Besök per termin\" title=\"Besök\"")) {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(
        QStringLiteral(
            "<h1>Första rubriken</h1><p>Vanlig text med <b>fet</b> och <i>kursiv</i> stil,<br>en ny rad.</p>"
            "<ul><li>ett</li><li>två</li></ul>"
            "<h2 style=\"page-break-before: always\">Andra rubriken</h2>"
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
            "style=\"border-color: #999999; border-style: solid\"><thead><tr style=\"background-color: "
            "#e8eef4\"><th width=\"30%\">Löfte</th><th width=\"70%\">Utfall</th></tr></thead>"
            "<tr><td>A &amp; B</td><td>3 av 4</td></tr><tr><td>C</td><td>5 av 5</td></tr></table>"
            "<p><img src=\"picture:1\" width=\"240\" height=\"120\" %1></p>")
            .arg(imageAttributes));
    QImage image(300, 150, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x70, 0xb0));
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("picture:1")), image);
    return document;
}

OdtWriter::Meta smallMeta() {
    return {.title = QStringLiteral("Liten rapport"),
            .subject = QStringLiteral("Prov"),
            .language = QStringLiteral("sv-SE"),
            .created = QDateTime(QDate(2023, 1, 20), QTime(10, 0))};
}

struct Written {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("rapport.odt"));
};

OdtFile written(QTextDocument& document, const OdtWriter::Meta& meta, const Written& file = Written()) {
    const Status status = PagedOutput::writeOdt(document, file.path, meta);
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
    return OdtFile(file.path);
}

// The automatic style `name` in content.xml, whole.
QString styleNamed(const QString& content, const QString& name) {
    const QRegularExpression style(QStringLiteral("<style:style style:name=\"%1\".*?</style:style>")
                                       .arg(QRegularExpression::escape(name)));
    return style.match(content).captured();
}

double centimetres(const QString& length) {
    REQUIRE(length.endsWith(QStringLiteral("cm")));
    return length.chopped(2).toDouble();
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString run(const QString& program, const QStringList& arguments, int timeout = 30000) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(timeout));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE(
    "An ODT's headings stand on the standard heading styles, so that the navigator, a table of contents "
    "and a template find them",
    "[odt]") {
    auto document = smallReport();
    const OdtFile odt = written(*document, smallMeta());
    const QString content = odt.xml("content.xml");
    CHECK(content.contains(QStringLiteral(
        "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Första rubriken</text:h>")));
    // The page break is the only thing the second heading has of its own.
    const QRegularExpressionMatch second =
        QRegularExpression(
            QStringLiteral("<text:h text:style-name=\"(P\\d+)\" text:outline-level=\"2\">Andra "
                           "rubriken</text:h>"))
            .match(content);
    REQUIRE(second.hasMatch());
    CHECK(styleNamed(content, second.captured(1)) ==
          QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" "
                         "style:parent-style-name=\"Heading_20_2\"><style:paragraph-properties "
                         "fo:break-before=\"page\"/></style:style>")
              .arg(second.captured(1)));
    // Body text on its style, bold and italic as runs of their own, the line break kept.
    const QRegularExpressionMatch body =
        QRegularExpression(
            QStringLiteral("<text:p text:style-name=\"Text_20_body\">Vanlig text med <text:span "
                           "text:style-name=\"(T\\d+)\">fet</text:span> och <text:span "
                           "text:style-name=\"(T\\d+)\">kursiv</text:span> stil,<text:line-break/>en ny "
                           "rad.</text:p>"))
            .match(content);
    REQUIRE(body.hasMatch());
    CHECK(styleNamed(content, body.captured(1)).contains(QStringLiteral("fo:font-weight=\"bold\"")));
    CHECK(styleNamed(content, body.captured(2)).contains(QStringLiteral("fo:font-style=\"italic\"")));
    CHECK(content.contains(QStringLiteral(
        "<text:list text:style-name=\"List_20_1\"><text:list-item><text:p "
        "text:style-name=\"List\">ett</text:p>"
        "</text:list-item><text:list-item><text:p text:style-name=\"List\">två</text:p></text:list-item>"
        "</text:list>")));

    const QString styles = odt.xml("styles.xml");
    CHECK(styles.contains(QStringLiteral("style:name=\"Heading_20_1\" style:display-name=\"Heading 1\"")));
    CHECK(styles.contains(QStringLiteral("style:name=\"Heading_20_2\" style:display-name=\"Heading 2\"")));
    CHECK(styles.contains(QStringLiteral("style:default-outline-level=\"2\"")));
    // A heading is never the last line of a page.
    CHECK(styleNamed(styles, QStringLiteral("Heading"))
              .contains(QStringLiteral("fo:keep-with-next=\"always\"")));
    CHECK(styles.contains(QStringLiteral("<text:outline-style style:name=\"Outline\">")));
}

TEST_CASE("An ODT's table keeps its column widths, its header row and the PDF's lines", "[odt]") {
    auto document = smallReport();
    const OdtFile odt = written(*document, smallMeta());
    const QString content = odt.xml("content.xml");
    const QString table =
        QRegularExpression(QStringLiteral("<table:table .*</table:table>")).match(content).captured();
    REQUIRE_FALSE(table.isEmpty());
    INFO(table.toStdString());
    CHECK(table.count(QStringLiteral("<table:table-row>")) == 3);
    CHECK(table.count(QStringLiteral("<table:table-header-rows>")) == 1);
    const QRegularExpressionMatch head =
        QRegularExpression(QStringLiteral("<table:table-header-rows><table:table-row>(.*?)</table:table-row>"
                                          "</table:table-header-rows>"))
            .match(table);
    REQUIRE(head.hasMatch());
    CHECK(head.captured(1).contains(
        QStringLiteral("<text:p text:style-name=\"Table_20_Heading\">Löfte</text:p>")));
    CHECK(table.contains(QStringLiteral("<text:p text:style-name=\"Table_20_Contents\">A &amp; B</text:p>")));

    // 30 % and 70 % of the text's width.
    QList<double> widths;
    for (auto it =
             QRegularExpression(QStringLiteral("<table:table-column table:style-name=\"(Column\\d+)\"/>"))
                 .globalMatch(table);
         it.hasNext();) {
        const QString style = styleNamed(content, it.next().captured(1));
        widths << centimetres(
            QRegularExpression(QStringLiteral("style:column-width=\"([^\"]+)\"")).match(style).captured(1));
    }
    const double text = PagedOutput::contentWidth() * 2.54 / 96;
    REQUIRE(widths.size() == 2);
    CHECK(std::abs(widths.at(0) - 0.3 * text) < 0.01);
    CHECK(std::abs(widths.at(1) - 0.7 * text) < 0.01);

    // The head's cells on the PDF's blue-grey, every cell with the PDF's grey lines.
    const QString headCell =
        styleNamed(content, QRegularExpression(QStringLiteral("table:style-name=\"(Cell\\d+)\""))
                                .match(head.captured(1))
                                .captured(1));
    CHECK(headCell.contains(QStringLiteral("fo:background-color=\"#e8eef4\"")));
    CHECK(headCell.contains(QStringLiteral("fo:border-left=\"0.75pt solid #999999\"")));
    CHECK(headCell.contains(QStringLiteral("fo:border-top=\"0.75pt solid #999999\"")));
}

TEST_CASE("An ODT's picture is a PNG of its own with its size on paper and its alt text", "[odt]") {
    auto document = smallReport();
    const OdtFile odt = written(*document, smallMeta());
    const QString content = odt.xml("content.xml");
    // 240 × 120 pixels at 96 dpi.
    CHECK(content.contains(QStringLiteral(
        "<draw:frame draw:style-name=\"Graphics\" draw:name=\"Besök\" text:anchor-type=\"as-char\" "
        "svg:width=\"6.35cm\" svg:height=\"3.175cm\" draw:z-index=\"0\"><draw:image "
        "xlink:href=\"Pictures/Picture1.png\" xlink:type=\"simple\" xlink:show=\"embed\" "
        "xlink:actuate=\"onLoad\"/><svg:title>Besök</svg:title><svg:desc>Besök per termin</svg:desc>"
        "</draw:frame>")));
    const QImage picture = QImage::fromData(odt.part(QStringLiteral("Pictures/Picture1.png")), "PNG");
    CHECK(picture.size() == QSize(300, 150));
    CHECK(picture.pixelColor(150, 75) == QColor(0x20, 0x70, 0xb0));
    CHECK(odt.xml("META-INF/manifest.xml")
              .contains(QStringLiteral(
                  "manifest:full-path=\"Pictures/Picture1.png\" manifest:media-type=\"image/png\"")));

    // An image without an alt text of its own takes the caller's.
    auto bare = smallReport(QString());
    OdtWriter::Meta meta = smallMeta();
    meta.altTexts.insert(QStringLiteral("picture:1"), QStringLiteral("Antal besök"));
    const QString bareContent = written(*bare, meta).xml("content.xml");
    CHECK(bareContent.contains(
        QStringLiteral("<svg:title>Antal besök</svg:title><svg:desc>Antal besök</svg:desc>")));
}

TEST_CASE("A chart drawn as vector graphics goes into the ODT as a picture at 150 dpi with its alt text",
          "[odt]") {
    QPicture drawing;
    {
        QPainter painter(&drawing);
        painter.fillRect(QRect(0, 0, 800, 400), QColor(0xc0, 0x30, 0x30));
    }
    drawing.setBoundingRect(QRect(0, 0, 800, 400));
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setHtml(QStringLiteral("<h2>Diagram</h2><p><img src=\"chart:1\" width=\"642\" height=\"321\" "
                                    "alt=\"Besök per skola – antal per termin\"></p>"));
    ChartObject::replaceImages(document, {drawing});
    const OdtFile odt = written(document, smallMeta());
    const QImage picture = QImage::fromData(odt.part(QStringLiteral("Pictures/Picture1.png")), "PNG");
    // The chart's 17 cm at 150 dpi, not twice its size on screen.
    CHECK(picture.size() == QSize(1003, 502));
    CHECK(std::lround(picture.dotsPerMeterX() * 0.0254) == 150);
    CHECK(picture.pixelColor(500, 250) == QColor(0xc0, 0x30, 0x30));
    const QString content = odt.xml("content.xml");
    CHECK(content.contains(QStringLiteral("svg:width=\"16.986cm\" svg:height=\"8.493cm\"")));
    CHECK(content.contains(QStringLiteral("<svg:desc>Besök per skola – antal per termin</svg:desc>")));
}

TEST_CASE("An ODT starts with its mimetype, stored, and every part is well-formed XML", "[odt]") {
    auto document = smallReport();
    Written file;
    const OdtFile odt = written(*document, smallMeta(), file);
    // ODF: the first entry, uncompressed and without extra fields, so that its text stands at byte 38.
    const QByteArray bytes = fileBytes(file.path);
    CHECK(bytes.startsWith("PK\x03\x04"));
    CHECK(bytes.mid(8, 2) == QByteArray(2, '\0'));  // stored
    CHECK(bytes.mid(28, 2) == QByteArray(2, '\0')); // no extra field
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
    REQUIRE_FALSE(odt.parts.isEmpty());
    CHECK(odt.parts.first().name == QStringLiteral("mimetype"));
    CHECK(odt.parts.first().stored);
    QStringList names;
    for (const OdtFile::Part& part : odt.parts)
        names << part.name;
    CHECK(names == QStringList{QStringLiteral("mimetype"), QStringLiteral("content.xml"),
                               QStringLiteral("styles.xml"), QStringLiteral("meta.xml"),
                               QStringLiteral("Pictures/Picture1.png"),
                               QStringLiteral("META-INF/manifest.xml")});
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    QTemporaryDir dir;
    for (const OdtFile::Part& part : odt.parts) {
        if (!part.name.endsWith(QStringLiteral(".xml")))
            continue;
        INFO(part.name.toStdString());
        QXmlStreamReader reader(part.bytes);
        while (!reader.atEnd())
            reader.readNext();
        CHECK_FALSE(reader.hasError());
        if (xmllint.isEmpty())
            continue;
        QFile saved(dir.filePath(QStringLiteral("part.xml")));
        REQUIRE(saved.open(QIODevice::WriteOnly));
        saved.write(part.bytes);
        saved.close();
        QProcess lint;
        lint.start(xmllint, {QStringLiteral("--noout"), saved.fileName()});
        REQUIRE(lint.waitForFinished(30000));
        CHECK(lint.exitCode() == 0);
    }
}

TEST_CASE("An ODT's styles give the PDF's A4 page, its page numbers and font, and its meta the title and "
          "language",
          "[odt]") {
    auto document = smallReport();
    const OdtFile odt = written(*document, smallMeta());
    const QString structure = odtStructure(odt);
    INFO(structure.toStdString());
    const QMarginsF margins = PagedOutput::a4().margins(QPageLayout::Millimeter);
    const auto cm = [](double millimetres) -> QString {
        return QString::number(millimetres / 10) + QStringLiteral("cm");
    };
    CHECK(structure.contains(
        QStringLiteral("page 21cm × 29.7cm portrait, margins top %1 bottom %2 left %3 right %4")
            .arg(cm(margins.top()), cm(margins.bottom()), cm(margins.left()), cm(margins.right()))));
    CHECK(structure.contains(QStringLiteral("footer <text:page-number> (<text:page-count>)")));
    CHECK(structure.contains(QStringLiteral("default font DejaVu Sans 10pt, language sv-SE")));
    CHECK(structure.contains(QStringLiteral("meta dc:title: Liten rapport")));
    CHECK(structure.contains(QStringLiteral("meta dc:language: sv-SE")));
    CHECK(structure.contains(QStringLiteral("meta generator: Löfteskollen")));
    CHECK(structure.contains(QStringLiteral("page breaks: 1")));
    const QString meta = odt.xml("meta.xml");
    CHECK(meta.contains(QStringLiteral("<dc:subject>Prov</dc:subject>")));
    CHECK(meta.contains(QStringLiteral("<meta:creation-date>2023-01-20T10:00:00</meta:creation-date>")));
}

TEST_CASE("An ODT that cannot be written leaves nothing and says why", "[odt]") {
    auto document = smallReport();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saknas/rapport.odt"));
    const Status status = PagedOutput::writeOdt(*document, path, smallMeta());
    REQUIRE_FALSE(status.ok());
    CHECK_THAT(status.message().toStdString(), mentions(QStringLiteral("rapport.odt")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The council report's ODT on the demo file has the golden structure", "[report][golden][odt]") {
    DemoFile demo;
    Swedish swedish;
    const QString path = demo.file.pathFor(QStringLiteral("rapport.odt"));
    REQUIRE(ReportFiles::write(demo.repository, demo.wholePeriod(), ReportFiles::Kind::Council,
                               ReportFiles::Format::Odt, path)
                .ok());
    checkGolden(QStringLiteral("report/council_sample_sv_odt.txt"), odtStructure(OdtFile(path)).toUtf8());
}

TEST_CASE("LibreOffice opens the council report's and a walk protocol's ODT and prints every heading",
          "[odt][libreoffice]") {
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("LibreOffice (libreoffice-writer-nogui) is not installed: the ODT is not opened");
        return;
    }
    DemoFile demo;
    Swedish swedish;
    const QString report = demo.file.pathFor(QStringLiteral("rapport.odt"));
    const QString ours = demo.file.pathFor(QStringLiteral("rapport-qt.pdf"));
    const QString protocol = demo.file.pathFor(QStringLiteral("protokoll.odt"));
    for (const auto& [format, path] :
         {std::pair{ReportFiles::Format::Odt, report}, std::pair{ReportFiles::Format::Pdf, ours}})
        REQUIRE(
            ReportFiles::write(demo.repository, demo.wholePeriod(), ReportFiles::Kind::Council, format, path)
                .ok());
    const qint64 walk =
        scalar(*demo.document, QStringLiteral("SELECT id FROM walks ORDER BY walked_on LIMIT 1"))
            .toLongLong();
    REQUIRE(WalkProtocol::write(demo.repository, walk, protocol, WalkProtocol::Format::Odt).ok());

    // A profile of its own in the test's folder: tests beside it may run LibreOffice too.
    QTemporaryDir out;
    QProcess office;
    office.start(soffice, {QStringLiteral("-env:UserInstallation=") +
                               QUrl::fromLocalFile(out.filePath(QStringLiteral("profile"))).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                           QStringLiteral("pdf"), QStringLiteral("--outdir"), out.path(), report, protocol});
    REQUIRE(office.waitForFinished(90000));
    INFO(QString::fromUtf8(office.readAllStandardError()).toStdString());
    const QString reportPdf = out.filePath(QStringLiteral("rapport.pdf"));
    const QString protocolPdf = out.filePath(QStringLiteral("protokoll.pdf"));
    REQUIRE(fileBytes(reportPdf).startsWith("%PDF-"));
    REQUIRE(fileBytes(protocolPdf).startsWith("%PDF-"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the pages are not read");
        return;
    }
    // pdftotext ends each page with a form feed.
    const QString printed = run(pdftotext, {reportPdf, QStringLiteral("-")});
    const qsizetype pages = printed.count(u'\f');
    const qsizetype ourPages = run(pdftotext, {ours, QStringLiteral("-")}).count(u'\f');
    CHECK(pages >= ourPages - 1);
    CHECK(pages <= ourPages + 2);
    const QString flowing = printed.simplified();
    QXmlStreamReader content(OdtFile(report).xml("content.xml"));
    int headings = 0;
    while (!content.atEnd()) {
        content.readNext();
        if (content.isStartElement() && content.qualifiedName() == QLatin1String("text:h")) {
            const QString heading = textOf(content).simplified();
            INFO(heading.toStdString());
            CHECK(flowing.contains(heading));
            ++headings;
        }
    }
    CHECK(headings >= 5);
    // Every page numbered at its foot, as in the PDF.
    CHECK(printed.contains(QStringLiteral("1 (%1)").arg(pages)));
    CHECK(printed.contains(QStringLiteral("%1 (%1)").arg(pages)));
    CHECK(run(pdftotext, {protocolPdf, QStringLiteral("-")})
              .contains(QStringLiteral("Protokoll från trygghetsvandring")));
}
