// MonthsEdit: the months a piece of work is done in, as twelve month buttons in one row; none pressed means
// every month alike.
#pragma once

#include "register/fieldspec.h"
#include "register/monthset.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace lk {

class MonthsEdit : public QWidget {
    Q_OBJECT
public:
    MonthsEdit(const FieldSpec& field, QWidget* parent = nullptr);

    MonthSet months() const;
    void setMonths(const MonthSet& months);
    // The button of a month, 1–12.
    QToolButton* button(int month) const;

signals:
    // The user pressed a month or released it.
    void changed();

private:
    void showSummary();

    QList<QToolButton*> m_buttons;
    QLabel* m_summary;
};

} // namespace lk
