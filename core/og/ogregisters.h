// OgRegisters: the descriptions of Operativa gruppen's meetings, attendance, cases, case notes and action
// items.
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"

#include <QStringList>

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
namespace ogMeetings {
inline constexpr Name table{u"og_meetings"};
using common::municipalityId;
using common::promiseId;
inline constexpr Name heldOn{u"held_on"};
inline constexpr Name place{u"place"};
inline constexpr Name chair{u"chair"};
inline constexpr Name agenda{u"agenda"};
inline constexpr Name minutes{u"minutes"};
} // namespace ogMeetings

namespace ogAttendance {
inline constexpr Name table{u"og_attendance"};
inline constexpr Name meetingId{u"meeting_id"};
inline constexpr Name organisation{u"organisation"};
inline constexpr Name present{u"present"};
} // namespace ogAttendance

namespace ogCases {
inline constexpr Name table{u"og_cases"};
using common::municipalityId;
inline constexpr Name code{u"code"};
inline constexpr Name openedOn{u"opened_on"};
inline constexpr Name kind{u"kind"};
inline constexpr Name ageBand{u"age_band"};
inline constexpr Name status{u"status"};
inline constexpr Name path{u"path"};
inline constexpr Name responsible{u"responsible"};
inline constexpr Name consent{u"consent"};
inline constexpr Name consentBy{u"consent_by"};
inline constexpr Name consentOn{u"consent_on"};
inline constexpr Name background{u"background"};
inline constexpr Name outcome{u"outcome"};
inline constexpr Name closedOn{u"closed_on"};
inline constexpr Name thinnedOn{u"thinned_on"};
} // namespace ogCases

namespace ogCaseNotes {
inline constexpr Name table{u"og_case_notes"};
inline constexpr Name caseId{u"case_id"};
inline constexpr Name meetingId{u"meeting_id"};
inline constexpr Name note{u"note"};
inline constexpr Name decisions{u"decisions"};
} // namespace ogCaseNotes

namespace actionItems {
inline constexpr Name table{u"action_items"};
inline constexpr Name meetingId{u"meeting_id"};
inline constexpr Name what{u"what"};
inline constexpr Name responsible{u"responsible"};
inline constexpr Name dueOn{u"due_on"};
inline constexpr Name status{u"status"};
inline constexpr Name doneOn{u"done_on"};
} // namespace actionItems

class OgRegisters {
public:
    static const RegisterSpec& meetings();
    static const RegisterSpec& attendance();
    static const RegisterSpec& cases();
    static const RegisterSpec& caseNotes();
    static const RegisterSpec& actionItems();

    // The organisations the seed names; users add others by typing them.
    static QStringList organisations();
    // The age bands under 18, for which a guardian gives consent.
    static bool isMinor(const QString& ageBand);
};

} // namespace lk
