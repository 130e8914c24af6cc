// ConflictDialog: a record someone else changed while it was edited here, theirs beside yours field by
// field, for the user to keep one.
#pragma once

#include "register/conflict.h"

#include <QDialog>
#include <QVariantMap>

#include <optional>

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

    // Asks the user, and gives what to save over their version (`conflict.theirs->version`) to keep mine:
    // the fields that differ, with my values. None when the user takes theirs, and nothing is to be saved.
    // One way for a form, a dialog and a table's cell to meet the same conflict.
    static std::optional<QVariantMap> resolve(const Conflict& conflict, const QList<const FieldSpec*>& fields,
                                              const QVariantMap& mine, QWidget* parent);

private:
    Choice m_choice = Choice::TakeTheirs;
};

} // namespace lk
