// PngWriter: an image as PNG, fast: libpng with one filter for every row and zlib's fastest level. Qt's own
// PNG writer tries all five filters on every row, which takes three times as long for a chart that
// compresses hardly better, and the ODT writes a dozen of them.
#pragma once

#include <QByteArray>

class QImage;

namespace lk {

class PngWriter {
public:
    // Empty when libpng fails (it runs out of memory).
    static QByteArray encode(const QImage& image);
};

} // namespace lk
