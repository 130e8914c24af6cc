// ReportCharts: the figures behind a report's charts (core/report/ReportFigures) drawn with the program's
// charts, as vector drawings for paper or as images for the files that take only pixels, each with its title
// drawn in it.
#pragma once

#include "report/reportfigures.h"

#include <QImage>
#include <QPicture>
#include <QSize>

namespace lk {

// Paper takes vector drawings (PDF, printer); files of pixels take images (ODT). A web page takes an image
// without its title and legend, which the page writes as text (where it wraps, scales with the reader's font
// and is read out), and with larger text, so that a phone that shrinks the image keeps its labels readable.
enum class ChartForm { Vector, Image, Web };

struct ReportChart {
    QString title;
    QImage image;     // ChartForm::Image and Web: twice `size`, lossless
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
