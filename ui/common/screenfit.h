// screenFit: the size a window or dialog opens at: what it asks for, within the available area of the screen
// it opens on, less room for its frame and title bar, so that nothing (the status bar with the backup state,
// a dialog's buttons) lies off-screen on a 1366 × 768 laptop with a task bar.
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace lk {

// Room the window system's frame and title bar take around a window's content.
inline constexpr QSize windowFrame{16, 48};

inline QSize fitted(QSize wanted, const QRect& available) {
    if (!available.isValid())
        return wanted;
    return wanted.boundedTo(available.size() - windowFrame);
}

// `wanted`, fitted to the screen `widget` is on (the primary screen before it is shown).
QSize screenFit(const QWidget* widget, QSize wanted);

} // namespace lk
