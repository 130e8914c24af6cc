#include "og/meetingdraft.h"

#include "db/sql.h"
#include "og/casecodes.h"
#include "og/ogregisters.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "register/draft.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::MeetingDraft)
};

using draft::Keys;
using draft::recordWith;
using draft::sameValues;

} // namespace

Result<MeetingDraft> MeetingDraft::load(const Repository& repository, const QString& meetingUuid) {
    auto meeting = repository.find(OgRegisters::meetings(), meetingUuid);
    if (!meeting)
        return meeting.error();
    if (!*meeting)
        return Error{Text::tr("The meeting no longer exists.")};
    MeetingDraft draft;
    draft.uuid = meetingUuid;
    draft.municipalityId = (*meeting)->value(ogMeetings::municipalityId).toLongLong();
    draft.values = (*meeting)->values;
    draft.values.remove(ogMeetings::municipalityId);
    auto attendance = repository.list(OgRegisters::attendance(), ogAttendance::meetingId, (*meeting)->id);
    auto notes = repository.list(OgRegisters::caseNotes(), ogCaseNotes::meetingId, (*meeting)->id);
    auto actions = repository.list(OgRegisters::actionItems(), actionItems::meetingId, (*meeting)->id);
    if (!attendance || !notes || !actions)
        return Error{!attendance ? attendance.message() : !notes ? notes.message() : actions.message()};
    for (const Record& row : *attendance)
        draft.attendance.insert(row.value(ogAttendance::organisation).toString(),
                                row.value(ogAttendance::present).toInt());
    for (const Record& note : *notes) {
        auto discussed =
            repository.findById(OgRegisters::cases(), note.value(ogCaseNotes::caseId).toLongLong());
        if (!discussed)
            return discussed.error();
        draft.discussions.append({(*discussed) ? (*discussed)->uuid : QString(), -1,
                                  note.value(ogCaseNotes::note).toString(),
                                  note.value(ogCaseNotes::decisions).toString()});
    }
    for (const Record& action : *actions) {
        QVariantMap values = action.values;
        values.remove(actionItems::meetingId);
        draft.actions.append({action.uuid, values});
    }
    return draft;
}

Result<MeetingDraft> MeetingDraft::startNew(const Repository& repository, qint64 municipalityId,
                                            qint64 promiseId, const QDate& today) {
    MeetingDraft draft;
    draft.municipalityId = municipalityId;
    draft.values.insert(ogMeetings::heldOn, today);
    // The meeting counts for the promise only when today lies in the promise's period.
    auto period = PromiseRegisters::periodOfPromise(repository, promiseId);
    if (!period)
        return period.error();
    if (*period && (*period)->value(periods::startDate).toDate() <= today &&
        today <= (*period)->value(periods::endDate).toDate())
        draft.values.insert(ogMeetings::promiseId, promiseId);
    auto latest = sql::scalar(repository.database(),
                              QStringLiteral("SELECT uuid FROM og_meetings WHERE municipality_id = ? "
                                             "ORDER BY held_on DESC, id DESC LIMIT 1"),
                              {municipalityId});
    if (!latest)
        return latest.error();
    if (latest->isValid()) {
        auto previous = load(repository, latest->toString());
        if (!previous)
            return previous.error();
        for (const Name& name : {ogMeetings::place, ogMeetings::chair})
            draft.values.insert(name, previous->values.value(name));
        draft.attendance = previous->attendance;
    }
    return draft;
}

Result<QStringList> MeetingDraft::codesOfNewCases(const Repository& repository) const {
    // Counted per year, in the order the cases were added: two new cases of 2022 get 001 and 002, one of 2021
    // beside them its year's first code.
    QStringList codes;
    QHash<int, int> takenPerYear;
    for (const QVariantMap& values : newCases) {
        const int year = values.value(ogCases::openedOn).toDate().year();
        auto code = CaseCodes::next(repository, municipalityId, year, takenPerYear[year]++);
        if (!code)
            return code.error();
        codes << *code;
    }
    return codes;
}

QStringList MeetingDraft::organisations(const Repository& repository, qint64 municipalityId) {
    QStringList names = OgRegisters::organisations();
    auto used =
        sql::run(repository.database(),
                 QStringLiteral("SELECT DISTINCT a.organisation FROM og_attendance a JOIN og_meetings m ON "
                                "m.id = a.meeting_id WHERE m.municipality_id = ? ORDER BY a.organisation"),
                 {municipalityId});
    while (used && used->next()) {
        if (!names.contains(used->value(0).toString()))
            names << used->value(0).toString();
    }
    return names;
}

