#include "charts/countbarchart.h"

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

    auto* set = new QBarSet(name);
    set->setColor(QColor(0x1f, 0x77, 0xb4));
    int highest = 0;
    for (int count : counts) {
        *set << count;
        highest = std::max(highest, count);
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setLabelsVisible(categories.size() <= 12); // a label per bar while there is room for it
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto* y = new QValueAxis;
    const double top = std::max({1.0, double(highest), target}) * 1.15;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    if (target >= 0) {
        // Across the whole chart: from the left edge of the first bar to the right edge of the last.
        auto* line = new QLineSeries;
        line->setName(targetName);
        line->append(-0.5, target);
        line->append(double(categories.size()) - 0.5, target);
        line->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 2, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

} // namespace lk
