// ConflictDialog: a record someone else changed while it was edited here, theirs beside yours field by
// field, for the user to keep one.
#pragma once

#include "register/conflict.h"

#include <QDialog>
#include <QVariantMap>

namespace lk {

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { KeepMine, TakeTheirs };

    // `mine` is the record as this form would have saved it; only `fields` (those the form shows) are
    // compared. conflict.theirs must be set (a deleted record has nothing to choose between).
    ConflictDialog(const Conflict& conflict, const QList<const FieldSpec*>& fields, const QVariantMap& mine,
                   QWidget* parent = nullptr);

    // The fields whose value differs between `mine` and theirs, in the order shown.
    static QList<const FieldSpec*> differing(const QList<const FieldSpec*>& fields, const QVariantMap& mine,
                                             const Record& theirs);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::TakeTheirs;
};

} // namespace lk
