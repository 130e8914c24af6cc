// PinSymbol: how a pin looks, the same on the map and in its legend: a round pin for an unsafe place, a
// diamond for an observation, filled with the colour of its state and ringed in white so it reads on any map.
#pragma once

#include "walks/pins.h"

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QPointF>

class QPainter;

namespace lk {

class PinSymbol {
    Q_DECLARE_TR_FUNCTIONS(lk::PinSymbol)
public:
    // Half the symbol's width on screen, in pixels: the same at every zoom, so pins stay easy to hit.
    static constexpr double radius = 8;

    static QColor colourOf(Pins::State state);
    // "High insecurity", "Action past its due date": the legend's words and the tooltip's second line.
    static QString labelOf(Pins::State state);
    // The states in the order the legend lists them.
    static QList<Pins::State> placeStates();
    static QList<Pins::State> observationStates();

    // `emphasised` draws it larger, for the pin under the mouse.
    static void draw(QPainter& painter, const QPointF& centre, bool place, Pins::State state,
                     bool emphasised = false);
    // The same as draw(), copied from a picture of the symbol made once per kind, state and size: a map of a
    // region's ten years holds hundreds of pins, and stroking every outline anew was most of its paint. The
    // symbol lands on whole pixels.
    static void stamp(QPainter& painter, const QPointF& centre, bool place, Pins::State state,
                      bool emphasised = false);
    // The symbol alone, for a legend or a list.
    static QPixmap icon(bool place, Pins::State state, qreal devicePixelRatio = 1);
};

} // namespace lk
