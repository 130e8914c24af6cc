// RecordChoice: the one municipality, period, safety walk or meeting a command's argument names, or what
// there is to choose from when it names none or several, so that no command picks one of several silently.
#pragma once

#include "common/result.h"
#include "register/record.h"
#include "register/repository.h"

#include <QList>
#include <QString>

namespace lk {

struct RecordChoice {
    enum class Fit { One, None, Several };

    // A record the user could have meant, and how the message lists it ("Salems kommun: Salems centrum
    // (UUID)"): municipalities' names alone do not tell two periods or walks apart.
    struct Option {
        Record record;
        QString municipality; // the name of the municipality it belongs to
        QString label;
    };

    Fit fit = Fit::None;
    Record record;         // One: the record named
    QList<Option> choices; // None: all there is to choose from (maybe nothing); Several: those that fit
    QString message;       // None, Several: what to tell the user, with the choices and how to pick one

    bool isOne() const { return fit == Fit::One; }

    // A municipality by its name, in any case, or its UUID. An empty name fits when the file has exactly one.
    static Result<RecordChoice> municipality(const Repository& repository, const QString& name);
    // A period by its name (in any case) or its UUID, among those of the municipality `municipalityName`
    // names, or of every municipality when it is empty. A name that two municipalities' periods share is
    // Several, which the municipality then chooses between.
    static Result<RecordChoice> period(const Repository& repository, const QString& municipalityName,
                                       const QString& name);
    // A safety walk by its date ("2021-10-12") or its UUID, among those of the municipality
    // `municipalityName` names, or of every municipality when it is empty. The choices for a date with
    // several walks give each one's municipality, area and UUID.
    static Result<RecordChoice> walk(const Repository& repository, const QString& municipalityName,
                                     const QString& dateOrUuid);
    // An Operativa gruppen meeting the same way, by its date ("2022-03-15") or its UUID.
    static Result<RecordChoice> meeting(const Repository& repository, const QString& municipalityName,
                                        const QString& dateOrUuid);
};

} // namespace lk
