// Ordering: the user's manual order of records among their siblings (focus areas, promises), kept in a sort
// field.
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/repository.h"

namespace lk {

class Ordering {
public:
    // The change that swaps the record with its neighbour above (delta -1) or below (+1); empty at an end.
    static Result<ChangeSet> move(const Repository& repository, const RegisterSpec& spec, const QString& uuid,
                                  int delta);
    // The sort value that puts a new record last among the children of `parentId`.
    static Result<qint64> nextPosition(const Repository& repository, const RegisterSpec& spec,
                                       qint64 parentId);
};

} // namespace lk
