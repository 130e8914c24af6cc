// WalkRegisters: safety walks (trygghetsvandringar) with their participants counted by group, the
// observations made on them with a follow-up action each, the register of unsafe places (otrygga platser)
// with its history of assessments (the lägesbild), and the map images places and observations are pinned on.
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"

#include <QDate>

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
// A pin, which places and observations both have: the map it is on, and where, as fractions of the map's
// width and height.
namespace pin {
inline constexpr Name mapId{u"map_id"};
inline constexpr Name pinX{u"pin_x"};
inline constexpr Name pinY{u"pin_y"};
} // namespace pin

namespace maps {
inline constexpr Name table{u"maps"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name image{u"image"};
inline constexpr Name note{u"note"};
} // namespace maps

namespace places {
inline constexpr Name table{u"places"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name address{u"address"};
inline constexpr Name category{u"category"};
inline constexpr Name description{u"description"};
using pin::mapId;
using pin::pinX;
using pin::pinY;
} // namespace places

namespace placeAssessments {
inline constexpr Name table{u"place_assessments"};
inline constexpr Name placeId{u"place_id"};
inline constexpr Name assessedOn{u"assessed_on"};
inline constexpr Name level{u"level"};
inline constexpr Name source{u"source"};
inline constexpr Name note{u"note"};
} // namespace placeAssessments

namespace walks {
inline constexpr Name table{u"walks"};
using common::municipalityId;
inline constexpr Name walkedOn{u"walked_on"};
inline constexpr Name kind{u"kind"};
inline constexpr Name startsAt{u"starts_at"};
inline constexpr Name light{u"light"};
inline constexpr Name area{u"area"};
inline constexpr Name route{u"route"};
inline constexpr Name organiser{u"organiser"};
inline constexpr Name mapId{u"map_id"};
inline constexpr Name summary{u"summary"};
using common::promiseId;
} // namespace walks

namespace walkParticipants {
inline constexpr Name table{u"walk_participants"};
inline constexpr Name walkId{u"walk_id"};
inline constexpr Name participantGroup{u"participant_group"};
inline constexpr Name count{u"count"};
} // namespace walkParticipants

namespace observations {
inline constexpr Name table{u"observations"};
inline constexpr Name walkId{u"walk_id"};
inline constexpr Name placeId{u"place_id"};
inline constexpr Name category{u"category"};
inline constexpr Name description{u"description"};
inline constexpr Name sentIn{u"sent_in"};
inline constexpr Name photo{u"photo"};
using pin::mapId;
using pin::pinX;
using pin::pinY;
inline constexpr Name action{u"action"};
inline constexpr Name responsible{u"responsible"};
inline constexpr Name priority{u"priority"};
inline constexpr Name dueOn{u"due_on"};
inline constexpr Name status{u"status"};
inline constexpr Name statusReason{u"status_reason"};
inline constexpr Name doneOn{u"done_on"};
} // namespace observations

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
