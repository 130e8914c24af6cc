// ReportContent: what both printed documents tell, gathered once: the municipality and period, each promise's
// progress between two dates, the charts that go with a promise (its registers counted per month or term
// against the target, tobacco compliance per year) and the indicators' trends.
#pragma once

#include "common/result.h"
#include "indicators/indicatortrend.h"
#include "progress/promiseprogress.h"
#include "register/repository.h"

#include <QDate>
#include <QImage>
#include <QPicture>

namespace lk {

struct ReportScope {
    qint64 periodId = 0;
    QDate from;
    QDate to;
    QDate printedOn; // on the cover; fixed in tests so that the text stays the same
};

// Paper takes vector drawings (PDF, printer); files of pixels take images (ODT, HTML).
enum class ChartForm { Vector, Image };

struct ReportChart {
    QString title;
    QImage image;     // ChartForm::Image: 1600 px wide, lossless
    QPicture picture; // ChartForm::Vector: the chart's drawing
};

struct ReportContent {
    ReportScope scope;
    Record municipality;
    Record period;
    QList<PromiseProgress::Line> promises;
    QList<IndicatorTrend> indicators;

    // The period's dates unless the scope says otherwise, cut to the period.
    static Result<ReportContent> gather(const Repository& repository, ReportScope scope);

    // The charts for one promise, in the order its targets come; `size` is the chart's size on paper
    // (drawn at twice that).
    QList<ReportChart> chartsFor(const Repository& repository, const PromiseProgress::Line& line, QSize size,
                                 ChartForm form = ChartForm::Image) const;
    ReportChart trendChart(const IndicatorTrend& trend, QSize size, ChartForm form = ChartForm::Image) const;

    // "13 av 12": done against what was planned by the range's end, rounded.
    static QString outcome(const PromiseProgress::Target& target);
    QString rangeText() const;
};

} // namespace lk
