// WatchRegisters: neighbourhood watch (grannsamverkan): the areas, each with its households, contact persons
// and status, and what happens in them: trainings, start-up and annual meetings, newsletters and fire-safety
// information.
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
namespace watchAreas {
inline constexpr Name table{u"watch_areas"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name housing{u"housing"};
inline constexpr Name households{u"households"};
inline constexpr Name householdsJoined{u"households_joined"};
inline constexpr Name contactPersons{u"contact_persons"};
inline constexpr Name contactConsent{u"contact_consent"};
inline constexpr Name contactName{u"contact_name"};
inline constexpr Name contactPhone{u"contact_phone"};
inline constexpr Name startedOn{u"started_on"};
inline constexpr Name signsOn{u"signs_on"};
inline constexpr Name channels{u"channels"};
inline constexpr Name status{u"status"};
inline constexpr Name endedOn{u"ended_on"};
inline constexpr Name note{u"note"};
} // namespace watchAreas

namespace watchEvents {
inline constexpr Name table{u"watch_events"};
inline constexpr Name areaId{u"area_id"};
inline constexpr Name heldOn{u"held_on"};
inline constexpr Name kind{u"kind"};
inline constexpr Name topic{u"topic"};
inline constexpr Name participants{u"participants"};
using common::promiseId;
inline constexpr Name note{u"note"};
} // namespace watchEvents

class WatchRegisters {
public:
    static const RegisterSpec& areas();
    static const RegisterSpec& events();

    // The kinds of event: a target may count only one of them ("four trainings a year").
    static const QList<CodeOption>& eventKinds();
    // Why the main contact's name and phone number are not stored: the message wherever someone tries.
    static QString consentRule();
};

} // namespace lk
