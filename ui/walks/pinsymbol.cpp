#include "walks/pinsymbol.h"

#include <QPainter>
#include <QPainterPath>

namespace lk {

QColor PinSymbol::colourOf(Pins::State state) {
    // The traffic-light colours of the overview, so that red means the same everywhere; amber for what is
    // under way, blue for an observation that asks for nothing.
    switch (state) {
    case Pins::State::High:
    case Pins::State::ActionOverdue:
        return QColor(0xd6, 0x27, 0x28);
    case Pins::State::Medium:
    case Pins::State::ActionOpen:
        return QColor(0xe6, 0x7e, 0x00);
    case Pins::State::Low:
    case Pins::State::ActionFixed:
        return QColor(0x2c, 0xa0, 0x2c);
    case Pins::State::NotAssessed:
    case Pins::State::ActionRejected:
        return QColor(0x8a, 0x8a, 0x8a);
    case Pins::State::NoAction:
        return QColor(0x1f, 0x6f, 0xc4);
    }
    return Qt::black;
}

QString PinSymbol::labelOf(Pins::State state) {
    switch (state) {
    case Pins::State::High:
        return QCoreApplication::translate("lk::Codes", "High insecurity");
    case Pins::State::Medium:
        return QCoreApplication::translate("lk::Codes", "Medium insecurity");
    case Pins::State::Low:
        return QCoreApplication::translate("lk::Codes", "Low insecurity");
    case Pins::State::NotAssessed:
        return tr("Not assessed");
    case Pins::State::ActionOpen:
        return tr("Action open or in progress");
    case Pins::State::ActionOverdue:
        return tr("Action past its due date");
    case Pins::State::ActionFixed:
        return tr("Action fixed");
    case Pins::State::ActionRejected:
        return tr("Action rejected");
    case Pins::State::NoAction:
        return tr("No action");
    }
    return {};
}

QList<Pins::State> PinSymbol::placeStates() {
    return {Pins::State::High, Pins::State::Medium, Pins::State::Low, Pins::State::NotAssessed};
}

QList<Pins::State> PinSymbol::observationStates() {
    return {Pins::State::ActionOverdue, Pins::State::ActionOpen, Pins::State::ActionFixed,
            Pins::State::ActionRejected, Pins::State::NoAction};
}

void PinSymbol::draw(QPainter& painter, const QPointF& centre, bool place, Pins::State state,
                     bool emphasised) {
    const double r = emphasised ? radius * 1.35 : radius;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    if (place) {
        shape.addEllipse(centre, r, r);
    } else {
        // A diamond as wide as the circle: the same weight on the map, told apart by its corners.
        shape.moveTo(centre + QPointF(0, -r * 1.1));
        shape.lineTo(centre + QPointF(r * 1.1, 0));
        shape.lineTo(centre + QPointF(0, r * 1.1));
        shape.lineTo(centre + QPointF(-r * 1.1, 0));
        shape.closeSubpath();
    }
    // A dark outline around a white ring: the colour stands out on pale and dark maps alike.
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20, 200), 4.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    painter.setPen(QPen(Qt::white, 2.5));
    painter.setBrush(colourOf(state));
    painter.drawPath(shape);
    painter.restore();
}

QPixmap PinSymbol::icon(bool place, Pins::State state, qreal devicePixelRatio) {
    const int side = int(radius * 2 + 8);
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    draw(painter, QPointF(side / 2.0, side / 2.0), place, state);
    return pixmap;
}

} // namespace lk
