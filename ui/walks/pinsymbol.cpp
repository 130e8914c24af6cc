#include "walks/pinsymbol.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

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

void PinSymbol::stamp(QPainter& painter, const QPointF& centre, bool place, Pins::State state,
                      bool emphasised) {
    // Wide enough for the emphasised diamond (1.35 × 1.1 × radius) and its outline (4.5 wide), and even, so
    // that a whole-pixel centre puts the picture on whole pixels.
    constexpr int side = 32;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const quint64 key = quint64(place) | quint64(emphasised) << 1 | quint64(state) << 2 |
                        quint64(std::lround(ratio * 100)) << 16;
    static QHash<quint64, QPixmap> made; // painting is done on the GUI thread alone
    auto found = made.constFind(key);
    if (found == made.cend()) {
        QPixmap pixmap(QSize(side, side) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter symbol(&pixmap);
        draw(symbol, QPointF(side / 2.0, side / 2.0), place, state, emphasised);
        symbol.end();
        found = made.insert(key, pixmap);
    }
    // On whole device pixels: a picture copied between them would be smoothed, and look blurred beside
    // draw().
    const QPointF corner = centre - QPointF(side / 2.0, side / 2.0);
    painter.drawPixmap(
        QPointF(std::round(corner.x() * ratio) / ratio, std::round(corner.y() * ratio) / ratio), *found);
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
