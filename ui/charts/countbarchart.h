// CountBarChart: counts as bars, one per category (a term, a tertial, a kind), with a dashed line for what a
// target asks for in each (a meeting a month: six a term), so that a category below the line shows at a
// glance. Several series stand side by side in each category, each bar with the dash of its own target over
// it, told apart by fill pattern and marker shape as well as colour, for grey print.
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace lk {

class CountBarChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;          // in the legend
        QList<int> counts;     // one per category
        QList<double> targets; // what is asked in each category; empty: no target
    };

    explicit CountBarChart(QWidget* parent = nullptr);

    // `target` below 0: no target line. `name` and `targetName` go in the legend.
    void setData(const QStringList& categories, const QList<int>& counts, const QString& name,
                 double target = -1, const QString& targetName = {});
    // Each series' targets step by step; `targetName` names them in the legend.
    void setSeries(const QStringList& categories, const QList<Series>& series, const QString& targetName);
    QChart* chart() const;

private:
    QChartView* m_view;
};

} // namespace lk
