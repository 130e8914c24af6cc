// CommonFields: the two fields that many registers share, described once: the municipality a record belongs
// to, and the promise an activity counts for (their names are in register/commonnames.h).
#pragma once

#include "register/commonnames.h"
#include "register/fieldspec.h"

namespace lk {

class CommonFields {
public:
    // The municipality that owns the record (deleting the municipality deletes it).
    static FieldSpec municipality();
    // The promise an activity counts for, when its date lies in the promise's period (a link: deleting the
    // promise leaves the activity).
    static FieldSpec countsFor();
};

} // namespace lk
