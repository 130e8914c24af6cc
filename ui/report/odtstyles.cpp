#include "report/odtstyles.h"

#include "report/odtxml.h"
#include "report/pagedoutput.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QRectF>

namespace lk {

namespace {

// The same context as the PDF's page number, so that both read the same in every language.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PagedOutput)
};

QString fontFace(const QString& family) {
    const QString name = OdtXml::escaped(family);
    return QStringLiteral("<style:font-face style:name=\"%1\" svg:font-family=\"&apos;%1&apos;\" "
                          "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>")
        .arg(name);
}

// fo:language and fo:country from "sv-SE".
QString languageAttributes(const QString& language) {
    const QStringList parts = language.split(u'-');
    QString attributes = QStringLiteral(" fo:language=\"%1\"").arg(OdtXml::escaped(parts.value(0)));
    if (parts.size() > 1)
        attributes += QStringLiteral(" fo:country=\"%1\"").arg(OdtXml::escaped(parts.value(1)));
    return attributes;
}

QString paragraphStyle(const QString& name, const QString& displayName, const QString& parent,
                       const QString& styleClass, const QString& paragraph, const QString& text,
                       const QString& extra = {}) {
    QString xml = QStringLiteral("<style:style style:name=\"%1\"").arg(name);
    if (displayName != name)
        xml += QStringLiteral(" style:display-name=\"%1\"").arg(displayName);
    xml += QStringLiteral(" style:family=\"paragraph\"");
    if (!parent.isEmpty())
        xml += QStringLiteral(" style:parent-style-name=\"%1\"").arg(parent);
    xml += extra + QStringLiteral(" style:class=\"%1\">").arg(styleClass);
    if (!paragraph.isEmpty())
        xml += QStringLiteral("<style:paragraph-properties %1/>").arg(paragraph);
    if (!text.isEmpty())
        xml += QStringLiteral("<style:text-properties %1/>").arg(text);
    return xml + QStringLiteral("</style:style>");
}

QString headings(double baseSize) {
    // The parent of all six, as in LibreOffice: a secretary restyles every heading at once through it.
    QString xml = paragraphStyle(
        QStringLiteral("Heading"), QStringLiteral("Heading"), QStringLiteral("Standard"),
        QStringLiteral("text"),
        // Never the last line of a page: a heading goes over with the text it heads.
        QStringLiteral("fo:margin-top=\"0.423cm\" fo:margin-bottom=\"0.212cm\" fo:keep-with-next=\"always\""),
        QStringLiteral("fo:font-weight=\"bold\""),
        QStringLiteral(" style:next-style-name=\"%1\"").arg(OdtStyles::body()));
    for (int level = 1; level <= 6; ++level)
        xml +=
            paragraphStyle(OdtStyles::heading(level), QStringLiteral("Heading %1").arg(level),
                           QStringLiteral("Heading"), QStringLiteral("text"), {},
                           QStringLiteral("fo:font-size=\"%1\"")
                               .arg(OdtXml::points(baseSize * OdtStyles::headingScale(level))),
                           QStringLiteral(" style:next-style-name=\"%1\" style:default-outline-level=\"%2\"")
                               .arg(OdtStyles::body())
                               .arg(level));
    return xml;
}

// Headings unnumbered, as in the PDF; the outline style is what ties each level to its heading style.
QString outline() {
    QString xml = QStringLiteral("<text:outline-style style:name=\"Outline\">");
    for (int level = 1; level <= 10; ++level)
        xml += QStringLiteral("<text:outline-level-style text:level=\"%1\" style:num-format=\"\">"
                              "<style:list-level-properties "
                              "text:list-level-position-and-space-mode=\"label-alignment\">"
                              "<style:list-level-label-alignment text:label-followed-by=\"listtab\"/>"
                              "</style:list-level-properties></text:outline-level-style>")
                   .arg(level);
    return xml + QStringLiteral("</text:outline-style>");
}

QString listLevel(int level) {
    const double indent = 0.635 * level;
    return QStringLiteral("<style:list-level-properties text:list-level-position-and-space-mode=\"label-"
                          "alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" "
                          "text:list-tab-stop-position=\"%1cm\" fo:text-indent=\"-0.635cm\" "
                          "fo:margin-left=\"%1cm\"/></style:list-level-properties>")
        .arg(indent, 0, 'f', 3);
}

QString lists() {
    const QString bullets[] = {QStringLiteral("•"), QStringLiteral("◦"), QStringLiteral("▪")};
    QString xml = QStringLiteral("<text:list-style style:name=\"%1\" style:display-name=\"List 1\">")
                      .arg(OdtStyles::bulletList());
    for (int level = 1; level <= 10; ++level)
        xml += QStringLiteral("<text:list-level-style-bullet text:level=\"%1\" text:bullet-char=\"%2\">%3"
                              "</text:list-level-style-bullet>")
                   .arg(level)
                   .arg(bullets[(level - 1) % 3], listLevel(level));
    xml += QStringLiteral("</text:list-style><text:list-style style:name=\"%1\" "
                          "style:display-name=\"Numbering 123\">")
               .arg(OdtStyles::numberedList());
    for (int level = 1; level <= 10; ++level)
        xml += QStringLiteral("<text:list-level-style-number text:level=\"%1\" style:num-suffix=\".\" "
                              "style:num-format=\"1\">%2</text:list-level-style-number>")
                   .arg(level)
                   .arg(listLevel(level));
    return xml + QStringLiteral("</text:list-style>");
}

// The page of PagedOutput::a4(), its page number in the strip under the text that the PDF leaves for it.
QString pageLayout() {
    const QPageLayout page = PagedOutput::a4();
    const QSizeF size = page.fullRect(QPageLayout::Millimeter).size();
    const QMarginsF margins = page.margins(QPageLayout::Millimeter);
    const auto cm = [](double millimetres) -> QString { return OdtXml::cm(millimetres * 96 / 25.4); };
    const double footer = page.paintRect(QPageLayout::Inch).height() * 96 - PagedOutput::bodyHeight();
    const double footerText = 16; // one line of the footer's 8.25 pt text
    return QStringLiteral("<style:page-layout style:name=\"pm1\"><style:page-layout-properties "
                          "fo:page-width=\"%1\" fo:page-height=\"%2\" style:print-orientation=\"portrait\" "
                          "fo:margin-top=\"%3\" fo:margin-bottom=\"%4\" fo:margin-left=\"%5\" "
                          "fo:margin-right=\"%6\" style:writing-mode=\"lr-tb\"/><style:header-style/>"
                          "<style:footer-style><style:header-footer-properties fo:min-height=\"%7\" "
                          "fo:margin-top=\"%8\" style:dynamic-spacing=\"false\"/></style:footer-style>"
                          "</style:page-layout>")
        .arg(cm(size.width()), cm(size.height()), cm(margins.top()), cm(margins.bottom()), cm(margins.left()),
             cm(margins.right()), OdtXml::cm(footerText), OdtXml::cm(footer - footerText));
}

// "3 (12)" with the translated pattern of the PDF's footer, the numbers as fields that the word processor
// keeps up to date.
QString footer() {
    QString pattern = OdtXml::escaped(Text::tr("%1 (%2)"));
    pattern.replace(QStringLiteral("%1"),
                    QStringLiteral("<text:page-number text:select-page=\"current\">1</text:page-number>"));
    pattern.replace(QStringLiteral("%2"), QStringLiteral("<text:page-count>1</text:page-count>"));
    return QStringLiteral("<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
                          "<style:footer><text:p text:style-name=\"Footer\">%1</text:p></style:footer>"
                          "</style:master-page>")
        .arg(pattern);
}

} // namespace

