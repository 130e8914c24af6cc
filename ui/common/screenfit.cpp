#include "common/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace lk {

QSize screenFit(const QWidget* widget, QSize wanted) {
    const QScreen* screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? fitted(wanted, screen->availableGeometry()) : wanted;
}

} // namespace lk
