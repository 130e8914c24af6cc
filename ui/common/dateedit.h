// dateEdit: a date field as every range picker of the program shows it: ISO dates (2022-06-30), the way the
// forms and the reports write them, with a calendar to pick from.
#pragma once

#include <QDateEdit>

namespace lk {

inline QDateEdit* dateEdit(const QString& name, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace lk
