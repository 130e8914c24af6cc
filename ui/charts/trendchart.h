// TrendChart: an outcome measure over time as a line (yearly or quarterly values), against its baseline (a
// level drawn across the chart) and its target (a point, with the straight way to it from the baseline). The
// values are a solid line with circles, the baseline dashed with a square at its year, the way to the target
// dotted and ending in a triangle: told apart in grey print as well as by colour.
#pragma once

#include <QPointF>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;

namespace lk {

class TrendChart : public QWidget {
    Q_OBJECT
public:
    struct Data {
        QString unit;                    // the value axis' title
        QList<QPointF> values;           // x: the year, with a quarter as its middle (2021 Q2: 2021.375)
        std::optional<QPointF> baseline; // x as for the values: the middle of the year
        std::optional<QPointF> target;
    };

    explicit TrendChart(QWidget* parent = nullptr);

    void setData(const Data& data);
    QChart* chart() const;

private:
    QChartView* m_view;
};

} // namespace lk
