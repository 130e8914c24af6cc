// PoliceRegisters: what the police contact records: the units visited (schools, leisure centres, social
// services), the visits, targeted drug operations, traffic controls and information efforts.
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
namespace units {
inline constexpr Name table{u"units"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name kind{u"kind"};
inline constexpr Name address{u"address"};
} // namespace units

namespace visits {
inline constexpr Name table{u"visits"};
using common::municipalityId;
inline constexpr Name visitedOn{u"visited_on"};
inline constexpr Name unitId{u"unit_id"};
inline constexpr Name purpose{u"purpose"};
inline constexpr Name initiatedBy{u"initiated_by"};
inline constexpr Name pupils{u"pupils"};
inline constexpr Name staff{u"staff"};
inline constexpr Name topic{u"topic"};
using common::promiseId;
inline constexpr Name note{u"note"};
} // namespace visits

namespace drugOperations {
inline constexpr Name table{u"drug_operations"};
using common::municipalityId;
inline constexpr Name heldOn{u"held_on"};
inline constexpr Name place{u"place"};
inline constexpr Name hours{u"hours"};
inline constexpr Name personsChecked{u"persons_checked"};
inline constexpr Name reportsOwnUse{u"reports_own_use"};
inline constexpr Name reportsSale{u"reports_sale"};
inline constexpr Name reportsOther{u"reports_other"};
inline constexpr Name seizures{u"seizures"};
using common::promiseId;
inline constexpr Name note{u"note"};
} // namespace drugOperations

namespace trafficControls {
inline constexpr Name table{u"traffic_controls"};
using common::municipalityId;
inline constexpr Name heldOn{u"held_on"};
inline constexpr Name place{u"place"};
inline constexpr Name minutes{u"minutes"};
inline constexpr Name focus{u"focus"};
inline constexpr Name vehiclesChecked{u"vehicles_checked"};
inline constexpr Name breathTests{u"breath_tests"};
inline constexpr Name reportsDrunk{u"reports_drunk"};
inline constexpr Name reportsDrugs{u"reports_drugs"};
inline constexpr Name reportsSpeed{u"reports_speed"};
inline constexpr Name reportsOther{u"reports_other"};
using common::promiseId;
inline constexpr Name note{u"note"};
} // namespace trafficControls

namespace informationEfforts {
inline constexpr Name table{u"information_efforts"};
using common::municipalityId;
inline constexpr Name heldOn{u"held_on"};
inline constexpr Name channel{u"channel"};
inline constexpr Name topic{u"topic"};
inline constexpr Name responsible{u"responsible"};
inline constexpr Name reach{u"reach"};
using common::promiseId;
inline constexpr Name note{u"note"};
} // namespace informationEfforts

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
