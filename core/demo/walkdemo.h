// WalkDemo: two invented years of safety walks and the lägesbild for a demo municipality: a drawn map of its
// two centres (no real map data), nine unsafe places pinned on it with their assessments over time, four
// walks on site and one digital (more of each in a larger municipality), their participants, and observations
// with actions in every state (some fixed in time, some late, one rejected with its reason, some still open
// past their due date in the current period).
#pragma once

#include "common/result.h"
#include "demo/demoscope.h"
#include "register/repository.h"

#include <QByteArray>

namespace lk {

class WalkDemo {
public:
    // Writes inside the caller's transaction; `walkPromise` is the safety-walk promise. The map and the
    // places are made when the municipality has none yet.
    static Status fill(const Repository& repository, const DemoScope& scope, qint64 walkPromise);
    // The demo's map: streets, water and parks drawn as a PNG, the same bytes every time (drawn once).
    static QByteArray mapImage();
    // A small invented photo (a lamp post at dusk) as JPEG (drawn once).
    static QByteArray photo();
};

} // namespace lk
