// OgDemo: two invented years of Operativa gruppen for the demo file: monthly meetings (none in the summer
// holidays), pseudonymous cases discussed over several meetings, and action items. No real persons.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QUuid>

namespace lk {

class OgDemo {
public:
    // Writes inside the caller's transaction; `promiseId` is the promise the meetings count for.
    static Status fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                       qint64 promiseId);
};

} // namespace lk
