#include "report/chartimage.h"

#include <QPainter>
#include <QWidget>

namespace lk {

QImage chartImage(QWidget* chart, QSize size) {
    constexpr int scale = 2;
    chart->resize(size);
    chart->ensurePolished();
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->render(&painter);
    painter.end();
    return image;
}

QPicture chartPicture(QWidget* chart, QSize size) {
    chart->resize(size);
    chart->ensurePolished();
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->render(&painter);
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), size));
    return picture;
}

} // namespace lk
