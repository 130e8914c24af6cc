// The field names the register mechanism relies on, the same in every register that has them: the
// municipality a record belongs to, and the promise an activity counts for (or a target belongs to). Each
// register's own namespace names them again with a using-declaration (retailers::municipalityId).
#pragma once

#include "register/name.h"

namespace lk::common {

inline constexpr Name municipalityId{u"municipality_id"};
inline constexpr Name promiseId{u"promise_id"};

} // namespace lk::common
