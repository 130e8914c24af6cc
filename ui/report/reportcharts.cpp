#include "report/reportcharts.h"

#include "charts/countbarchart.h"
#include "charts/percentbarchart.h"
#include "charts/trendchart.h"
#include "charts/trenddata.h"
#include "indicators/indicatorregisters.h"
#include "report/chartimage.h"
#include "report/pagedoutput.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportCharts)
};

// How much larger a web image's text is drawn than the chart's own.
constexpr qreal webTextScale = 1.4;

QFont scaled(QFont font, qreal scale) {
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

void enlargeText(QChart* chart, qreal scale) {
    for (QAbstractAxis* axis : chart->axes()) {
        // Qt would cut them to the room the smaller text had: "VT 2…".
        axis->setTruncateLabels(false);
        axis->setLabelsFont(scaled(axis->labelsFont(), scale));
        axis->setTitleFont(scaled(axis->titleFont(), scale));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(scaled(set->labelFont(), scale));
        }
    }
}

// The gap between two charts side by side, in the document's units.
constexpr int gap = 12;

QString number(double value) {
    return QLocale().toString(std::lround(value));
}

// Fonts a size smaller than the text's, as a figure's are: the chart is drawn at the size it has on paper.
void paperFonts(QChart* chart) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    chart->legend()->setFont(font);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    chart->setFont(font);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

// The chart on paper, its title drawn in it: a page break can then never part a chart from its title.
ReportChart paper(QWidget* widget, QChart* chart, const QString& title, const QString& description,
                  QSize size, ChartForm form) {
    if (form == ChartForm::Web) {
        chart->legend()->hide();
        // The chart's white to the image's edge: no grey frame of the window around it on the page.
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setMargins(QMargins(4, 10, 14, 4));
        enlargeText(chart, webTextScale);
        return {title, description, size, chartImage(widget, size), QPicture()};
    }
    paperFonts(chart);
    if (!title.isEmpty()) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        font.setBold(true);
        chart->setTitleFont(font);
        chart->setTitle(title);
    }
    if (form == ChartForm::Vector)
        return {title, description, size, QImage(), chartPicture(widget, size)};
    return {title, description, size, chartImage(widget, size), QPicture()};
}

ReportChart compliance(const ReportFigures::Chart& figures, QSize size, ChartForm form) {
    QStringList steps;
    PercentBarChart::Series asked{Text::tr("Test purchases: ID asked or sale refused"), {}, {}};
    PercentBarChart::Series kept{Text::tr("Inspections without deficiency"), {}, {}};
    QStringList described;
    for (const Compliance::Slice& slice : figures.compliance) {
        steps << slice.label;
        asked.values << slice.idAskedShare();
        asked.sizes << slice.purchases;
        kept.values << slice.withoutDeficiencyShare();
        kept.sizes << slice.inspections;
        described << Text::tr(
                         "%1: ID asked in %2 of %3 test purchases, %4 of %5 inspections without deficiency")
                         .arg(slice.label)
                         .arg(slice.idAsked)
                         .arg(slice.purchases)
                         .arg(slice.withoutDeficiency)
                         .arg(slice.inspections);
    }
    PercentBarChart chart;
    chart.setData(steps, {asked, kept});
    return paper(&chart, chart.chart(), figures.title,
                 Text::tr("Bars of shares in per cent, n the number each is of. %1.")
                     .arg(described.join(QStringLiteral("; "))),
                 size, form);
}

ReportChart counts(const ReportFigures::Chart& figures, QSize size, ChartForm form) {
    QList<CountBarChart::Series> series;
    QStringList described;
    for (const ReportFigures::Chart::Series& one : figures.series) {
        // Rounded as the tables print them; the dash stands where the table's figure does.
        QList<double> planned;
        QStringList steps;
        for (qsizetype at = 0; at < one.planned.size(); ++at) {
            planned << std::round(one.planned.at(at) * 10) / 10;
            steps << Text::tr("%1 %2 of %3")
                         .arg(figures.steps.value(at))
                         .arg(one.done.value(at))
                         .arg(number(one.planned.at(at)));
        }
        // One series is what the title names: the legend says only that it is what was done.
        series.append({figures.series.size() == 1 ? Text::tr("Done") : one.name, one.done, planned});
        described << Text::tr("%1: %2").arg(one.name, steps.join(QStringLiteral(", ")));
    }
    CountBarChart chart;
    chart.setSeries(figures.steps, series, Text::tr("Planned"));
    return paper(&chart, chart.chart(), figures.title,
                 Text::tr("Bars of what was done, a dashed line of what was planned. %1.")
                     .arg(described.join(QStringLiteral("; "))),
                 size, form);
}

} // namespace

QSize ReportCharts::wideSize() {
    const int width = int(PagedOutput::contentWidth());
    return {width, width * 2 / 5};
}

QSize ReportCharts::smallSize() {
    const int width = (int(PagedOutput::contentWidth()) - gap) / 2;
    return {width, width * 3 / 4};
}

bool ReportCharts::small(const ReportFigures::Chart& chart) {
    return chart.kind == ReportFigures::Chart::Kind::Compliance ||
           (chart.series.size() == 1 && chart.steps.size() <= 6);
}

ReportChart ReportCharts::of(const ReportFigures::Chart& chart, ChartForm form) {
    const QSize size = small(chart) ? smallSize() : wideSize();
    return chart.kind == ReportFigures::Chart::Kind::Compliance ? compliance(chart, size, form)
                                                                : counts(chart, size, form);
}

QList<ReportChart> ReportCharts::of(const ReportFigures::Promise& promise, QSize size, ChartForm form) {
    QList<ReportChart> charts;
    for (const ReportFigures::Chart& chart : promise.charts)
        charts.append(chart.kind == ReportFigures::Chart::Kind::Compliance ? compliance(chart, size, form)
                                                                           : counts(chart, size, form));
    return charts;
}

ReportChart ReportCharts::trend(const IndicatorTrend& trend, QSize size, ChartForm form) {
    TrendChart chart;
    chart.setData(trendDataOf(trend));
    QStringList values;
    for (const IndicatorTrend::Point& point : trend.points)
        values << (point.quarter == 0
                       ? Text::tr("%1: %2").arg(point.year).arg(QLocale().toString(point.value))
                       : Text::tr("%1 Q%2: %3")
                             .arg(point.year)
                             .arg(point.quarter)
                             .arg(QLocale().toString(point.value)));
    return paper(
        &chart, chart.chart(), QString(),
        Text::tr("A line of the measured values, the baseline dashed and the way to the target dotted. "
                 "%1. %2")
            .arg(values.join(QStringLiteral(", ")), trend.summary()),
        size, form);
}

} // namespace lk
