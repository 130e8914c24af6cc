// chartPalette: the colours every chart of the program draws with, on screen, on paper and on the public web
// page. Each reaches 3:1 against the white the charts are drawn on (WCAG 2.1 AA, 1.4.11, for graphics), and
// the bars' colours take black labels at 4.5:1 (1.4.3, for text); tests/ui/report/publicsummary_test.cpp
// computes both.
#pragma once

#include <QRgb>

namespace lk::chartPalette {

// The records counted, and an indicator's measured values: a mid blue, light enough for black labels.
inline constexpr QRgb measured = 0x2b80c5;
// The second series beside it (inspections without deficiency beside test purchases): an orange, which
// every kind of colour blindness tells from the blue.
inline constexpr QRgb second = 0xc86400;
// What a target asks for, and the way to it: a dark green that stands out on white and on the blue bars.
inline constexpr QRgb target = 0x1b5e20;
// An indicator's baseline: a grey, dark enough to be seen.
inline constexpr QRgb baseline = 0x666666;
// The figures written on the bars.
inline constexpr QRgb barLabel = 0x000000;
// What the charts are drawn on.
inline constexpr QRgb background = 0xffffff;

} // namespace lk::chartPalette
