#include "charts/trendchart.h"

#include "charts/chartpalette.h"
#include "charts/chartmarks.h"
#include "charts/chartview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace lk {

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
    , m_view(chartView(this)) {}

QChart* TrendChart::chart() const {
    return m_view->chart();
}

void TrendChart::setData(const Data& data) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);

    QList<QPointF> all = data.values;
    if (data.baseline)
        all << *data.baseline;
    if (data.target)
        all << *data.target;
    if (all.isEmpty())
        return;
    double firstYear = all.first().x();
    double lastYear = firstYear;
    double highest = 0;
    for (const QPointF& point : all) {
        firstYear = std::min(firstYear, std::floor(point.x()));
        lastYear = std::max(lastYear, std::ceil(point.x()));
        highest = std::max(highest, point.y());
    }
    if (lastYear == firstYear)
        lastYear += 1;

    // The measured line last, so that it is drawn over the dashed baseline and the way to the target.
    QList<QAbstractSeries*> series;
    if (data.baseline) {
        auto* baseline = new QLineSeries;
        baseline->setName(tr("Baseline %1").arg(int(data.baseline->x())));
        baseline->append(firstYear, data.baseline->y());
        baseline->append(lastYear, data.baseline->y());
        baseline->setPen(QPen(QColor(chartPalette::baseline), 2, Qt::DashLine));
        series << baseline;
    }
    QScatterSeries* target = nullptr;
    if (data.target) {
        auto* way = new QLineSeries;
        way->setName(tr("Target %1").arg(int(data.target->x())));
        if (data.baseline)
            way->append(*data.baseline);
        way->append(*data.target);
        way->setPen(QPen(QColor(chartPalette::target), 2, Qt::DotLine));
        series << way;
        target = new QScatterSeries;
        target->append(*data.target);
        target->setColor(QColor(chartPalette::target));
        target->setBorderColor(QColor(chartPalette::target));
        target->setMarkerSize(12);
        // A triangle, where the baseline has a square and the values circles: told apart in grey print.
        target->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        series << target;
    }
    // The baseline's own year as a square on its level.
    QScatterSeries* baselineYear = nullptr;
    if (data.baseline) {
        baselineYear = new QScatterSeries;
        baselineYear->append(*data.baseline);
        baselineYear->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        baselineYear->setMarkerSize(10);
        baselineYear->setColor(static_cast<QLineSeries*>(series.first())->pen().color());
        baselineYear->setBorderColor(Qt::white);
        series << baselineYear;
    }
    auto* values = new QLineSeries;
    values->setName(tr("Measured"));
    values->append(data.values);
    values->setPointsVisible(true);
    values->setMarkerSize(7);
    values->setPen(QPen(QColor(chartPalette::measured), 3));
    series << values;
    // A year is a span, labelled in its middle: the year's value sits there, its quarters spread across it.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setStartValue(firstYear);
    for (int year = int(firstYear); year < int(lastYear); ++year)
        x->append(QString::number(year), year + 1);
    x->setRange(firstYear, lastYear);
    auto* y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.15 : 1);
    y->setTitleText(data.unit);
    y->applyNiceNumbers();
    y->setLabelFormat(highest >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* one : series) {
        chart->addSeries(one);
        one->attachAxis(x);
        one->attachAxis(y);
    }
    // The target's own dot needs no entry of its own: the dotted line names it.
    if (target)
        chart->legend()->markers(target).first()->setVisible(false);
    if (baselineYear)
        marks::unnamed(chart, baselineYear);
    marks::drawnLegend(chart);
}

} // namespace lk
