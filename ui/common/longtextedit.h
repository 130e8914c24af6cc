// LongTextEdit: a multi-line text field that, like QLineEdit, says when the user has finished editing.
#pragma once

#include <QPlainTextEdit>

namespace lk {

class LongTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit LongTextEdit(QWidget* parent = nullptr);
    QSize sizeHint() const override;

signals:
    // On leaving the field, as QLineEdit does; the form saves then.
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace lk
