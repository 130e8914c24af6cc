// WalkDemo: two invented years of safety walks and the lägesbild for the demo file: a drawn map of Salem and
// Rönninge centres (no real map data), nine unsafe places pinned on it with their assessments over time, five
// walks on site and one digital, their participants, and observations with actions in every state (some fixed
// in time, some late, one rejected with its reason, some still open past their due date).
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QByteArray>
#include <QUuid>

namespace lk {

class WalkDemo {
public:
    // Writes inside the caller's transaction; `walkPromise` is the safety-walk promise.
    static Status fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                       qint64 walkPromise);
    // The demo's map: streets, water and parks drawn as a PNG, the same bytes every time.
    static QByteArray mapImage();
    // A small invented photo (a lamp post at dusk) as JPEG.
    static QByteArray photo();
};

} // namespace lk
