#include "common/trafficlight.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

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
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    painter.end();
    return *icons.insert(int(light), QIcon(pixmap));
}

} // namespace lk
