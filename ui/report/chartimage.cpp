#include "report/chartimage.h"

#include <QPainter>
#include <QWidget>

namespace lk {

namespace {

// A chart on screen is at least 300 pixels high; on paper it takes the size it is given.
void fit(QWidget* chart, QSize size) {
    for (QWidget* part : chart->findChildren<QWidget*>())
        part->setMinimumSize(0, 0);
    chart->resize(size);
}

} // namespace

QImage chartImage(QWidget* chart, QSize size) {
    constexpr int scale = 2;
    fit(chart, size);
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
    fit(chart, size);
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
