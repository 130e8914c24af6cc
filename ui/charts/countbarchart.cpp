#include "charts/countbarchart.h"

#include "charts/barparts.h"
#include "charts/chartmarks.h"
#include "charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace lk {

namespace {

// Beside the first series' solid fill, hatching of its own for each further one, and a marker shape.
constexpr Qt::BrushStyle fills[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::CrossPattern, Qt::Dense5Pattern};
constexpr marks::Shape shapes[] = {marks::Shape::Triangle, marks::Shape::Square, marks::Shape::Circle,
                                   marks::Shape::Triangle};
constexpr qreal groupWidth = 0.7;

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories) {
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    x->setTruncateLabels(false); // "Spring 2021" whole, where it fits under its bar
    chart->addAxis(x, Qt::AlignBottom);
    chart->series().first()->attachAxis(x);
    return x;
}

} // namespace

CountBarChart::CountBarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(chartView(this)) {}

QChart* CountBarChart::chart() const {
    return m_view->chart();
}

void CountBarChart::setData(const QStringList& categories, const QList<int>& counts, const QString& name,
                            double target, const QString& targetName) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);

    bars::add(chart, counts, name, categories.size() <= 12); // a label per bar while there is room for it
    auto* x = categoryAxis(chart, categories);
    QValueAxis* y = bars::countAxis(chart, counts, target);
    bars::targetLine(chart, x, y, categories.size(), target, targetName);
}

void CountBarChart::setSeries(const QStringList& categories, const QList<Series>& series,
                              const QString& targetName) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    if (series.isEmpty())
        return;
    if (series.size() == 1) {
        const Series& one = series.first();
        bars::add(chart, one.counts, one.name, categories.size() <= 12);
        auto* x = categoryAxis(chart, categories);
        QValueAxis* y = bars::countAxis(chart, one.counts, one.targets);
        bars::targetSteps(chart, x, y, one.targets, targetName);
        marks::drawnLegend(chart);
        return;
    }
    auto* grouped = new QBarSeries;
    grouped->setBarWidth(groupWidth);
    QList<int> all;
    QList<double> targets;
    for (qsizetype at = 0; at < series.size(); ++at) {
        auto* set = new QBarSet(series.at(at).name);
        for (int count : series.at(at).counts)
            *set << count;
        all << series.at(at).counts;
        targets << series.at(at).targets;
        grouped->append(set);
    }
    grouped->setLabelsVisible(categories.size() * series.size() <= 16);
    grouped->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(grouped);
    // The theme's colours, with a hatching of its own for each set after the first.
    for (qsizetype at = 0; at < grouped->count(); ++at) {
        QBarSet* set = grouped->barSets().at(at);
        set->setBrush(QBrush(set->color(), fills[at % std::size(fills)]));
        set->setBorderColor(set->color().darker(130));
    }
    auto* x = categoryAxis(chart, categories);
    QValueAxis* y = bars::countAxis(chart, all, targets);
    // Each set's target as a dash over its own bar, in its colour, with its marker.
    const double width = groupWidth / double(series.size());
    bool named = false;
    for (qsizetype at = 0; at < series.size(); ++at) {
        const QList<double>& asked = series.at(at).targets;
        const QColor colour = grouped->barSets().at(at)->color().darker(150);
        QList<QPointF> middles;
        for (qsizetype category = 0; category < asked.size() && category < categories.size(); ++category) {
            const double middle = double(category) - groupWidth / 2 + (double(at) + 0.5) * width;
            const QList<QPointF> dash{{middle - width / 2, asked.at(category)},
                                      {middle + width / 2, asked.at(category)}};
            marks::halo(chart, x, y, dash, 2);
            auto* line = new QLineSeries;
            line->append(dash);
            line->setPen(QPen(colour, 2, Qt::DashLine));
            line->setName(targetName);
            marks::attach(chart, line, x, y);
            if (named)
                marks::unnamed(chart, line);
            named = true;
            middles << QPointF(middle, asked.at(category));
        }
        marks::points(chart, x, y, middles, shapes[at % std::size(shapes)], colour, 8);
    }
    marks::drawnLegend(chart);
}

} // namespace lk
