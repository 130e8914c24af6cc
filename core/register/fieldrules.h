// FieldRules: the checks across fields that several registers make, each with one wording.
#pragma once

#include "common/result.h"
#include "register/record.h"

namespace lk {

struct RegisterSpec;

class FieldRules {
public:
    // "“Closed on” (2021-03-01) is before “Opened on” (2021-04-01).": an error when both dates are given and
    // `later` lies before `earlier`; the fields are named by their labels in `spec`.
    static Status notBefore(const RegisterSpec& spec, const Record& record, const QString& later,
                            const QString& earlier);
};

} // namespace lk
