// How a chart widget goes on paper. As a picture (QPicture): the chart's own drawing commands, replayed onto
// a PDF or a printer as vector graphics, sharp at any size and cheap to write (and drawn by OdtWriter into
// the ODT's pictures at print resolution). As an image, for the HTML page: at twice its on-screen size, so
// that a chart of 800 × 400 becomes 1600 × 800 pixels, on white and lossless (PNG).
#pragma once

#include <QImage>
#include <QPicture>
#include <QSize>

class QWidget;

namespace lk {

inline constexpr QSize reportChartSize{800, 400};

QImage chartImage(QWidget* chart, QSize size = reportChartSize);
QPicture chartPicture(QWidget* chart, QSize size = reportChartSize);

} // namespace lk
