#include "charts/percentbarchart.h"

#include "charts/chartpalette.h"
#include "charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace lk {

PercentBarChart::PercentBarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(chartView(this)) {}

QChart* PercentBarChart::chart() const {
    return m_view->chart();
}

void PercentBarChart::setData(const QStringList& categories, const QList<Series>& series) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);

    auto* bars = new QBarSeries;
    // Qt's own theme colours fall below 3:1 against white; ours reach it.
    const QRgb colours[] = {chartPalette::measured, chartPalette::second};
    for (const Series& one : series) {
        auto* set = new QBarSet(one.name);
        set->setColor(QColor(colours[bars->count() % 2]));
        set->setLabelColor(QColor(chartPalette::barLabel));
        for (double value : one.values)
            *set << std::max(0.0, std::round(value)); // whole per cent: "67 %", not "66.6667 %"
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    chart->addSeries(bars);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f %"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
}

} // namespace lk
