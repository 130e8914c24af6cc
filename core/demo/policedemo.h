// PoliceDemo: two invented years of police activity for the demo file: visits to schools, leisure centres and
// social services, targeted drug operations, traffic controls and information efforts, each counting for the
// promise it serves, with the targets that count them. No real persons.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QUuid>

namespace lk {

class PoliceDemo {
public:
    struct Promises {
        qint64 drugs = 0;       // targeted work against drugs, visits to schools and units
        qint64 information = 0; // information against drug use
        qint64 traffic = 0;     // traffic controls
    };
    // Writes inside the caller's transaction.
    static Status fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                       const Promises& promises);
};

} // namespace lk
