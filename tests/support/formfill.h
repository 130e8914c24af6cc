// Fills a form's editors the way a user does: types into a line or spin box, picks a combo box item by its
// data, sets a date, and clicks a dialog's Save (or OK).
#pragma once

#include "catchqt.h"
#include "common/dateedit.h"
#include "typing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace lk::test {

inline void typeInto(QWidget* editor, const QString& text) {
    editor->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->selectAll();
    type(editor, text);
}

inline void choose(QWidget* editor, const QVariant& data) {
    auto* combo = qobject_cast<QComboBox*>(editor);
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

inline void setDate(QWidget* editor, const QDate& date) {
    auto* edit = qobject_cast<lk::DateEdit*>(editor);
    REQUIRE(edit);
    edit->setDate(date);
}

inline void clickSave(QWidget* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QPushButton* save = buttons->button(QDialogButtonBox::Save) ? buttons->button(QDialogButtonBox::Save)
                                                                : buttons->button(QDialogButtonBox::Ok);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

} // namespace lk::test
