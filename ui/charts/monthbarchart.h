// MonthBarChart: counts per month as bars, with an optional dashed line for what a target asks each month
// (a meeting a month). Up to twelve months each get their name under the bar and the years go in the axis
// title; a longer range is labelled by year, with a line between the years, as Qt Charts cannot turn month
// names on their side without hiding the first and the last. Pointing at a bar tells its month and count.
#pragma once

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;

namespace lk {

class MonthBarChart : public QWidget {
    Q_OBJECT
public:
    explicit MonthBarChart(QWidget* parent = nullptr);

    // `months`: the first day of each month, in order. `target` below 0: no target line.
    void setData(const QList<QDate>& months, const QList<int>& counts, const QString& name,
                 double target = -1, const QString& targetName = {});
    QChart* chart() const;

    // "Jan" (translated).
    static QString monthName(int month);

private:
    QChartView* m_view;
    QList<QDate> m_months;
};

} // namespace lk
