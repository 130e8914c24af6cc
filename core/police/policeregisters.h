// PoliceRegisters: what the police contact records: the units visited (schools, leisure centres, social
// services), the visits, targeted drug operations, traffic controls and information efforts.
#pragma once

#include "register/registerspec.h"

namespace lk {

class PoliceRegisters {
public:
    static const RegisterSpec& units();
    static const RegisterSpec& visits();
    static const RegisterSpec& drugOperations();
    static const RegisterSpec& trafficControls();
    static const RegisterSpec& informationEfforts();

    // The kinds of unit: a target may count visits to each unit of a kind.
    static const QList<CodeOption>& unitKinds();

    // The activities, in the order the police page shows them; each counts for a promise by its date.
    static QList<const RegisterSpec*> activities();
};

} // namespace lk
