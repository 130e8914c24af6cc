// trendDataOf: an indicator's trend as a TrendChart draws it: each value at its place in time, the baseline
// and the target in the middle of their years. The overview draws several; the indicators page draws the
// same.
#pragma once

#include "charts/trendchart.h"
#include "indicators/indicatorregisters.h"
#include "indicators/indicatortrend.h"

namespace lk {

inline TrendChart::Data trendDataOf(const IndicatorTrend& trend) {
    TrendChart::Data data{trend.indicator.value(indicators::unit).toString(), {}, {}, {}};
    for (const IndicatorTrend::Point& point : trend.points)
        data.values.append({point.x(), point.value});
    if (trend.baseline)
        data.baseline = QPointF(trend.baseline->year + 0.5, trend.baseline->value);
    if (trend.target)
        data.target = QPointF(trend.target->year + 0.5, trend.target->value);
    return data;
}

} // namespace lk
