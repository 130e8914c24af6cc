#include "common/longtextedit.h"

namespace lk {

LongTextEdit::LongTextEdit(QWidget* parent)
    : QPlainTextEdit(parent) {
    // Tab moves on to the next field, so the form works from the keyboard.
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
}

QSize LongTextEdit::sizeHint() const {
    const QSize base = QPlainTextEdit::sizeHint();
    return {base.width(), fontMetrics().lineSpacing() * 5 + 12};
}

void LongTextEdit::focusOutEvent(QFocusEvent* event) {
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

} // namespace lk
