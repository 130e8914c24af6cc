// WalkProtocolContent: what a safety walk's protocol tells, gathered once from the registers: the walk and
// its municipality, the participants counted by group, each observation numbered as the protocol numbers it
// with the place it was made at, the map the walk was drawn on, and the actions counted by status and by who
// is responsible.
#pragma once

#include "common/result.h"
#include "register/repository.h"
#include "walks/walkregisters.h"

#include <QMap>

#include <optional>

namespace lk {

struct WalkProtocolContent {
    struct Group {
        QString code;
        int count = 0;
    };
    struct Item {
        int number = 0; // 1..n, as in the protocol's table and on the map
        Record observation;
        std::optional<Record> place;
        bool hasAction() const { return observation.value(observations::action).isValid(); }
        QString status() const { return observation.value(observations::status).toString(); }
    };
    // Actions by status code (oppen, pagar, atgardad, avvisad).
    struct Tally {
        int actions = 0;
        QMap<QString, int> byStatus;
    };

    Record walk;
    Record municipality;
    QList<Group> participants; // in the order of the group codes, as the form shows them
    QList<Item> items;         // in the order they were recorded
    std::optional<Record> map; // the walk's map, when it has one

    static Result<WalkProtocolContent> gather(const Repository& repository, qint64 walkId);

    int participantTotal() const;
    int sentInCount() const;
    Tally actions() const;
    // Per responsible body, named as typed; the Swedish sort order.
    QList<std::pair<QString, Tally>> actionsByResponsible() const;
};

} // namespace lk
