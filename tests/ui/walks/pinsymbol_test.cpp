#include "catchqt.h"
#include "walks/pinsymbol.h"

#include <QImage>
#include <QPainter>

using namespace lk;

namespace {

QImage painted(const std::function<void(QPainter&)>& paint) {
    QImage image(64, 48, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter);
    return image;
}

} // namespace

// A map paints its pins by stamp(): they must look exactly as the legend's, which draw() paints.
TEST_CASE("A stamped pin is the drawn one, pixel for pixel, for every kind, state and size",
          "[ui][pinsymbol]") {
    for (const bool place : {true, false}) {
        for (const Pins::State state : place ? PinSymbol::placeStates() : PinSymbol::observationStates()) {
            for (const bool emphasised : {false, true}) {
                INFO((place ? "place " : "observation ") << int(state) << (emphasised ? " emphasised" : ""));
                const QPointF centre(30, 20);
                const QImage drawn = painted(
                    [&](QPainter& painter) { PinSymbol::draw(painter, centre, place, state, emphasised); });
                // Twice: the second comes from the picture made by the first.
                for (int time = 0; time < 2; ++time) {
                    const QImage stamped = painted([&](QPainter& painter) {
                        PinSymbol::stamp(painter, centre, place, state, emphasised);
                    });
                    CHECK(stamped == drawn);
                }
            }
        }
    }
}

TEST_CASE("A pin stamped between pixels lands on the nearest whole pixel", "[ui][pinsymbol]") {
    const QImage drawn = painted(
        [](QPainter& painter) { PinSymbol::draw(painter, QPointF(30, 20), true, Pins::State::High); });
    const QImage stamped = painted([](QPainter& painter) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform); // as the map paints
        PinSymbol::stamp(painter, QPointF(30.3, 19.8), true, Pins::State::High);
    });
    CHECK(stamped == drawn);
}
