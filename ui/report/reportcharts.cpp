#include "report/reportcharts.h"

#include "charts/countbarchart.h"
#include "charts/monthbarchart.h"
#include "charts/percentbarchart.h"
#include "charts/trendchart.h"
#include "charts/trenddata.h"
#include "indicators/indicatorregisters.h"
#include "report/chartimage.h"

#include <QChart>
#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportCharts)
};

// The chart on paper, its title drawn in it: a page break can then never part a chart from its title.
ReportChart paper(QWidget* widget, QChart* chart, const QString& title, QSize size, ChartForm form) {
    if (!title.isEmpty()) {
        QFont font = chart->titleFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        chart->setTitleFont(font);
        chart->setTitle(title);
    }
    if (form == ChartForm::Vector)
        return {title, QImage(), chartPicture(widget, size)};
    return {title, chartImage(widget, size), QPicture()};
}

ReportChart compliance(const QList<Compliance::Slice>& slices, QSize size, ChartForm form) {
    QStringList years;
    PercentBarChart::Series asked{Text::tr("Test purchases with ID asked or sale refused"), {}};
    PercentBarChart::Series kept{Text::tr("Inspections without deficiency"), {}};
    for (const Compliance::Slice& slice : slices) {
        years << slice.label;
        asked.values << slice.idAskedShare();
        kept.values << slice.withoutDeficiencyShare();
    }
    PercentBarChart chart;
    chart.setData(years, {asked, kept});
    return paper(&chart, chart.chart(), Text::tr("Compliance per year"), size, form);
}

ReportChart counts(const ReportFigures::Chart& figures, QSize size, ChartForm form) {
    const ActivityFigures::Series& series = figures.counts;
    // No target counts the register: no line.
    const double line = series.targetPerStep > 0 ? series.targetPerStep : -1;
    if (figures.kind == ReportFigures::Chart::Kind::PerMonth) {
        MonthBarChart chart;
        chart.setData(series.starts, series.counts, figures.counted, line, Text::tr("Target per month"));
        return paper(&chart, chart.chart(), Text::tr("%1 – count per month").arg(figures.counted), size,
                     form);
    }
    CountBarChart chart;
    chart.setData(series.labels, series.counts, figures.counted, line, Text::tr("Target per term"));
    return paper(&chart, chart.chart(), Text::tr("%1 – count per term").arg(figures.counted), size, form);
}

} // namespace

QList<ReportChart> ReportCharts::of(const ReportFigures::Promise& promise, QSize size, ChartForm form) {
    QList<ReportChart> charts;
    for (const ReportFigures::Chart& chart : promise.charts)
        charts.append(chart.kind == ReportFigures::Chart::Kind::Compliance
                          ? compliance(chart.compliance, size, form)
                          : counts(chart, size, form));
    return charts;
}

ReportChart ReportCharts::trend(const IndicatorTrend& trend, QSize size, ChartForm form) {
    TrendChart chart;
    chart.setData(trendDataOf(trend));
    ReportChart drawn = paper(&chart, chart.chart(), QString(), size, form);
    // Not drawn in, since the heading above the chart names the indicator; the report's alt text for it.
    drawn.title = Text::tr("%1 over time").arg(trend.indicator.value(indicators::name).toString());
    return drawn;
}

} // namespace lk
