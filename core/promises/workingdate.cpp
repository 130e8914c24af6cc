#include "promises/workingdate.h"

#include "promises/promiseregisters.h"

namespace lk {

QDate WorkingDate::in(const QDate& start, const QDate& end, const QDate& today) {
    if (start.isValid() && today < start)
        return start;
    if (end.isValid() && today > end)
        return end;
    return today;
}

QDate WorkingDate::ofPeriod(const Repository& repository, qint64 periodId, const QDate& today) {
    auto period = repository.findById(PromiseRegisters::periods(), periodId);
    if (!period || !*period)
        return today;
    return in((*period)->value(periods::startDate).toDate(), (*period)->value(periods::endDate).toDate(),
              today);
}

} // namespace lk
