// The parts the count charts share (CountBarChart, MonthBarChart): the bars, a value axis of whole numbers on
// whole steps (a count of 1 between ticks at 0,5 and 1,5 would read "1, 1, 1"), and the dashed line of what a
// target asks for in each category, across the whole chart.
#pragma once

#include "charts/chartpalette.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lk::bars {

inline QBarSet* add(QChart* chart, const QList<int>& counts, const QString& name, bool labels) {
    auto* set = new QBarSet(name);
    set->setColor(QColor(chartPalette::measured));
    set->setLabelColor(QColor(chartPalette::barLabel));
    for (int count : counts)
        *set << count;
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(labels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    return set;
}

// 1, 2, 5, 10, 20, 50 … so that about four to eight steps reach `top`.
inline int wholeStep(double top) {
    for (int scale = 1;; scale *= 10) {
        for (int factor : {1, 2, 5}) {
            if (top / (factor * scale) <= 8)
                return factor * scale;
        }
    }
}

// The value axis for the counts and the target, with room above the highest.
inline QValueAxis* countAxis(QChart* chart, const QList<int>& counts, double target) {
    const int highest = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    const double top = std::max({1.0, double(highest), target}) * 1.15;
    const int step = wholeStep(top);
    auto* y = new QValueAxis;
    y->setRange(0, std::ceil(top / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series())
        series->attachAxis(y);
    return y;
}

// From the left edge of the first bar to the right edge of the last; nothing when `target` is below 0.
inline void targetLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, qsizetype categories, double target,
                       const QString& name) {
    if (target < 0 || categories == 0)
        return;
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(-0.5, target);
    line->append(double(categories) - 0.5, target);
    line->setPen(QPen(QColor(chartPalette::target), 2, Qt::DashLine));
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

} // namespace lk::bars
