// The parts the count charts share (CountBarChart, MonthBarChart): the bars, a value axis of whole numbers on
// whole steps (a count of 1 between ticks at 0,5 and 1,5 would read "1, 1, 1"), and the dashed line of what a
// target asks for in each category (the same across the chart, or step by step where a step asks more or
// less), with a triangle on each step and a white halo, so that it reads over the bars in grey print too.
#pragma once

#include "charts/chartpalette.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include "charts/chartmarks.h"

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

// The value axis for the counts and the targets, with room above the highest.
inline QValueAxis* countAxis(QChart* chart, const QList<int>& counts, const QList<double>& targets) {
    const int highest = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    const double target = targets.isEmpty() ? 0 : *std::max_element(targets.cbegin(), targets.cend());
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

inline QValueAxis* countAxis(QChart* chart, const QList<int>& counts, double target) {
    return countAxis(chart, counts, QList<double>{target});
}

// What a target asks in each category, as a dashed line over the bars from the left edge of the first to the
// right edge of the last: level where the steps ask alike, stepped where they differ. Each step's ask is
// marked by a triangle at its middle. Nothing when `targets` is empty or below 0.
inline void targetSteps(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QList<double>& targets,
                        const QString& name) {
    if (targets.isEmpty() || *std::min_element(targets.cbegin(), targets.cend()) < 0)
        return;
    QList<QPointF> path;
    QList<QPointF> middles;
    for (qsizetype at = 0; at < targets.size(); ++at) {
        path << QPointF(double(at) - 0.5, targets.at(at)) << QPointF(double(at) + 0.5, targets.at(at));
        middles << QPointF(double(at), targets.at(at));
    }
    marks::halo(chart, x, y, path, 2);
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(path);
    line->setPen(QPen(QColor(chartPalette::target), 2, Qt::DashLine));
    marks::attach(chart, line, x, y);
    marks::points(chart, x, y, middles, marks::Shape::Triangle, line->pen().color(), 9);
}

// The same ask in every one of `categories`.
inline void targetLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, qsizetype categories, double target,
                       const QString& name) {
    if (target < 0 || categories == 0)
        return;
    targetSteps(chart, x, y, QList<double>(categories, target), name);
}

} // namespace lk::bars
