// DemoPeriod: one municipality's period of demo follow-up, on promises already made from the Salem template:
// the tertial status reports and next steps of each promise, and every register's activities (through the
// per-register fillers), for the sample and for each municipality and period of the region alike.
#pragma once

#include "common/result.h"
#include "demo/demoscope.h"
#include "register/repository.h"

namespace lk {

class DemoPeriod {
public:
    // Writes inside the caller's transaction. The municipality is described (police area, contact) when it
    // has no report sender yet, that is in its first period.
    static Status fill(const Repository& repository, const DemoScope& scope, qint64 periodId);
};

} // namespace lk
