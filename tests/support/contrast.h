// WCAG 2.1's contrast ratio of two colours, from their relative luminance (1.4.3 and 1.4.11): 21 for black on
// white, 1 for a colour on itself. Text needs 4.5, graphics 3.
#pragma once

#include <QRgb>

#include <algorithm>
#include <cmath>

namespace lk::test {

inline constexpr double textContrast = 4.5;
inline constexpr double graphicContrast = 3.0;

inline double relativeLuminance(QRgb rgb) {
    const auto linear = [](int channel) {
        const double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(qRed(rgb)) + 0.7152 * linear(qGreen(rgb)) + 0.0722 * linear(qBlue(rgb));
}

inline double contrastRatio(QRgb a, QRgb b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace lk::test
