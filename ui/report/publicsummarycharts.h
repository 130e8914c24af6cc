// PublicSummaryCharts: each chart of the public page as a figure (the image with its title and key written as
// text, and alt text that says what it shows) followed by its figures as a real table, for readers who cannot
// see the picture, who want the numbers, or whose phone shrinks the picture.
#pragma once

#include "report/reportfigures.h"

#include <QSize>
#include <QString>

namespace lk {

class PublicSummaryCharts {
public:
    // The size the page's charts are drawn at (as images of twice that): narrow, so that a phone 360 px wide
    // shrinks them little and their labels stay about 10 px high.
    static constexpr QSize size{440, 300};

    // The charts of a promise, each a figure and its table; `serial` numbers the tables of the page.
    static QString ofPromise(const ReportFigures::Promise& promise, int& serial);
    // An indicator's values over time as a figure and its table; nothing without values.
    static QString ofIndicator(const IndicatorTrend& trend, int& serial);
};

} // namespace lk
