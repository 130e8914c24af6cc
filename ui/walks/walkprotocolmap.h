// WalkProtocolMap: the part of a walk's map where its observations are pinned, each pin a disc with the
// observation's number in the protocol and the colour of its action's status, so that a reader of the printed
// protocol finds each item on the ground.
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>

namespace lk {

class WalkProtocolMap {
public:
    struct Pin {
        int number = 0;
        QPointF at; // fractions (0–1) of the map's width and height, as the registers store a pin
        QColor colour;
    };

    // The map cut to the pins with a margin round them, drawn to fit `bounds` (pixels) with its proportions
    // kept; a null image when the map cannot be read or there are no pins.
    static QImage draw(const QByteArray& map, const QList<Pin>& pins, QSize bounds);
    // The colour of a pin for an action status code; an observation without an action has its own.
    static QColor colourOf(const QString& status);
};

} // namespace lk