double OdtStyles::headingScale(int level) {
    // QTextCharFormat's font for the size adjustments Qt's HTML gives h1 (+3) to h6 (-2).
    static const double scales[] = {2.0, 1.5, 1.2, 1.0, 0.8, 0.7};
    return scales[std::clamp(level, 1, 6) - 1];
}

QByteArray OdtStyles::xml(const QFont& defaultFont, const QString& language) {
    const QString family = OdtXml::escaped(defaultFont.family());
    const double size = defaultFont.pointSizeF() > 0 ? defaultFont.pointSizeF() : 10;
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles %1 "
                                 "office:version=\"%2\"><office:font-face-decls>%3</office:font-face-decls>")
                      .arg(OdtXml::namespaces(), OdtXml::version(), fontFace(defaultFont.family()));
    xml += QStringLiteral("<office:styles><style:default-style style:family=\"paragraph\">"
                          "<style:paragraph-properties style:writing-mode=\"lr-tb\"/>"
                          "<style:text-properties style:font-name=\"%1\" fo:font-size=\"%2\"%3/>"
                          "</style:default-style><style:default-style style:family=\"table\">"
                          "<style:table-properties table:border-model=\"collapsing\"/></style:default-style>")
               .arg(family, OdtXml::points(size), languageAttributes(language));
    xml += paragraphStyle(QStringLiteral("Standard"), QStringLiteral("Standard"), {}, QStringLiteral("text"),
                          {}, {});
    xml += paragraphStyle(
        body(), QStringLiteral("Text body"), QStringLiteral("Standard"), QStringLiteral("text"),
        QStringLiteral("fo:margin-top=\"0cm\" fo:margin-bottom=\"%1\"").arg(OdtXml::cm(bodySpaceBelow)), {});
    xml += headings(size);
    xml += paragraphStyle(listItem(), QStringLiteral("List"), body(), QStringLiteral("list"),
                          QStringLiteral("fo:margin-top=\"0cm\" fo:margin-bottom=\"0.106cm\""), {});
    xml += paragraphStyle(tableContents(), QStringLiteral("Table Contents"), QStringLiteral("Standard"),
                          QStringLiteral("extra"), {}, {});
    xml += paragraphStyle(tableHeading(), QStringLiteral("Table Heading"), tableContents(),
                          QStringLiteral("extra"), QStringLiteral("fo:text-align=\"center\""),
                          QStringLiteral("fo:font-weight=\"bold\""));
    xml += paragraphStyle(QStringLiteral("Footer"), QStringLiteral("Footer"), QStringLiteral("Standard"),
                          QStringLiteral("extra"), QStringLiteral("fo:text-align=\"center\""),
                          QStringLiteral("fo:font-size=\"8.25pt\" fo:color=\"#555555\""));
    xml += QStringLiteral("<style:style style:name=\"%1\" style:family=\"graphic\"><style:graphic-properties "
                          "text:anchor-type=\"as-char\" svg:y=\"0cm\" style:vertical-pos=\"top\" "
                          "style:vertical-rel=\"baseline\" style:wrap=\"none\" fo:border=\"none\" "
                          "fo:padding=\"0cm\"/></style:style>")
               .arg(graphics());
    xml += outline() + lists() + QStringLiteral("</office:styles>");
    xml += QStringLiteral("<office:automatic-styles>%1</office:automatic-styles>").arg(pageLayout());
    xml += QStringLiteral("<office:master-styles>%1</office:master-styles></office:document-styles>")
               .arg(footer());
    return xml.toUtf8();
}

} // namespace lk
