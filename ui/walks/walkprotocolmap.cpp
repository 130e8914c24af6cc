#include "walks/walkprotocolmap.h"

#include <QPainter>

#include <algorithm>

namespace lk {

namespace {

// Room round the outermost pins, as a share of the map's longer side: enough to see the streets around.
constexpr double margin = 0.08;
// The smallest piece of the map shown, as a share of its longer side: a single pin is not shown as a blur.
constexpr double smallest = 0.30;

QRectF around(const QList<WalkProtocolMap::Pin>& pins, QSizeF size, double aspect) {
    QRectF box;
    for (const WalkProtocolMap::Pin& pin : pins) {
        const QPointF at(pin.at.x() * size.width(), pin.at.y() * size.height());
        box = box.isNull() ? QRectF(at, QSizeF(1, 1)) : box.united(QRectF(at, QSizeF(1, 1)));
    }
    const double side = std::max(size.width(), size.height());
    box.adjust(-margin * side, -margin * side, margin * side, margin * side);
    const double grow = std::max(0.0, smallest * side - box.width()) / 2;
    const double growDown = std::max(0.0, smallest * side - box.height()) / 2;
    box.adjust(-grow, -growDown, grow, growDown);
    // Grown to the shape of the room on paper: the map then takes the page's width, not a narrow strip.
    if (box.width() < box.height() * aspect)
        box.adjust(-(box.height() * aspect - box.width()) / 2, 0, (box.height() * aspect - box.width()) / 2,
                   0);
    else
        box.adjust(0, -(box.width() / aspect - box.height()) / 2, 0,
                   (box.width() / aspect - box.height()) / 2);
    // Moved back onto the map where it reaches over an edge, and cut only where the map is too small for it.
    box.translate(std::max(0.0, -box.left()) - std::max(0.0, box.right() - size.width()),
                  std::max(0.0, -box.top()) - std::max(0.0, box.bottom() - size.height()));
    return box.intersected(QRectF(QPointF(0, 0), size));
}

} // namespace

QColor WalkProtocolMap::colourOf(const QString& status) {
    if (status == QStringLiteral("oppen"))
        return QColor(0xc0, 0x39, 0x2b);
    if (status == QStringLiteral("pagar"))
        return QColor(0xd3, 0x80, 0x1a);
    if (status == QStringLiteral("atgardad"))
        return QColor(0x2e, 0x8b, 0x57);
    if (status == QStringLiteral("avvisad"))
        return QColor(0x70, 0x70, 0x70);
    return QColor(0x2c, 0x6f, 0xb0);
}

QImage WalkProtocolMap::draw(const QByteArray& map, const QList<Pin>& pins, QSize bounds) {
    const QImage source = QImage::fromData(map);
    if (source.isNull() || pins.isEmpty() || bounds.isEmpty())
        return {};
    const QRectF cut = around(pins, source.size(), double(bounds.width()) / bounds.height());
    const QSizeF shown = cut.size().scaled(QSizeF(bounds), Qt::KeepAspectRatio);
    QImage image(shown.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), shown), source, cut);
    // The discs keep one size on paper whatever part of the map is shown.
    const double radius = bounds.width() / 64.0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(int(radius * 1.1));
    painter.setFont(font);
    const double scale = shown.width() / cut.width();
    for (const Pin& pin : pins) {
        const QPointF at((pin.at.x() * source.width() - cut.left()) * scale,
                         (pin.at.y() * source.height() - cut.top()) * scale);
        painter.setPen(QPen(Qt::white, radius / 5));
        painter.setBrush(pin.colour);
        painter.drawEllipse(at, radius, radius);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         QString::number(pin.number));
    }
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(QPointF(1, 1), shown - QSizeF(2, 2)));
    return image;
}

} // namespace lk
