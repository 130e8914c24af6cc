#include "common/trafficlight.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace lk {

QIcon lightIcon(PromiseProgress::Light light) {
    static QHash<int, QIcon> icons;
    if (auto found = icons.constFind(int(light)); found != icons.constEnd())
        return *found;
    const QColor colour = lightColour(light);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(125), 1));
    painter.setBrush(colour);
    switch (light) {
    case PromiseProgress::Light::Green:
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        break;
    case PromiseProgress::Light::Yellow:
        painter.drawPolygon(QPolygonF({QPointF(8, 1.5), QPointF(14.5, 14), QPointF(1.5, 14)}));
        break;
    case PromiseProgress::Light::Red:
        painter.drawRect(QRectF(2.5, 2.5, 11, 11));
        break;
    case PromiseProgress::Light::Grey:
        // Hollow: nothing assessed. A ring two pixels wide, on whole pixels, so that its colour shows pure.
        painter.setPen(QPen(colour, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        break;
    }
    painter.end();
    return *icons.insert(int(light), QIcon(pixmap));
}

} // namespace lk
