#include "register/fieldrules.h"

#include "common/isodate.h"
#include "register/registerspec.h"

#include <QCoreApplication>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::FieldRules)
};
} // namespace

Status FieldRules::notBefore(const RegisterSpec& spec, const Record& record, const QString& later,
                             const QString& earlier) {
    const QDate laterDate = record.value(later).toDate();
    const QDate earlierDate = record.value(earlier).toDate();
    if (laterDate.isValid() && earlierDate.isValid() && laterDate < earlierDate)
        return Error{
            Text::tr("“%1” (%2) is before “%3” (%4).")
                .arg(spec.labelOf(later), isoDate(laterDate), spec.labelOf(earlier), isoDate(earlierDate))};
    return {};
}

} // namespace lk
