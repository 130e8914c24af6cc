// IndicatorTrend: an indicator's values in time order with its baseline and target, and how far the latest
// value has come from the baseline towards the target, whichever direction is better. Used by the indicator
// page's chart and, later, by the reports.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QList>

#include <optional>

namespace lk {

class IndicatorTrend {
public:
    struct Point {
        int year = 0;
        int quarter = 0; // 0: the whole year
        double value = 0;
        // The time as a number on an axis: the middle of the year or the quarter (2021: 2021.5, 2021 Q2:
        // 2021.375), so that a year's value sits among its quarters.
        double x() const { return quarter == 0 ? year + 0.5 : year + (quarter - 0.5) / 4.0; }
    };
    struct Goal {
        int year = 0;
        double value = 0;
    };

    Record indicator;
    QList<Point> points; // oldest first
    std::optional<Goal> baseline;
    std::optional<Goal> target;
    bool lowerIsBetter = true;

    static Result<IndicatorTrend> of(const Repository& repository, const Record& indicator);

    // Per cent of the way from the baseline to the target that the latest value has come (below 0: it went
    // the wrong way; over 100: past the target); nothing without a baseline, target and value.
    std::optional<double> progress() const;
    // One line for the page and the report: the latest value, the baseline, the target and the progress.
    QString summary() const;
};

} // namespace lk
