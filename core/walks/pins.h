// Pins: what is pinned on a map image (unsafe places and walk observations, each with the state its colour
// shows), and what of a municipality still waits for a pin. The map view draws these; no widgets here.
#pragma once

#include "common/result.h"
#include "register/repository.h"
#include "walks/walkregisters.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lk {

class Pins {
public:
    // What a pin's colour tells: for a place its latest assessment, for an observation its action.
    enum class State {
        High,          // a place assessed as high insecurity
        Medium,        // medium insecurity
        Low,           // low insecurity
        NotAssessed,   // a place without an assessment yet
        ActionOpen,    // an observation whose action is open or in progress, and not past due
        ActionOverdue, // open or in progress past its due date
        ActionFixed,   // fixed
        ActionRejected,
        NoAction, // an observation that needs no action (a safe place, a note)
    };

    struct Pin {
        QString table; // places::table or observations::table
        qint64 id = 0;
        QString uuid;
        double x = 0; // fractions (0–1) of the map image's width and height; 0 for one not yet pinned
        double y = 0;
        QString title; // the place's name, or the observation's description
        State state = State::NotAssessed;

        bool isPlace() const { return table == places::table; }
    };

    // What is pinned on the map `mapId`: places first, then observations (of the walk `walkId` only, unless
    // 0), each by id. `today` decides which assessment is the latest (none dated after it counts) and which
    // actions are past due.
    static Result<QList<Pin>> onMap(const Repository& repository, qint64 mapId, const QDate& today,
                                    qint64 walkId = 0);
    // What still waits for a pin: the municipality's places without one, by name, then the observations of
    // the walk `walkId` (none when 0) without one, by id.
    static Result<QList<Pin>> unpinned(const Repository& repository, qint64 municipalityId, qint64 walkId,
                                       const QDate& today);

    // A stable code for each state ("hog", "oppen", "forsenad", …), for tests and exports of the view.
    static QString codeOf(State state);
};

} // namespace lk
