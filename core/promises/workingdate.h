// WorkingDate: the date a new record starts with, inside the period the user is looking at: today when today
// lies in it, else the period's nearest day (its last for a period gone by, its first for one not begun), so
// that what is entered for an earlier period is saved where the user sees it.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>

namespace lk {

class WorkingDate {
public:
    static QDate in(const QDate& start, const QDate& end, const QDate& today = QDate::currentDate());
    // The same for a period by its id; today when there is no such period.
    static QDate ofPeriod(const Repository& repository, qint64 periodId,
                          const QDate& today = QDate::currentDate());
};

} // namespace lk
