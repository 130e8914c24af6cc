#include "promises/periodcopier.h"

#include "promises/promiseregisters.h"

#include <QCoreApplication>
#include <QHash>

namespace lk {

namespace {

Record copyOf(Record record, qint64 id, const QString& parentField, qint64 parentId) {
    record.id = id;
    record.uuid.clear();
    record.updatedAt.clear();
    record.values.insert(parentField, parentId);
    return record;
}

} // namespace

Result<ChangeSet> PeriodCopier::copy(const Repository& repository, const QString& sourcePeriodUuid,
                                     const QString& name, const QDate& start, const QDate& end) {
    const auto& periods = PromiseRegisters::periods();
    const auto& areas = PromiseRegisters::focusAreas();
    const auto& promises = PromiseRegisters::promises();
    const auto& targets = PromiseRegisters::targets();

    auto source = repository.find(periods, sourcePeriodUuid);
    if (!source)
        return source.error();
    if (!*source)
        return Error{QCoreApplication::translate("lk::PeriodCopier", "The period to copy no longer exists.")};

    // Keys are handed out before the write, so that children can point at their new parents; the file has one
    // writer, so nothing else takes them meanwhile.
    QHash<const RegisterSpec*, qint64> nextKey;
    for (const RegisterSpec* spec : {&periods, &areas, &promises, &targets}) {
        auto next = repository.nextId(*spec);
        if (!next)
            return next.error();
        nextKey.insert(spec, *next);
    }
    auto take = [&nextKey](const RegisterSpec& spec) { return nextKey[&spec]++; };

    ChangeSet changes;
    Record period;
    period.id = take(periods);
    period.values = {{periods::municipalityId, (*source)->value(periods::municipalityId)},
                     {periods::name, name},
                     {periods::startDate, start},
                     {periods::endDate, end}};
    changes.insert(periods, period);

    auto areaList = repository.list(areas, focusAreas::periodId, (*source)->id);
    if (!areaList)
        return areaList.error();
    for (const Record& area : *areaList) {
        const Record newArea = copyOf(area, take(areas), focusAreas::periodId, period.id);
        changes.insert(areas, newArea);
        auto promiseList = repository.list(promises, promises::focusAreaId, area.id);
        if (!promiseList)
            return promiseList.error();
        for (const Record& promise : *promiseList) {
            const Record newPromise = copyOf(promise, take(promises), promises::focusAreaId, newArea.id);
            changes.insert(promises, newPromise);
            auto targetList = repository.list(targets, targets::promiseId, promise.id);
            if (!targetList)
                return targetList.error();
            for (const Record& target : *targetList)
                changes.insert(targets, copyOf(target, take(targets), targets::promiseId, newPromise.id));
        }
    }
    return changes;
}

} // namespace lk
