// PercentBarChart: shares in per cent as grouped bars, one group per category (a half-year) and one bar per
// series (test purchases with ID asked, inspections without deficiency), on a 0–100 % axis.
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace lk {

class PercentBarChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QList<double> values; // per cent; below 0 when there was nothing to count (drawn as no bar)
    };

    explicit PercentBarChart(QWidget* parent = nullptr);

    void setData(const QStringList& categories, const QList<Series>& series);
    QChart* chart() const;

private:
    QChartView* m_view;
};

} // namespace lk
