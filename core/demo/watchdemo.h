// WatchDemo: two invented years of neighbourhood watch and the outcome indicators for the demo file: six
// areas (one in apartment buildings from 2022, one dormant from 2022), their trainings, meetings,
// newsletters and fire-safety evenings, and three indicators with yearly and quarterly values. No real
// persons: the one main contact who consented has an invented name and a number from the range kept for
// fiction.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QUuid>

namespace lk {

class WatchDemo {
public:
    // Writes inside the caller's transaction; `promiseId` is the neighbourhood-watch promise.
    static Status fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                       qint64 promiseId);
};

} // namespace lk
