// lightColour, lightSymbol and lightIcon: the one colour and shape of each traffic light, on Löften,
// Översikt, paper and the public web page alike. Each colour reaches 3:1 against white (WCAG 2.1 AA for
// graphics: the yellow is a dark amber, the grey a dark grey), and each light has its own shape, so that no
// one needs to tell the colours apart; the light's name stands beside it in words everywhere.
#pragma once

#include "progress/promiseprogress.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace lk {

inline QColor lightColour(PromiseProgress::Light light) {
    switch (light) {
    case PromiseProgress::Light::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case PromiseProgress::Light::Yellow:
        return QColor(0xb0, 0x78, 0x00);
    case PromiseProgress::Light::Red:
        return QColor(0xd6, 0x27, 0x28);
    case PromiseProgress::Light::Grey:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

// The light's shape as a character, for text: ● green, ▲ yellow, ■ red, ○ grey (not assessed: hollow).
inline QString lightSymbol(PromiseProgress::Light light) {
    switch (light) {
    case PromiseProgress::Light::Green:
        return QStringLiteral("\u25CF");
    case PromiseProgress::Light::Yellow:
        return QStringLiteral("\u25B2");
    case PromiseProgress::Light::Red:
        return QStringLiteral("\u25A0");
    case PromiseProgress::Light::Grey:
        break;
    }
    return QStringLiteral("\u25CB");
}

// The light's shape in its colour, as lightSymbol draws it, 16 pixels square.
QIcon lightIcon(PromiseProgress::Light light);

} // namespace lk
