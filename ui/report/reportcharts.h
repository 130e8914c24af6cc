// ReportCharts: the figures behind a report's charts (core/report/ReportFigures) drawn with the program's
// charts, as vector drawings for paper or as images for the files that take only pixels, each with its title
// drawn in it.
#pragma once

#include "report/reportfigures.h"

#include <QImage>
#include <QPicture>
#include <QSize>

namespace lk {

// Paper takes vector drawings (PDF, printer, and the ODT, which OdtWriter draws them into at print
// resolution); the HTML page takes images.
enum class ChartForm { Vector, Image };

struct ReportChart {
    QString title;    // drawn in the chart, except a trend's (its heading names it); the chart's alt text
    QImage image;     // ChartForm::Image: 1600 px wide, lossless
    QPicture picture; // ChartForm::Vector: the chart's drawing
};

class ReportCharts {
public:
    // The charts of one promise, in the order its targets come; `size` is the chart's size on paper (drawn
    // at twice that).
    static QList<ReportChart> of(const ReportFigures::Promise& promise, QSize size,
                                 ChartForm form = ChartForm::Image);
    static ReportChart trend(const IndicatorTrend& trend, QSize size, ChartForm form = ChartForm::Image);
};

} // namespace lk
