// PromiseRegisters: the descriptions of municipalities, periods, focus areas, promises, targets and statuses.
#pragma once

#include "register/registerspec.h"
#include "register/repository.h"

namespace lk {

class PromiseRegisters {
public:
    static const RegisterSpec& municipalities();
    static const RegisterSpec& periods();
    static const RegisterSpec& focusAreas();
    static const RegisterSpec& promises();
    static const RegisterSpec& targets();
    static const RegisterSpec& statuses();
    // Who is responsible: the municipality, the police or both; information efforts use the same scale.
    static const QList<CodeOption>& responsibleCodes();

    // The promises of a period, focus area by focus area in the user's order.
    static Result<QList<Record>> promisesOf(const Repository& repository, qint64 periodId);
    // The municipality's period that a date falls in (the latest starting one when periods overlap).
    static Result<std::optional<Record>> periodAt(const Repository& repository, qint64 municipalityId,
                                                  const QDate& date);
    // The period a promise belongs to (nothing when the promise is gone).
    // The municipality a period belongs to; 0 when there is no such period (or it cannot be read).
    static qint64 municipalityOf(const Repository& repository, qint64 periodId);
    static Result<std::optional<Record>> periodOfPromise(const Repository& repository, qint64 promiseId);
};

} // namespace lk
