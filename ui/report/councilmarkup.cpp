#include "report/councilmarkup.h"

#include "common/trafficlight.h"
#include "report/pagedoutput.h"

#include <QBuffer>

namespace lk {

namespace {

// Paper's looks, as QTextDocument reads them. Tables of figures are set condensed, so that a long Swedish
// compound ("grannsamverkansområden") and "89 av 100" fit their columns whole.
const QString gridTable = QStringLiteral(
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: "
    "collapse; border-color: #a8a8a8; border-style: solid; font-family: 'DejaVu Sans Condensed'; font-size: "
    "9pt; margin-top: 4px; margin-bottom: 8px\">");
const QString plainTable = QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                                          "cellpadding=\"2\" style=\"margin-top: 2px; margin-bottom: 6px\">");
const QString pairTable = QStringLiteral(
    "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 4px; "
    "margin-bottom: 8px\">");
const QString headerBackground = QStringLiteral("#e6edf4");
const QString groupBackground = QStringLiteral("#f2f2f2");

QString pngDataUri(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,%1").arg(QString::fromLatin1(png.toBase64()));
}

} // namespace

CouncilMarkup::CouncilMarkup(Medium medium, ChartForm form)
    : m_medium(medium)
    , m_form(form) {}

QString CouncilMarkup::esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString CouncilMarkup::paragraphs(const QString& text) {
    QString html;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(paragraph.trimmed()).replace(u'\n', QStringLiteral("<br>")));
    return html;
}

QString CouncilMarkup::pageMark(const QString& anchor) {
    return QStringLiteral("{%1}").arg(anchor);
}

QString CouncilMarkup::heading(int level, const QString& text, bool listed, bool newPage) {
    const QString anchor = QStringLiteral("s%1").arg(m_headings.size() + 1);
    if (listed)
        m_headings.append({level, text, anchor});
    const QString size = level == 1   ? QStringLiteral("24pt")
                         : level == 2 ? QStringLiteral("15pt")
                                      : QStringLiteral("12pt");
    if (m_medium == Medium::Web)
        return QStringLiteral("<h%1 id=\"%2\"%3>%4</h%1>\n")
            .arg(level)
            .arg(anchor, newPage ? QStringLiteral(" class=\"new-page\"") : QString(), esc(text));
    return QStringLiteral("<h%1 style=\"font-size: %2; margin-top: %3px; margin-bottom: 4px%4\"><a "
                          "name=\"%5\"></a>%6</h%1>")
        .arg(level)
        .arg(size)
        .arg(level == 3 ? 14 : 6)
        .arg(newPage ? QStringLiteral("; page-break-before: always") : QString(), anchor, esc(text));
}

