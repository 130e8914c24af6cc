#include "tobacco/compliance.h"

#include "common/isodate.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Compliance)
};

double share(int part, int whole) {
    return whole > 0 ? 100.0 * part / whole : -1;
}

} // namespace

double Compliance::Slice::idAskedShare() const {
    return share(idAsked, purchases);
}

double Compliance::Slice::withoutDeficiencyShare() const {
    return share(withoutDeficiency, inspections);
}

Result<QList<Compliance::Slice>> Compliance::of(const Repository& repository, qint64 municipalityId,
                                                const QDate& from, const QDate& to, Step step) {
    const int months = step == Step::Year ? 12 : 6;
    QList<Slice> slices;
    for (QDate start(from.year(), step == Step::HalfYear && from.month() > 6 ? 7 : 1, 1); start <= to;
         start = start.addMonths(months)) {
        Slice slice;
        // Cut to the dates: a report up to August counts no inspection of the autumn after it.
        slice.from = std::max(start, from);
        slice.to = std::min(start.addMonths(months).addDays(-1), to);
        slice.label = step == Step::Year   ? QString::number(start.year())
                      : start.month() == 1 ? Text::tr("Jan–Jun %1").arg(start.year())
                                           : Text::tr("Jul–Dec %1").arg(start.year());
        auto purchases =
            sql::run(repository.database(),
                     QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN p.outcome IN ('fragade_leg', "
                                    "'nekade') THEN 1 ELSE 0 END), 0) "
                                    "FROM test_purchases p JOIN retailers r ON r.id = p.retailer_id "
                                    "WHERE r.municipality_id = ? AND p.made_on BETWEEN ? AND ?"),
                     {municipalityId, isoDate(slice.from), isoDate(slice.to)});
        if (!purchases)
            return purchases.error();
        if (purchases->next()) {
            slice.purchases = purchases->value(0).toInt();
            slice.idAsked = purchases->value(1).toInt();
        }
        auto inspections = sql::run(
            repository.database(),
            QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN NOT EXISTS (SELECT 1 FROM "
                           "inspection_results x WHERE "
                           "x.inspection_id = i.id AND x.result = 'brist') THEN 1 ELSE 0 END), 0) FROM "
                           "inspections i JOIN retailers r ON "
                           "r.id = i.retailer_id WHERE r.municipality_id = ? AND i.held_on BETWEEN ? AND ?"),
            {municipalityId, isoDate(slice.from), isoDate(slice.to)});
        if (!inspections)
            return inspections.error();
        if (inspections->next()) {
            slice.inspections = inspections->value(0).toInt();
            slice.withoutDeficiency = inspections->value(1).toInt();
        }
        slices.append(slice);
    }
    return slices;
}

} // namespace lk
