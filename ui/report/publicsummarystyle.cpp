#include "report/publicsummarystyle.h"

#include "charts/chartpalette.h"
#include "common/trafficlight.h"

#include <QColor>

namespace lk {

namespace {

QString hex(QRgb rgb) {
    return QColor(rgb).name();
}

// The page's own colours. Text (color) on any background of the page reaches 4.5:1, the lines that part and
// frame (border, outline) 3:1; tests/ui/report/publicsummary_test.cpp computes every pair.
constexpr QRgb page = 0xffffff;
constexpr QRgb text = 0x222222;
constexpr QRgb quiet = 0x4a4a4a;   // dates and the footer: still 8.9:1
constexpr QRgb heading = 0x1f4e79; // the focus areas' headings
constexpr QRgb link = 0x0b57a4;
constexpr QRgb rule = 0x1f5f9e;  // under the header, over the footer
constexpr QRgb frame = 0x8a8a8a; // a promise's frame, the tables' lines
constexpr QRgb tint = 0xeef3f8;  // the tables' heads
constexpr QRgb focus = 0xb35900; // the ring round what the keyboard is on

// The layout, the colours in it by name: {page}, {text}, …
const char* const layout = R"(
html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 1.0625rem; line-height: 1.5; margin: 0 auto; max-width: 46rem; padding: 0 .75rem; color: {text}; background: {page}; overflow-wrap: break-word; }
a { color: {link}; }
a:focus, summary:focus, .table-wrap:focus { outline: 3px solid {focus}; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { position: static; display: inline-block; margin: .5rem 0; padding: .3rem .6rem; background: {page}; }
header { border-bottom: 3px solid {rule}; margin-bottom: 1.5rem; padding-top: .5rem; }
h1 { font-size: 1.85rem; line-height: 1.2; margin: .6rem 0 .4rem; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: 2.2rem 0 .6rem; color: {heading}; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 0 0 .5rem; }
.updated, footer { color: {quiet}; }
article { border: 1px solid {frame}; border-radius: 6px; padding: .8rem .6rem; margin: 1rem 0; }
.promise { font-style: italic; }
.assessment { font-weight: bold; }
.symbol { display: inline-block; min-width: 1.2em; font-style: normal; }
.key dt { font-weight: bold; margin-top: .6rem; }
.key dd { margin: 0 0 0 1.6rem; }
.brief { padding-left: 1.2rem; }
.brief li { margin: .3rem 0; }
.facts { margin: .5rem 0; }
.facts dt { font-weight: bold; float: left; clear: left; margin-right: .4rem; }
.facts dd { margin: 0 0 .2rem 0; }
figure { margin: 1.2rem 0 .4rem; }
figcaption { font-weight: bold; margin-bottom: .3rem; }
.legend { display: block; font-weight: normal; }
.legend-item { display: inline-block; margin-right: 1rem; }
.swatch { display: inline-block; width: 1.6em; margin-right: .35em; vertical-align: middle; }
img { display: block; width: 100%; max-width: 36rem; height: auto; }
details { margin: .3rem 0 1rem; }
summary { cursor: pointer; color: {link}; text-decoration: underline; padding: .3rem 0; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .3rem 0; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid {frame}; padding: .25rem .6rem; text-align: right; white-space: nowrap; }
th[scope="row"] { text-align: left; font-weight: normal; }
thead th { background: {tint}; text-align: left; white-space: normal; }
footer { border-top: 3px solid {rule}; margin-top: 3rem; padding: .8rem 0 1.5rem; }
@media (min-width: 40rem) {
  body { padding: 0 2rem; }
  h1 { font-size: 2.3rem; }
  article { padding: 1rem 1.4rem; }
}
)";

} // namespace

QString PublicSummaryStyle::lightClass(PromiseProgress::Light light) {
    switch (light) {
    case PromiseProgress::Light::Green:
        return QStringLiteral("light-green");
    case PromiseProgress::Light::Yellow:
        return QStringLiteral("light-yellow");
    case PromiseProgress::Light::Red:
        return QStringLiteral("light-red");
    case PromiseProgress::Light::Grey:
        break;
    }
    return QStringLiteral("light-grey");
}

QString PublicSummaryStyle::css() {
    QString css = QString::fromUtf8(layout);
    for (const auto& [name, rgb] :
         {std::pair{"{page}", page}, std::pair{"{text}", text}, std::pair{"{quiet}", quiet},
          std::pair{"{heading}", heading}, std::pair{"{link}", link}, std::pair{"{rule}", rule},
          std::pair{"{frame}", frame}, std::pair{"{tint}", tint}, std::pair{"{focus}", focus}})
        css.replace(QString::fromLatin1(name), hex(rgb));
    // Each light's symbol in the one colour of that light (a graphic: 3:1); its name beside it is text.
    using Light = PromiseProgress::Light;
    for (Light light : {Light::Green, Light::Yellow, Light::Red, Light::Grey})
        css +=
            QStringLiteral(".%1 .symbol { color: %2; }\n").arg(lightClass(light), lightColour(light).name());
    // The charts' keys: a bar is a filled block, a line a stroke in the chart's own style.
    css += QStringLiteral(".swatch-bar-measured { height: .9em; background: %1; }\n"
                          ".swatch-bar-second { height: .9em; background: %2; }\n"
                          ".swatch-line-measured { border-top: 3px solid %1; }\n"
                          ".swatch-line-target { border-top: 3px dashed %3; }\n"
                          ".swatch-dots-target { border-top: 3px dotted %3; }\n"
                          ".swatch-line-baseline { border-top: 3px dashed %4; }\n")
               .arg(hex(chartPalette::measured), hex(chartPalette::second), hex(chartPalette::target),
                    hex(chartPalette::baseline));
    return css;
}

} // namespace lk
