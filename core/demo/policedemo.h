// PoliceDemo: two invented years of police activity for a demo municipality: visits to schools, leisure
// centres and social services, targeted drug operations, traffic controls and information efforts, each
// counting for the promise it serves, with the targets that count them. No real persons.
#pragma once

#include "common/result.h"
#include "demo/demoscope.h"
#include "register/repository.h"

namespace lk {

class PoliceDemo {
public:
    struct Promises {
        qint64 drugs = 0;       // targeted work against drugs, visits to schools and units
        qint64 information = 0; // information against drug use
        qint64 traffic = 0;     // traffic controls
    };
    // Writes inside the caller's transaction: the period's activities and targets, and the municipality's
    // units when it has none yet.
    static Status fill(const Repository& repository, const DemoScope& scope, const Promises& promises);
};

} // namespace lk
