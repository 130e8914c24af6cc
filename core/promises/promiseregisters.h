// PromiseRegisters: the descriptions of municipalities, periods, focus areas, promises, targets and statuses.
#pragma once

#include "register/registerspec.h"

namespace lk {

class PromiseRegisters {
public:
    static const RegisterSpec& municipalities();
    static const RegisterSpec& periods();
    static const RegisterSpec& focusAreas();
    static const RegisterSpec& promises();
    static const RegisterSpec& targets();
    static const RegisterSpec& statuses();
};

} // namespace lk
