// PublicSummaryStyle: the style sheet of the public page, written out of the program's own colours (each
// light's lightColour, the charts' chartPalette) so that the window, the council report and the web page
// agree; every colour in it reaches WCAG 2.1 AA against the page (4.5:1 for text, 3:1 for graphics), and it
// reads at 360 px as at 1366.
#pragma once

#include "progress/promiseprogress.h"

#include <QString>

namespace lk {

class PublicSummaryStyle {
public:
    static QString css();
    // The class that gives a light its colour: "light-green".
    static QString lightClass(PromiseProgress::Light light);
};

} // namespace lk
