// MeetingDraft: one Operativa gruppen meeting as the meeting dialog edits it (the meeting, who attended, the
// cases discussed, new cases, action items) and the change set that saves it as one undoable step.
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/repository.h"

#include <QList>
#include <QMap>
#include <QVariantMap>

namespace lk {

struct MeetingDraft {
    struct Discussion {
        QString caseUuid; // an existing case, or
        int newCase = -1; // the index of a case in newCases
        QString note;
        QString decisions;
    };
    struct Action {
        QString uuid;       // empty for a new one
        QVariantMap values; // what, responsible, due_on, status, done_on
    };

    QString uuid; // empty for a new meeting
    qint64 municipalityId = 0;
    QVariantMap values;            // held_on, place, chair, promise_id, agenda, minutes
    QMap<QString, int> attendance; // organisation -> number present; 0 is not stored
    QList<QVariantMap> newCases;   // opened at this meeting; their codes are given when saved
    QList<Discussion> discussions;
    QList<Action> actions;

    // The meeting as stored, for editing.
    static Result<MeetingDraft> load(const Repository& repository, const QString& meetingUuid);
    // A new meeting that starts like the latest one: same place, chair and attendance, and today's date.
    static Result<MeetingDraft> startNew(const Repository& repository, qint64 municipalityId,
                                         qint64 promiseId, const QDate& today);

    // The codes the new cases will get when saved, by their index in newCases.
    Result<QStringList> codesOfNewCases(const Repository& repository) const;

    // The organisations to offer: the seed's, then every other one this municipality has used.
    static QStringList organisations(const Repository& repository, qint64 municipalityId);

    // Everything that differs from the file, in the order it can be written (a meeting before its rows).
    Result<ChangeSet> changes(const Repository& repository) const;
};

} // namespace lk
