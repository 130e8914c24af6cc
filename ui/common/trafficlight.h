// lightColour and lightIcon: the one colour and dot of each traffic light, on Löften, Översikt and paper
// alike. The yellow is a dark gold, which still reads against white paper.
#pragma once

#include "progress/promiseprogress.h"

#include <QColor>
#include <QIcon>

namespace lk {

inline QColor lightColour(PromiseProgress::Light light) {
    switch (light) {
    case PromiseProgress::Light::Green:
        return QColor(0x2c, 0xa0, 0x2c);
    case PromiseProgress::Light::Yellow:
        return QColor(0xd4, 0xa0, 0x00);
    case PromiseProgress::Light::Red:
        return QColor(0xd6, 0x27, 0x28);
    case PromiseProgress::Light::Grey:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

// A dot of the light's colour with a darker rim, 16 pixels square.
QIcon lightIcon(PromiseProgress::Light light);

} // namespace lk
