#include "promises/countsfor.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>

namespace lk {

qint64 CountsFor::Choices::defaultOn(const QDate& date) const {
    return countingPromise > 0 && start <= date && date <= end ? countingPromise : 0;
}

Result<CountsFor::Choices> CountsFor::choices(const Repository& repository, const RegisterSpec& spec,
                                              qint64 municipalityId, const QDate& date, qint64 linkedPromise,
                                              qint64 fallbackPeriod) {
    Choices choices;
    choices.periodId = fallbackPeriod;
    if (auto own = PromiseRegisters::periodOfPromise(repository, linkedPromise); own && *own)
        choices.periodId = (*own)->id;
    else if (auto dated = PromiseRegisters::periodAt(repository, municipalityId, date); dated && *dated)
        choices.periodId = (*dated)->id;
    auto period = repository.findById(PromiseRegisters::periods(), choices.periodId);
    if (!period)
        return period.error();
    if (*period) {
        choices.start = (*period)->value(periods::startDate).toDate();
        choices.end = (*period)->value(periods::endDate).toDate();
    }
    auto promises = PromiseRegisters::promisesOf(repository, choices.periodId);
    if (!promises)
        return promises.error();
    for (const Record& promise : *promises)
        choices.promises.append({promise.value(promises::title).toString(), promise.id});
    auto counting = countingPromise(repository, choices.periodId, spec.table);
    if (!counting)
        return counting.error();
    choices.countingPromise = *counting;
    return choices;
}

Result<qint64> CountsFor::countingPromise(const Repository& repository, qint64 periodId,
                                          const QString& table) {
    auto promise =
        sql::scalar(repository.database(),
                    QStringLiteral("SELECT t.promise_id FROM targets t JOIN promises p ON p.id = "
                                   "t.promise_id JOIN focus_areas f ON f.id = p.focus_area_id WHERE "
                                   "f.period_id = ? AND t.source = ? ORDER BY t.id LIMIT 1"),
                    {periodId, table});
    if (!promise)
        return promise.error();
    return promise->isValid() ? promise->toLongLong() : qint64(0);
}

Status CountsFor::check(const Repository& repository, const RegisterSpec& spec, const Record& record) {
    const QVariant promise = record.value(common::promiseId);
    if (spec.dateField.isEmpty() || !spec.findField(common::promiseId) || !promise.isValid() ||
        promise.toLongLong() <= 0)
        return {};
    auto period = PromiseRegisters::periodOfPromise(repository, promise.toLongLong());
    if (!period)
        return period.error();
    const QDate date = record.value(spec.dateField).toDate();
    if (!*period || !date.isValid())
        return {};
    const QDate start = (*period)->value(periods::startDate).toDate();
    const QDate end = (*period)->value(periods::endDate).toDate();
    if (start <= date && date <= end)
        return {};
    return Error{
        QCoreApplication::translate("lk::CountsFor",
                                    "The date (%1) is outside the period %2 (%3 – %4) of the promise "
                                    "it counts for. Choose a promise of that period, or none.")
            .arg(isoDate(date), (*period)->value(periods::name).toString(), isoDate(start), isoDate(end))};
}

} // namespace lk
