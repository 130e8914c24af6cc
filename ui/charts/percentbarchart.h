// PercentBarChart: shares in per cent as grouped bars, one group per category (a year) and one bar per series
// (test purchases with ID asked, inspections without deficiency), on a 0–100 % axis. Each bar is labelled
// with its share and, when given, the number it is a share of ("67 %", "n = 12"): a share of three is no
// share of three hundred.
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;

namespace lk {

class PercentBarChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QList<double> values;  // per cent; below 0 when there was nothing to count (drawn as no bar)
        QList<int> sizes = {}; // per category: how many the share is of; empty: not told
    };

    explicit PercentBarChart(QWidget* parent = nullptr);

    void setData(const QStringList& categories, const QList<Series>& series);
    QChart* chart() const;

private:
    // Puts each bar's label on it, where the plot area now lies.
    void placeLabels();

    QChartView* m_view;
    QList<Series> m_series;
    QList<QGraphicsSimpleTextItem*> m_labels;
};

} // namespace lk
