// CaseCodes: hands out the pseudonymous case codes of Operativa gruppen, OG-2021-001, OG-2021-002, … per
// year.
#pragma once

#include "common/result.h"
#include "register/repository.h"

namespace lk {

class CaseCodes {
public:
    // The code after the highest one of `year` the municipality has ever given (deleted cases included);
    // `skip` codes further on, for several new cases saved together.
    static Result<QString> next(const Repository& repository, qint64 municipalityId, int year, int skip = 0);
    static QString format(int year, int number);
};

} // namespace lk
