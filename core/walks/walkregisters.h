// WalkRegisters: safety walks (trygghetsvandringar) with their participants counted by group, the
// observations made on them with a follow-up action each, the register of unsafe places (otrygga platser)
// with its history of assessments (the lägesbild), and the map images places and observations are pinned on.
#pragma once

#include "register/registerspec.h"

#include <QDate>

namespace lk {

class WalkRegisters {
public:
    static const RegisterSpec& maps();
    static const RegisterSpec& places();
    static const RegisterSpec& placeAssessments();
    static const RegisterSpec& walks();
    static const RegisterSpec& participants();
    static const RegisterSpec& observations();

    // The largest side of a stored photo and of a map image, in pixels.
    static constexpr int photoSide = 1600;
    static constexpr int mapSide = 4096;
    // Practice: an action is done within about six months of the walk, or a reason is given.
    static QDate dueByDefault(const QDate& walkedOn) { return walkedOn.addMonths(6); }
};

} // namespace lk
