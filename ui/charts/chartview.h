// chartView: the chart view every chart of the program draws in: filling its owner, antialiased, at least
// 300 px high (a chart smaller than that is not read), the legend below, no animation (a chart shows figures,
// it does not perform), square corners, and numbers as the program's language writes them.
#pragma once

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace lk {

inline QChartView* chartView(QWidget* owner) {
    auto* view = new QChartView(owner);
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    view->setChart(chart);
    return view;
}

} // namespace lk
