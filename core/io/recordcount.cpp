#include "io/recordcount.h"

#include "db/sql.h"
#include "promises/promiseregisters.h"

namespace lk {

RecordCount::Scope RecordCount::scope(const RegisterSpec& spec, qint64 municipalityId) {
    if (municipalityId == 0)
        return {};
    return {spec.table == PromiseRegisters::municipalities().table
                ? QStringLiteral(" WHERE t.id = ?")
                : QStringLiteral(" WHERE ") + spec.municipalityCondition(),
            {municipalityId}};
}

Result<qint64> RecordCount::of(const Repository& repository, const QList<const RegisterSpec*>& registers,
                               qint64 municipalityId) {
    qint64 total = 0;
    for (const RegisterSpec* spec : registers) {
        const Scope kept = scope(*spec, municipalityId);
        auto count = sql::scalar(repository.database(),
                                 QStringLiteral("SELECT COUNT(*) FROM %1 t").arg(spec->table) + kept.where,
                                 kept.values);
        if (!count)
            return count.error();
        total += count->toLongLong();
    }
    return total;
}

} // namespace lk
