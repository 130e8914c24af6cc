#include "report/publicsummarycharts.h"

#include "common/decimal.h"
#include "indicators/indicatorregisters.h"
#include "report/reportcharts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PublicSummary)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Inline, so that the one file is the whole page.
QString dataUri(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// A series' entry in a chart's key: its mark (a class of PublicSummaryStyle) and its name.
struct KeyEntry {
    const char* swatch;
    QString name;
};

// The chart: its title and key as text over the image, which the alt text describes.
QString figure(const ReportChart& chart, const QList<KeyEntry>& key, const QString& alt) {
    QString entries;
    for (const KeyEntry& entry : key)
        entries += QStringLiteral("<span class=\"legend-item\"><span class=\"swatch %1\" "
                                  "aria-hidden=\"true\"></span>%2</span>\n")
                       .arg(QString::fromLatin1(entry.swatch), esc(entry.name));
    const QSize drawn = PublicSummaryCharts::size;
    return QStringLiteral("<figure>\n<figcaption>%1\n<span class=\"legend\">\n%2</span></figcaption>\n"
                          "<img src=\"%3\" alt=\"%4\" width=\"%5\" height=\"%6\">\n</figure>\n")
        .arg(esc(chart.title), entries, dataUri(chart.image), esc(alt))
        .arg(drawn.width())
        .arg(drawn.height());
}

// The figures of a chart as a table that scrolls sideways in its own box rather than widening the page, and
// that the keyboard can reach to scroll it; folded under the chart, so that the page stays short on a phone.
QString table(const QString& caption, const QStringList& heads, const QList<QStringList>& rows, int serial) {
    QString html =
        QStringLiteral("<details>\n<summary>%1</summary>\n"
                       "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" "
                       "aria-labelledby=\"table-%2\">\n<table>\n<caption id=\"table-%2\">%3</caption>\n"
                       "<thead><tr>")
            .arg(esc(Text::tr("Show the figures as a table")))
            .arg(serial)
            .arg(esc(caption));
    for (const QString& head : heads)
        html += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(head));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(row.value(0)));
        for (qsizetype column = 1; column < row.size(); ++column)
            html += QStringLiteral("<td>%1</td>").arg(esc(row.at(column)));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n</div>\n</details>\n");
}

QString figuresAfter() {
    return Text::tr("The figures are in the table after the chart.");
}

// "5 (83 %)": how many, and the share of all; a dash when there was nothing to count.
QString shareText(int count, int of) {
    if (of == 0)
        return QStringLiteral("–");
    return Text::tr("%1 (%2 %)").arg(count).arg(qRound(100.0 * count / of));
}

// Each target's bars beside what it planned step by step; the alt text is the chart's own description.
QString counts(const ReportFigures::Chart& figures, const ReportChart& chart, int serial) {
    const char* swatches[] = {"swatch-bar-measured", "swatch-bar-second"};
    QList<KeyEntry> key;
    QStringList heads{figures.stepName};
    for (qsizetype at = 0; at < figures.series.size(); ++at) {
        const ReportFigures::Chart::Series& series = figures.series.at(at);
        key.append({swatches[std::min<qsizetype>(at, 1)], series.name});
        heads << Text::tr("%1: done").arg(series.name) << Text::tr("%1: planned").arg(series.name);
    }
    key.append({"swatch-line-target", Text::tr("Planned")});
    QList<QStringList> rows;
    for (qsizetype step = 0; step < figures.steps.size(); ++step) {
        QStringList row{figures.steps.at(step)};
        for (const ReportFigures::Chart::Series& series : figures.series)
            row << QLocale().toString(series.done.value(step))
                << ReportFigures::stepTargetText(series.planned.value(step));
        rows << row;
    }
    return figure(chart, key, chart.description + u' ' + figuresAfter()) +
           table(Text::tr("%1, in figures").arg(chart.title), heads, rows, serial);
}

QString compliance(const QList<Compliance::Slice>& slices, const ReportChart& chart, int serial) {
    const QList<KeyEntry> key{
        {"swatch-bar-measured", Text::tr("Test purchases with ID asked or sale refused")},
        {"swatch-bar-second", Text::tr("Inspections without deficiency")}};
    QList<QStringList> rows;
    for (const Compliance::Slice& slice : slices)
        rows << QStringList{slice.label, QLocale().toString(slice.purchases),
                            shareText(slice.idAsked, slice.purchases), QLocale().toString(slice.inspections),
                            shareText(slice.withoutDeficiency, slice.inspections)};
    QString alt = slices.isEmpty()
                      ? QString()
                      : Text::tr("Bar chart of the share of test purchases where the seller asked "
                                 "for ID or refused to sell, and of inspections without "
                                 "deficiency, per year from %1 to %2.")
                            .arg(slices.first().label, slices.last().label);
    return figure(chart, key, alt + u' ' + figuresAfter()) +
           table(Text::tr("%1, in figures").arg(chart.title),
                 {Text::tr("Year"), Text::tr("Test purchases"), Text::tr("ID asked or sale refused"),
                  Text::tr("Inspections"), Text::tr("Without deficiency")},
                 rows, serial);
}

} // namespace

QString PublicSummaryCharts::ofPromise(const ReportFigures::Promise& promise, int& serial) {
    const QList<ReportChart> charts = ReportCharts::of(promise, size, ChartForm::Web);
    QString html;
    for (qsizetype i = 0; i < charts.size() && i < promise.charts.size(); ++i) {
        const ReportFigures::Chart& figures = promise.charts.at(i);
        ++serial;
        html += figures.kind == ReportFigures::Chart::Kind::Compliance
                    ? compliance(figures.compliance, charts.at(i), serial)
                    : counts(figures, charts.at(i), serial);
    }
    return html;
}

QString PublicSummaryCharts::ofIndicator(const IndicatorTrend& trend, int& serial) {
    if (trend.points.isEmpty())
        return {};
    const QString name = trend.indicator.value(indicators::name).toString();
    const QString unit = trend.indicator.value(indicators::unit).toString();
    ReportChart chart = ReportCharts::trend(trend, size, ChartForm::Web);
    chart.title = Text::tr("%1 over time").arg(name);
    QList<KeyEntry> key{{"swatch-line-measured", Text::tr("Measured")}};
    if (trend.baseline)
        key.append({"swatch-line-baseline", Text::tr("Baseline %1").arg(trend.baseline->year)});
    if (trend.target)
        key.append({"swatch-dots-target", Text::tr("Target %1").arg(trend.target->year)});
    QList<QStringList> rows;
    for (const IndicatorTrend::Point& point : trend.points)
        rows << QStringList{IndicatorRegisters::periodLabel(point.year, point.quarter),
                            formatDecimal(point.value)};
    const IndicatorTrend::Point& first = trend.points.first();
    const IndicatorTrend::Point& last = trend.points.last();
    const QString alt = Text::tr("Line chart of %1, %2 to %3: latest value %4.")
                            .arg(name, IndicatorRegisters::periodLabel(first.year, first.quarter),
                                 IndicatorRegisters::periodLabel(last.year, last.quarter),
                                 QString(formatDecimal(last.value) + u' ' + unit).trimmed());
    ++serial;
    return figure(chart, key, alt + u' ' + figuresAfter()) +
           table(Text::tr("%1, in figures").arg(chart.title),
                 {Text::tr("Period"), unit.isEmpty() ? Text::tr("Value") : Text::tr("Value (%1)").arg(unit)},
                 rows, serial);
}

} // namespace lk
