// FieldEditor: the widget that edits one field of any register, chosen from the field's type.
#pragma once

#include "register/fieldspec.h"
#include "register/repository.h"

#include <QVariant>
#include <QWidget>

#include <functional>

namespace lk {

class FieldEditor {
public:
    // Line edit, text box, spin box, line edit for decimals, date edit (yyyy-MM-dd), combo box of codes or
    // records, or check box.
    // A reference field lists the records of `repository`; without one it starts empty, for setChoices.
    static QWidget* create(const FieldSpec& field, const Repository* repository, QWidget* parent = nullptr);
    static void setValue(QWidget* editor, const FieldSpec& field, const QVariant& value);
    // The value as the user left it, or an invalid QVariant for an empty field.
    static QVariant value(const QWidget* editor, const FieldSpec& field);
    // Offers a reference field the records of one municipality (its retailers, its units), or of every
    // municipality when `municipalityId` is 0.
    static void setReferenceChoices(QWidget* editor, const FieldSpec& field, const Repository& repository,
                                    qint64 municipalityId);
    // Limits a reference field's choices to these records (the promises of the current period), by their
    // display text; an optional field keeps its empty choice.
    static void setChoices(QWidget* editor, const FieldSpec& field,
                           const QList<QPair<QString, qint64>>& choices);
    // After a save: the field's own undo history ends here, so Ctrl+Z in it only takes back unsaved typing.
    static void markSaved(QWidget* editor, const FieldSpec& field);
    // Calls `finished` when the user is done with the field: left it, pressed Enter, or picked an item.
    static void onFinished(QWidget* editor, const FieldSpec& field, QObject* context,
                           const std::function<void()>& finished);
};

} // namespace lk
