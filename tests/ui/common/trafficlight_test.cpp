#include "catchqt.h"
#include "common/trafficlight.h"
#include "contrast.h"

#include <QImage>
#include <QSet>

using lk::PromiseProgress;
using Light = PromiseProgress::Light;

namespace {

constexpr Light lights[] = {Light::Green, Light::Yellow, Light::Red, Light::Grey};

// Where the icon is drawn at all, whatever its colour: its shape.
QImage shapeOf(Light light) {
    const QImage icon = lk::lightIcon(light).pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    QImage shape(icon.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x)
            shape.setPixel(x, y, qAlpha(icon.pixel(x, y)) > 127 ? 0xffffffff : 0xff000000);
    }
    return shape;
}

} // namespace

TEST_CASE("Each traffic light has a colour of at least 3 to 1 against white and a shape of its own",
          "[trafficlight][a11y]") {
    QSet<QString> symbols;
    QList<QImage> shapes;
    for (Light light : lights) {
        const QColor colour = lk::lightColour(light);
        INFO(PromiseProgress::lightName(light).toStdString() << " " << colour.name().toStdString());
        CHECK(lk::test::contrastRatio(colour.rgb(), qRgb(255, 255, 255)) >= lk::test::graphicContrast);
        symbols.insert(lk::lightSymbol(light));
        const QImage shape = shapeOf(light);
        for (const QImage& other : shapes)
            CHECK(shape != other);
        shapes.append(shape);
        // The icon shows the light's own colour, not only a tint of it.
        const QImage icon = lk::lightIcon(light).pixmap(16, 16).toImage();
        bool pure = false;
        for (int y = 0; y < icon.height() && !pure; ++y) {
            for (int x = 0; x < icon.width() && !pure; ++x)
                pure = (icon.pixel(x, y) | 0xff000000u) == colour.rgb() && qAlpha(icon.pixel(x, y)) == 255;
        }
        CHECK(pure);
    }
    CHECK(symbols.size() == 4);
}

TEST_CASE("The contrast ratio is WCAG's", "[trafficlight][a11y]") {
    using lk::test::contrastRatio;
    CHECK(contrastRatio(qRgb(0, 0, 0), qRgb(255, 255, 255)) == Approx(21.0));
    CHECK(contrastRatio(qRgb(0x77, 0x77, 0x77), qRgb(255, 255, 255)) == Approx(4.48).margin(0.01));
    CHECK(contrastRatio(qRgb(0xd4, 0xa0, 0x00), qRgb(255, 255, 255)) < 3.0); // the old yellow
    CHECK(contrastRatio(qRgb(0x12, 0x34, 0x56), qRgb(0x12, 0x34, 0x56)) == Approx(1.0));
}
