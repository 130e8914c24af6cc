// CodeSetEdit: a row of check boxes for a field that holds several codes (a traffic control's focus).
#pragma once

#include "register/fieldspec.h"

#include <QWidget>

class QCheckBox;

namespace lk {

class CodeSetEdit : public QWidget {
    Q_OBJECT
public:
    CodeSetEdit(const FieldSpec& field, QWidget* parent = nullptr);

    // The checked codes, comma-separated in the list's order; empty when none.
    QString codes() const;
    void setCodes(const QString& codes);
    QCheckBox* box(const QString& code) const;

signals:
    // The user checked or unchecked one.
    void changed();

private:
    QList<QPair<QString, QCheckBox*>> m_boxes;
};

} // namespace lk
