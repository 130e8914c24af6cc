// ParticipantCounts: how many took part in a safety walk, by group: all of a walk's counts read at once, and
// one group's count saved as it is typed, the file holding a row only for the groups that came.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QMap>
#include <QString>

namespace lk {

class Document;

class ParticipantCounts {
public:
    // The walk's counts by group code; a group that did not come has no entry.
    static Result<QMap<QString, int>> of(const Repository& repository, qint64 walkId);

    struct Saved {
        // The group's row held this count already: nothing was written, so a message about an earlier
        // attempt still holds.
        bool sameCount = false;
        // Otherwise what the write gave (nothing to write for 0 where no row is).
        Status written;
    };
    // Brings the group's stored count to `count` as one undoable, audited step: a row added for a group that
    // came, its count changed, or the row removed at 0. The error is a failure to read what is stored.
    static Result<Saved> save(Document& document, qint64 walkId, const QString& group, int count);
};

} // namespace lk
