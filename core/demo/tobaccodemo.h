// TobaccoDemo: two invented years of tobacco work for the demo file: seven retailers (one closes), a yearly
// inspection of each with its checklist, follow-ups where a deficiency led to an injunction, and test
// purchases each spring and autumn with the dialogue that follows one that sold. No real persons or
// companies.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QUuid>

namespace lk {

class TobaccoDemo {
public:
    // Writes inside the caller's transaction; `promiseId` is the tobacco promise the work counts for.
    static Status fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                       qint64 promiseId);
};

} // namespace lk