QString CouncilMarkup::paragraph(const QString& html, const QString& look) const {
    if (m_medium == Medium::Web)
        return look.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(html)
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(look, html);
    if (look == QStringLiteral("note"))
        return QStringLiteral("<p style=\"font-size: 8.5pt; color: #444444; margin-top: 2px\">%1</p>")
            .arg(html);
    if (look == QStringLiteral("lead"))
        return QStringLiteral("<p style=\"font-style: italic\">%1</p>").arg(html);
    if (look == QStringLiteral("parted"))
        return QStringLiteral("<p style=\"font-style: italic; color: #8a1c1c\">%1</p>").arg(html);
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString CouncilMarkup::light(PromiseProgress::Light light) const {
    // Each light its own shape as well as colour, as on the screens and the public page: a grey print or a
    // reader who cannot tell the colours apart still reads it.
    return QStringLiteral("<span style=\"color: %1\">%2</span>&nbsp;%3")
        .arg(lightColour(light).name(), lightSymbol(light), esc(PromiseProgress::lightName(light)));
}

QString CouncilMarkup::lightMark(PromiseProgress::Light light) const {
    // On the web a screen reader says the word the mark stands for.
    if (m_medium == Medium::Web)
        return QStringLiteral("<span style=\"color: %1\" role=\"img\" aria-label=\"%2\">%3</span>")
            .arg(lightColour(light).name(), esc(PromiseProgress::lightName(light)), lightSymbol(light));
    return QStringLiteral("<span style=\"color: %1\" title=\"%2\">%3</span>")
        .arg(lightColour(light).name(), esc(PromiseProgress::lightName(light)), lightSymbol(light));
}

QString CouncilMarkup::tableStart(const QString& look) const {
    if (m_medium == Medium::Web)
        return QStringLiteral("<table class=\"%1\">\n").arg(look);
    return look == QStringLiteral("plain") ? plainTable : gridTable;
}

QString CouncilMarkup::table(const QList<Column>& columns, const QString& rows, const QString& look) const {
    QString head;
    // A column without a width takes what its figures need, which never break.
    for (const Column& column : columns) {
        const QString align = column.number ? QStringLiteral("right") : QStringLiteral("left");
        const QString width = column.width <= 0 ? QString()
                              : m_medium == Medium::Web
                                  ? QStringLiteral(" style=\"width: %1%\"").arg(column.width)
                                  : QStringLiteral(" width=\"%1%\"").arg(column.width);
        head +=
            m_medium == Medium::Web
                ? QStringLiteral("<th scope=\"col\"%1%2>%3</th>")
                      .arg(width, column.number ? QStringLiteral(" class=\"n\"") : QString(), column.header)
                : QStringLiteral("<th%1 style=\"text-align: %2; background-color: %3\">%4</th>")
                      .arg(width, align, headerBackground, column.header);
    }
    return tableStart(look) +
           QStringLiteral("<thead><tr>%1</tr></thead>\n<tbody>%2</tbody></table>\n").arg(head, rows);
}

QString CouncilMarkup::bare(const QString& rows, const QString& look) const {
    return tableStart(look) + (m_medium == Medium::Web ? QStringLiteral("<tbody>%1</tbody></table>\n")
                                                       : QStringLiteral("%1</table>"))
                                  .arg(rows);
}

namespace {

QString widthOf(CouncilMarkup::Medium medium, int width) {
    if (width <= 0)
        return {};
    return medium == CouncilMarkup::Medium::Web ? QStringLiteral(" style=\"width: %1%\"").arg(width)
                                                : QStringLiteral(" width=\"%1%\"").arg(width);
}

QString spanOf(int span) {
    return span > 1 ? QStringLiteral(" colspan=\"%1\"").arg(span) : QString();
}

} // namespace

QString CouncilMarkup::cell(const QString& html, bool number, int span, int width) const {
    if (m_medium == Medium::Web)
        return QStringLiteral("<td%1%2%3>%4</td>")
            .arg(spanOf(span), widthOf(m_medium, width), number ? QStringLiteral(" class=\"n\"") : QString(),
                 html);
    return QStringLiteral("<td%1%2%3>%4</td>")
        .arg(spanOf(span), widthOf(m_medium, width),
             number ? QStringLiteral(" style=\"text-align: right\"") : QString(), html);
}

QString CouncilMarkup::rowHeader(const QString& html, int span, const QString& look, int width) const {
    const bool group = look == QStringLiteral("group");
    if (m_medium == Medium::Web)
        return QStringLiteral("<th scope=\"%1\"%2%3%4>%5</th>")
            .arg(group ? QStringLiteral("rowgroup") : QStringLiteral("row"), spanOf(span),
                 widthOf(m_medium, width), group ? QStringLiteral(" class=\"group\"") : QString(), html);
    return QStringLiteral("<td%1%2 style=\"%3\">%4</td>")
        .arg(spanOf(span), widthOf(m_medium, width),
             group ? QStringLiteral("background-color: %1; padding-top: 4px").arg(groupBackground)
                   : QString(),
             html);
}

QString CouncilMarkup::chart(const ReportChart& chart) {
    m_charts.append(chart);
    const QString alt = chart.title.isEmpty() ? chart.description
                                              : QStringLiteral("%1. %2").arg(chart.title, chart.description);
    const QString source =
        m_medium == Medium::Web ? pngDataUri(chart.image) : QStringLiteral("chart:%1").arg(m_charts.size());
    // The title apart: the ODT's picture is named by it in LibreOffice's navigator, its alt text the whole.
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"%4 alt=\"%5\">")
        .arg(source)
        .arg(chart.size.width())
        .arg(chart.size.height())
        .arg(chart.title.isEmpty() ? QString() : QStringLiteral(" title=\"%1\"").arg(esc(chart.title)))
        .arg(esc(alt));
}

QString CouncilMarkup::pair(const QString& left, const QString& right) const {
    if (m_medium == Medium::Web)
        return QStringLiteral("<div class=\"pair\"><div>%1</div><div>%2</div></div>\n").arg(left, right);
    return pairTable +
           QStringLiteral("<tr><td width=\"50%\" valign=\"top\" style=\"padding-right: 6px\">%1</td>"
                          "<td width=\"50%\" valign=\"top\" style=\"padding-left: 6px\">%2</td></tr></table>")
               .arg(left, right);
}

QString CouncilMarkup::styleSheet() {
    return QStringLiteral(R"(
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; line-height: 1.45; margin: 0; }
main { max-width: 56rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; margin: 2rem 0 .5rem; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; color: #1f3f5f; }
h3 { font-size: 1.15rem; margin-top: 2rem; }
.cover p { margin: .3rem 0; }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
table.grid { font-family: "DejaVu Sans Condensed", "Arial Narrow", sans-serif; font-stretch: condensed; }
table.grid th, table.grid td { border: 1px solid #a8a8a8; padding: .25rem .4rem; vertical-align: top; text-align: left; }
table.grid thead th { background: #e6edf4; }
table.plain th, table.plain td { border: none; padding: .15rem .4rem .15rem 0; vertical-align: top; text-align: left; }
th[scope="row"] { font-weight: normal; }
th.group { background: #f2f2f2; }
.n { text-align: right; white-space: nowrap; }
.lead { font-style: italic; }
.note { font-size: .85rem; color: #444; }
.parted { font-style: italic; color: #8a1c1c; }
.pair { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin: .5rem 0 1rem; }
.pair > div { flex: 1 1 20rem; min-width: 0; }
img { max-width: 100%; height: auto; }
table.signatures td { border: none; border-bottom: 1px solid #555; height: 2.5rem; vertical-align: bottom; }
@media print { .new-page { break-before: page; } main { max-width: none; } }
)");
}

} // namespace lk
