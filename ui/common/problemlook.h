// problemLook: the one way an editor shows that what it holds is refused (a date that does not exist, a text
// with a personal identity number): red on its own background, with the reason as its tooltip. Header-only.
#pragma once

#include <QPalette>
#include <QWidget>

namespace lk {

inline constexpr QRgb problemText = 0xa4262c;
inline constexpr QRgb problemBackground = 0xfde7e9;

// Marks the editor when `problem` is not empty, and puts its own look back when it is.
inline void showProblemLook(QWidget* editor, const QString& problem) {
    const bool marked = editor->property("lkProblem").toBool();
    if (problem.isEmpty()) {
        if (marked) {
            editor->setPalette(QPalette()); // its parent's colours again
            editor->setToolTip(editor->property("lkOwnToolTip").toString());
            editor->setProperty("lkProblem", false);
        }
        return;
    }
    if (!marked)
        editor->setProperty("lkOwnToolTip", editor->toolTip());
    QPalette palette = editor->palette();
    palette.setColor(QPalette::Base, QColor(problemBackground));
    palette.setColor(QPalette::Text, QColor(problemText));
    editor->setPalette(palette);
    editor->setToolTip(problem);
    editor->setProperty("lkProblem", true);
}

inline bool showsProblem(const QWidget* editor) {
    return editor->property("lkProblem").toBool();
}

} // namespace lk
