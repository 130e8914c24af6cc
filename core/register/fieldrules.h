// FieldRules: the checks across fields that several registers make, each with one wording.
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/record.h"

#include <QDate>

namespace lk {

class Repository;
struct RegisterSpec;

class FieldRules {
public:
    // "“Closed on” (2021-03-01) is before “Opened on” (2021-04-01).": an error when both dates are given and
    // `later` lies before `earlier`; the fields are named by their labels in `spec`, and the error is about
    // `later`.
    static Status notBefore(const RegisterSpec& spec, const Record& record, const QString& later,
                            const QString& earlier);
    // RegisterSpec::notBeforeOwner for a row the user enters or changes (`before` is the stored row, or
    // nothing for a new one): a date given or changed may not lie before its owner's date ("“Due”
    // (2026-01-15) is before the meeting's date (2027-01-10)."). The owner is found in `pending` first (a new
    // meeting saved with its actions), then in the file. A date left as it was is not held to it.
    static Status notBeforeOwner(const Repository& repository, const RegisterSpec& spec,
                                 const std::optional<Record>& before, const Record& after,
                                 const ChangeSet& pending);
};

} // namespace lk
