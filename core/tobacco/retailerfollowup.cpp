#include "tobacco/retailerfollowup.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "register/settings.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::RetailerFollowUp)
};

const QString monthsSetting = QStringLiteral("tobacco_inspection_months");
constexpr int defaultMonths = 12;

} // namespace

bool RetailerFollowUp::Due::late(const QDate& today) const {
    return !lastInspection.isValid() || nextInspection < today ||
           std::any_of(openFollowUps.cbegin(), openFollowUps.cend(), [&today](const Record& inspection) {
               return inspection.value(inspections::followUpOn).toDate() < today;
           });
}

Result<int> RetailerFollowUp::months(const Repository& repository) {
    return Settings(repository.database()).number(monthsSetting, defaultMonths);
}

Status RetailerFollowUp::setMonths(const Repository& repository, int months) {
    if (months < 1 || months > 60)
        return Error{Text::tr("The time between inspections must be between 1 and 60 months.")};
    return Settings(repository.database()).setValue(monthsSetting, QString::number(months));
}

Result<RetailerFollowUp::Due> RetailerFollowUp::ofRetailer(const Repository& repository,
                                                           const Record& retailer, const QDate& today) {
    auto every = months(repository);
    if (!every)
        return every.error();
    auto held = repository.list(TobaccoRegisters::inspections(), inspections::retailerId, retailer.id);
    if (!held)
        return held.error();
    Due due{retailer, {}, today, {}};
    // Listed newest first.
    if (!held->isEmpty()) {
        due.lastInspection = held->first().value(inspections::heldOn).toDate();
        due.nextInspection = due.lastInspection.addMonths(*every);
    }
    for (const Record& inspection : *held) {
        if (!inspection.value(inspections::followUpOn).isValid())
            continue;
        const QDate heldOn = inspection.value(inspections::heldOn).toDate();
        const bool answered = std::any_of(held->cbegin(), held->cend(), [&heldOn](const Record& later) {
            return later.value(inspections::kind).toString() == QStringLiteral("uppfoljning") &&
                   later.value(inspections::heldOn).toDate() > heldOn;
        });
        if (!answered)
            due.openFollowUps.prepend(inspection);
    }
    return due;
}

Result<QSet<qint64>> RetailerFollowUp::late(const Repository& repository, qint64 municipalityId,
                                            const QDate& today) {
    auto every = months(repository);
    if (!every)
        return every.error();
    // Never inspected, or the last inspection longer ago than the set time, or a follow-up past its date that
    // no later follow-up inspection answered.
    auto query = sql::run(
        repository.database(),
        QStringLiteral(
            "SELECT r.id FROM retailers r WHERE r.municipality_id = ? AND r.status = 'aktiv' AND ("
            "coalesce((SELECT date(max(i.held_on), ?) FROM inspections i WHERE i.retailer_id = r.id), ?) < ? "
            "OR EXISTS (SELECT 1 FROM inspections o WHERE o.retailer_id = r.id AND o.follow_up_on < ? AND "
            "NOT EXISTS (SELECT 1 FROM inspections f WHERE f.retailer_id = r.id AND f.kind = 'uppfoljning' "
            "AND f.held_on > o.held_on)))"),
        {municipalityId, QStringLiteral("+%1 months").arg(*every), isoDate(today.addDays(-1)), isoDate(today),
         isoDate(today)});
    if (!query)
        return query.error();
    QSet<qint64> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    return ids;
}

Result<QList<RetailerFollowUp::Due>> RetailerFollowUp::of(const Repository& repository, qint64 municipalityId,
                                                          const QDate& today) {
    auto listed = repository.list(TobaccoRegisters::retailers(), retailers::municipalityId, municipalityId);
    if (!listed)
        return listed.error();
    QList<Due> all;
    for (const Record& retailer : *listed) {
        if (retailer.value(retailers::status).toString() != QStringLiteral("aktiv"))
            continue;
        auto due = ofRetailer(repository, retailer, today);
        if (!due)
            return due.error();
        all.append(*due);
    }
    return all;
}

} // namespace lk
