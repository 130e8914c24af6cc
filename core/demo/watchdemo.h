// WatchDemo: two invented years of neighbourhood watch and the outcome indicators for a demo municipality:
// six areas (one in apartment buildings from 2022, one dormant from 2022), their trainings, meetings,
// newsletters and fire-safety evenings, and three indicators with yearly and quarterly values. No real
// persons: the one main contact who consented has an invented name and a number from the range kept for
// fiction.
#pragma once

#include "common/result.h"
#include "demo/demoscope.h"
#include "register/repository.h"

namespace lk {

class WatchDemo {
public:
    // Writes inside the caller's transaction; `promiseId` is the neighbourhood-watch promise. The areas
    // started before the period and the indicators are made when the municipality has none yet; each period
    // adds the areas started in it and the indicators' values of its years.
    static Status fill(const Repository& repository, const DemoScope& scope, qint64 promiseId);
};

} // namespace lk
