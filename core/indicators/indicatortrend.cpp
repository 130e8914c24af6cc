#include "indicators/indicatortrend.h"

#include "common/decimal.h"
#include "indicators/indicatorregisters.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::IndicatorTrend)
};

std::optional<IndicatorTrend::Goal> goal(const Record& indicator, const QString& year, const QString& value) {
    if (!indicator.value(year).isValid() || !indicator.value(value).isValid())
        return std::nullopt;
    return IndicatorTrend::Goal{indicator.value(year).toInt(), indicator.value(value).toReal()};
}

} // namespace

Result<IndicatorTrend> IndicatorTrend::of(const Repository& repository, const Record& indicator) {
    IndicatorTrend trend;
    trend.indicator = indicator;
    trend.baseline = goal(indicator, indicators::baselineYear, indicators::baselineValue);
    trend.target = goal(indicator, indicators::targetYear, indicators::targetValue);
    trend.lowerIsBetter = indicator.value(indicators::direction).toString() != QStringLiteral("hogre");
    auto values = repository.list(IndicatorRegisters::values(), indicatorValues::indicatorId, indicator.id);
    if (!values)
        return values.error();
    for (const Record& value : *values)
        trend.points.append({value.value(indicatorValues::year).toInt(),
                             value.value(indicatorValues::quarter).toInt(),
                             value.value(indicatorValues::value).toReal()});
    std::sort(trend.points.begin(), trend.points.end(),
              [](const Point& a, const Point& b) { return a.x() < b.x(); });
    return trend;
}

std::optional<double> IndicatorTrend::progress() const {
    if (!baseline || !target || points.isEmpty() || target->value == baseline->value)
        return std::nullopt;
    return 100.0 * (points.last().value - baseline->value) / (target->value - baseline->value);
}

QString IndicatorTrend::summary() const {
    const QString unit = indicator.value(indicators::unit).toString();
    QStringList parts;
    if (points.isEmpty())
        parts << Text::tr("No values yet.");
    else
        parts << Text::tr("Latest: %1 %2 (%3).")
                     .arg(formatDecimal(points.last().value), unit,
                          IndicatorRegisters::periodLabel(points.last().year, points.last().quarter));
    if (baseline)
        parts << Text::tr("Baseline: %1 (%2).").arg(formatDecimal(baseline->value)).arg(baseline->year);
    if (target)
        parts << Text::tr("Target: %1 by %2.").arg(formatDecimal(target->value)).arg(target->year);
    parts << (lowerIsBetter ? Text::tr("Lower is better.") : Text::tr("Higher is better."));
    if (const auto done = progress())
        parts << (*done < 0 ? Text::tr("Further from the target than at the baseline.")
                  : *done >= 100
                      ? Text::tr("The target is reached.")
                      : Text::tr("%1 % of the way from the baseline to the target.").arg(std::lround(*done)));
    return parts.join(u' ');
}

} // namespace lk
