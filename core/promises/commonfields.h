// CommonFields: the two fields that many registers share, written once: the municipality a record belongs to,
// and the promise an activity counts for (or a target or status report belongs to). Shared code (an activity
// tab, a target's progress, the choice of municipality) finds them by these names; each register's own
// namespace names them again with a using-declaration (retailers::municipalityId).
#pragma once

#include "register/fieldspec.h"
#include "register/name.h"

namespace lk {

namespace common {
inline constexpr Name municipalityId{u"municipality_id"};
inline constexpr Name promiseId{u"promise_id"};
} // namespace common

class CommonFields {
public:
    // The municipality that owns the record (deleting the municipality deletes it).
    static FieldSpec municipality();
    // The promise an activity counts for, when its date lies in the promise's period (a link: deleting the
    // promise leaves the activity).
    static FieldSpec countsFor();
};

} // namespace lk
