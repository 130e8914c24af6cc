// PeriodCopier: starts a new period from an earlier one: same focus areas, promises and targets, no statuses.
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/repository.h"

#include <QDate>

namespace lk {

class PeriodCopier {
public:
    // The change that creates the new period (in the source's municipality) with copies of its content.
    // The first row is the new period.
    static Result<ChangeSet> copy(const Repository& repository, const QString& sourcePeriodUuid,
                                  const QString& name, const QDate& start, const QDate& end);
};

} // namespace lk
