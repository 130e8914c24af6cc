// OgDemo: two invented years of Operativa gruppen for a demo municipality: monthly meetings (none in the
// summer holidays), pseudonymous cases discussed over several meetings, and action items. No real persons.
#pragma once

#include "common/result.h"
#include "demo/demoscope.h"
#include "register/repository.h"

namespace lk {

class OgDemo {
public:
    // Writes inside the caller's transaction; `promiseId` is the promise the meetings count for.
    static Status fill(const Repository& repository, const DemoScope& scope, qint64 promiseId);
};

} // namespace lk
