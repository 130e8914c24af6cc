#include "common/longtextedit.h"

#include <QFocusEvent>
#include <QTextDocument>

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
    // Its own context menu (Paste…) does not end the editing; nor does leaving without a change.
    if (event->reason() == Qt::PopupFocusReason || !document()->isModified())
        return;
    document()->setModified(false);
    emit editingFinished();
}

} // namespace lk
