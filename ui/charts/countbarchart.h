// CountBarChart: counts as bars, one per category (a month, a term, a kind), with an optional dashed line for
// what a target asks for in each (a meeting a month), so that a month below the line shows at a glance.
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace lk {

class CountBarChart : public QWidget {
    Q_OBJECT
public:
    explicit CountBarChart(QWidget* parent = nullptr);

    // `target` below 0: no target line. `name` and `targetName` go in the legend.
    void setData(const QStringList& categories, const QList<int>& counts, const QString& name,
                 double target = -1, const QString& targetName = {});
    QChart* chart() const;

private:
    QChartView* m_view;
};

} // namespace lk