Result<ChangeSet> MeetingDraft::changes(const Repository& repository) const {
    const RegisterSpec& meetings = OgRegisters::meetings();
    const RegisterSpec& attendanceSpec = OgRegisters::attendance();
    const RegisterSpec& cases = OgRegisters::cases();
    const RegisterSpec& notes = OgRegisters::caseNotes();
    const RegisterSpec& actionSpec = OgRegisters::actionItems();
    Keys keys(repository);
    ChangeSet changes;

    // A meeting counts for a promise of the period it was held in.
    if (Status inPeriod = CountsFor::check(repository, meetings, Record{0, {}, {}, values}); !inPeriod)
        return inPeriod.error();

    // The meeting itself.
    QVariantMap meetingValues = values;
    meetingValues.insert(ogMeetings::municipalityId, municipalityId);
    Record meeting;
    std::optional<Record> stored;
    if (uuid.isEmpty()) {
        auto id = keys.take(meetings);
        if (!id)
            return id.error();
        meeting.id = *id;
        meeting = recordWith(meeting, meetingValues);
        changes.insert(meetings, meeting);
    } else {
        auto found = repository.find(meetings, uuid);
        if (!found)
            return found.error();
        if (!*found)
            return Error{Text::tr("The meeting no longer exists; nothing was saved.")};
        stored = *found;
        meeting = recordWith(*stored, meetingValues);
        if (!sameValues(meetings, *stored, meeting))
            changes.update(meetings, *stored, meeting);
    }

    // What is stored under the meeting now, to compare with.
    QList<Record> oldAttendance, oldNotes, oldActions;
    if (stored) {
        auto a = repository.list(attendanceSpec, ogAttendance::meetingId, stored->id);
        auto n = repository.list(notes, ogCaseNotes::meetingId, stored->id);
        auto x = repository.list(actionSpec, actionItems::meetingId, stored->id);
        if (!a || !n || !x)
            return Error{!a ? a.message() : !n ? n.message() : x.message()};
        oldAttendance = *a;
        oldNotes = *n;
        oldActions = *x;
    }

    // Attendance: one row per organisation present.
    for (auto it = attendance.cbegin(); it != attendance.cend(); ++it) {
        const QString organisation = it.key().trimmed();
        if (organisation.isEmpty())
            continue;
        const auto old = std::find_if(oldAttendance.begin(), oldAttendance.end(), [&](const Record& r) {
            return r.value(ogAttendance::organisation).toString() == organisation;
        });
        if (old == oldAttendance.end()) {
            if (it.value() <= 0)
                continue;
            auto id = keys.take(attendanceSpec);
            if (!id)
                return id.error();
            Record row;
            row.id = *id;
            row.values = {{ogAttendance::meetingId, meeting.id},
                          {ogAttendance::organisation, organisation},
                          {ogAttendance::present, it.value()}};
            changes.insert(attendanceSpec, row);
            continue;
        }
        const Record before = *old;
        oldAttendance.erase(old);
        if (it.value() <= 0) {
            changes.remove(attendanceSpec, before);
        } else if (before.value(ogAttendance::present).toInt() != it.value()) {
            changes.update(attendanceSpec, before, recordWith(before, {{ogAttendance::present, it.value()}}));
        }
    }
    for (const Record& gone : std::as_const(oldAttendance))
        changes.remove(attendanceSpec, gone);

    // New cases that a discussion refers to (a row removed in the dialog leaves its case out), with the codes
    // codesOfNewCases gives.
    auto codes = codesOfNewCases(repository);
    if (!codes)
        return codes.error();
    QHash<int, Record> created;
    for (const Discussion& discussion : discussions) {
        if (discussion.newCase < 0 || discussion.newCase >= newCases.size() ||
            created.contains(discussion.newCase))
            continue;
        auto id = keys.take(cases);
        if (!id)
            return id.error();
        Record record;
        record.id = *id;
        record.values = newCases.at(discussion.newCase);
        record.values.insert(ogCases::municipalityId, municipalityId);
        record.values.insert(ogCases::code, codes->value(discussion.newCase));
        changes.insert(cases, record);
        created.insert(discussion.newCase, record);
    }

    // Discussions: one note per case and meeting.
    QSet<qint64> discussed;
    for (const Discussion& discussion : discussions) {
        qint64 caseId = 0;
        if (created.contains(discussion.newCase)) {
            caseId = created.value(discussion.newCase).id;
        } else {
            auto found = repository.find(cases, discussion.caseUuid);
            if (!found)
                return found.error();
            if (!*found)
                return Error{
                    Text::tr("A case discussed at the meeting no longer exists; nothing was saved.")};
            caseId = (*found)->id;
        }
        if (discussed.contains(caseId))
            return Error{
                Text::tr("The same case is listed twice under the cases discussed; nothing was saved.")};
        discussed.insert(caseId);
        const QVariantMap noteValues{{ogCaseNotes::caseId, caseId},
                                     {ogCaseNotes::meetingId, meeting.id},
                                     {ogCaseNotes::note, discussion.note},
                                     {ogCaseNotes::decisions, discussion.decisions}};
        const auto old = std::find_if(oldNotes.begin(), oldNotes.end(), [caseId](const Record& r) {
            return r.value(ogCaseNotes::caseId).toLongLong() == caseId;
        });
        if (old == oldNotes.end()) {
            auto id = keys.take(notes);
            if (!id)
                return id.error();
            Record note;
            note.id = *id;
            changes.insert(notes, recordWith(note, noteValues));
            continue;
        }
        const Record before = *old;
        oldNotes.erase(old);
        const Record after = recordWith(before, noteValues);
        if (!sameValues(notes, before, after))
            changes.update(notes, before, after);
    }
    for (const Record& gone : std::as_const(oldNotes))
        changes.remove(notes, gone);

    // Action items.
    for (const Action& action : actions) {
        QVariantMap actionValues = action.values;
        actionValues.insert(actionItems::meetingId, meeting.id);
        const auto old = std::find_if(oldActions.begin(), oldActions.end(),
                                      [&action](const Record& r) { return r.uuid == action.uuid; });
        if (action.uuid.isEmpty() || old == oldActions.end()) {
            auto id = keys.take(actionSpec);
            if (!id)
                return id.error();
            Record row;
            row.id = *id;
            changes.insert(actionSpec, recordWith(row, actionValues));
            continue;
        }
        const Record before = *old;
        oldActions.erase(old);
        const Record after = recordWith(before, actionValues);
        if (!sameValues(actionSpec, before, after))
            changes.update(actionSpec, before, after);
    }
    for (const Record& gone : std::as_const(oldActions))
        changes.remove(actionSpec, gone);
    return changes;
}

} // namespace lk
