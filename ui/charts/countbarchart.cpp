#include "charts/countbarchart.h"

#include "charts/barparts.h"
#include "charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace lk {

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
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->series().first()->attachAxis(x);
    QValueAxis* y = bars::countAxis(chart, counts, target);
    bars::targetLine(chart, x, y, categories.size(), target, targetName);
}

} // namespace lk
