// ReportCharts: the figures behind a report's charts (core/report/ReportFigures) drawn with the program's
// charts, as vector drawings for paper or as images for the files that take only pixels, each with its title
// drawn in it and a description in words of what it shows (the web page's alt text).
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
    QString description; // what it shows, in words: the numbers step by step
    QSize size;          // on paper, in the document's units
    QImage image;        // ChartForm::Image: twice its size, lossless
    QPicture picture;    // ChartForm::Vector: the chart's drawing
};

class ReportCharts {
public:
    // A chart half the text's width: two stand side by side.
    static QSize smallSize();
    // A chart the text's width.
    static QSize wideSize();
    // Whether the chart reads at half width: a single series over a few steps, or compliance.
    static bool small(const ReportFigures::Chart& chart);

    static ReportChart of(const ReportFigures::Chart& chart, ChartForm form);
    // The charts of one promise, in the order its targets come, each at `size`.
    static QList<ReportChart> of(const ReportFigures::Promise& promise, QSize size,
                                 ChartForm form = ChartForm::Image);
    static ReportChart trend(const IndicatorTrend& trend, QSize size, ChartForm form = ChartForm::Image);
};

} // namespace lk
