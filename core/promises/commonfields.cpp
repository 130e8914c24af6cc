#include "promises/commonfields.h"

#include "promises/promiseregisters.h"

namespace lk {

FieldSpec CommonFields::municipality() {
    return FieldSpec::reference(common::municipalityId, QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                municipalities::table)
        .required();
}

FieldSpec CommonFields::countsFor() {
    return FieldSpec::link(common::promiseId, QT_TRANSLATE_NOOP("lk::Fields", "Counts for promise"),
                           promises::table);
}

} // namespace lk
