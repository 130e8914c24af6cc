// ActionItemStanding: how Operativa gruppen's action items stood on a day, as the overview charts them: how
// many were open and how many of those overdue. An item finished later was open that day, so the day's
// picture does not change as the list is worked through.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>

namespace lk {

class ActionItemStanding {
public:
    struct Counts {
        int open = 0;    // raised at a meeting held by the day and not finished by then
        int overdue = 0; // of those, the ones whose due date had passed
    };

    static Result<Counts> on(const Repository& repository, qint64 municipalityId, const QDate& day);
};

} // namespace lk
