// TobaccoDemo: two invented years of tobacco work for a demo municipality: seven retailers in Salem (one
// closes, more in a larger municipality), a yearly inspection of each with its checklist, follow-ups where a
// deficiency led to an injunction, and test purchases each spring and autumn with the dialogue that follows
// one that sold. No real persons or companies.
#pragma once

#include "common/result.h"
#include "demo/demoscope.h"
#include "register/repository.h"

namespace lk {

class TobaccoDemo {
public:
    // Writes inside the caller's transaction; `promiseId` is the tobacco promise the work counts for. The
    // retailers are made when the municipality has none yet.
    static Status fill(const Repository& repository, const DemoScope& scope, qint64 promiseId);
};

} // namespace lk
