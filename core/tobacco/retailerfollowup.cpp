#include "tobacco/retailerfollowup.h"

#include "common/isodate.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "register/settings.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>
#include <QHash>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::RetailerFollowUp)
};

const QString monthsSetting = QStringLiteral("tobacco_inspection_months");
constexpr int defaultMonths = 12;

// SQL over the retailer `alias`, with its bound values, written once for the list's columns and late().
struct DueSql {
    QString alias;
    int months = defaultMonths;
    QDate today;
    Engine engine = Engine::Sqlite;

    QString lastInspection() const {
        return QStringLiteral("(SELECT max(i.held_on) FROM inspections i WHERE i.retailer_id = %1.id)")
            .arg(alias);
    }
    // The last inspection plus the set time; NULL when never inspected.
    QString nextRegular() const { return Dialect::datePlusMonths(engine, lastInspection(), months); }
    // The earliest follow-up date that no later follow-up inspection answered; NULL when none is open.
    QString openFollowUp() const {
        return QStringLiteral(
                   "(SELECT min(o.follow_up_on) FROM inspections o WHERE o.retailer_id = %1.id AND "
                   "o.follow_up_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM inspections f WHERE "
                   "f.retailer_id = %1.id AND f.kind = 'uppfoljning' AND f.held_on > o.held_on))")
            .arg(alias);
    }
    // Due::nextDue: the earlier of the two, today when never inspected; NULL when no longer active. SQLite's
    // min() of a NULL is NULL, so each side stands in for the other when it is missing.
    QString nextDue(QVariantList& values) const {
        const QString regularFirst = QStringLiteral("coalesce(%1, %2)").arg(nextRegular(), openFollowUp());
        const QString followUpFirst = QStringLiteral("coalesce(%1, %2)").arg(openFollowUp(), nextRegular());
        values << isoDate(today);
        return QStringLiteral("CASE WHEN %1.status <> 'aktiv' THEN NULL ELSE coalesce(%2, ?) END")
            .arg(alias, Dialect::least(engine, regularFirst, followUpFirst));
    }
    // Due::late in words: never inspected, past its next due date, or neither.
    QString standing(QVariantList& values) const {
        QString sql = QStringLiteral("CASE WHEN %1.status <> 'aktiv' THEN NULL WHEN %2 IS NULL THEN ? WHEN ")
                          .arg(alias, lastInspection());
        values << retailerDue::never.toString();
        sql += nextDue(values) + QStringLiteral(" < ? THEN ? ELSE ? END");
        values << isoDate(today) << retailerDue::overdue.toString() << retailerDue::onTime.toString();
        return sql;
    }
};

} // namespace

QDate RetailerFollowUp::Due::nextDue() const {
    QDate when = nextInspection;
    for (const Record& inspection : openFollowUps)
        when = std::min(when, inspection.value(inspections::followUpOn).toDate());
    return when;
}

Result<QList<ComputedColumn>> RetailerFollowUp::columns(const Repository& repository, const QDate& today) {
    auto every = months(repository);
    if (!every)
        return every.error();
    const DueSql due{QStringLiteral("t"), *every, today, engineOf(repository.database())};
    const QStringList reads{TobaccoRegisters::inspections().table};
    ComputedColumn next{
        FieldSpec::date(retailerDue::nextInspection, QT_TRANSLATE_NOOP("lk::Fields", "Next inspection"))
            .withHelp(QT_TRANSLATE_NOOP("lk::Fields",
                                        "When the retailer is next due: the last inspection plus the time "
                                        "between inspections, or an open follow-up's date when that is "
                                        "earlier; today when never inspected."))
            .readOnly(),
        {},
        {},
        reads};
    next.expression = due.nextDue(next.values);
    ComputedColumn standing{
        FieldSpec::code(retailerDue::standing, QT_TRANSLATE_NOOP("lk::Fields", "Inspection status"),
                        {{retailerDue::never, QT_TRANSLATE_NOOP("lk::Codes", "Never inspected: due now")},
                         {retailerDue::overdue, QT_TRANSLATE_NOOP("lk::Codes", "Overdue")},
                         {retailerDue::onTime, QT_TRANSLATE_NOOP("lk::Codes", "On time")}})
            .readOnly(),
        {},
        {},
        reads};
    standing.expression = due.standing(standing.values);
    return QList<ComputedColumn>{next, standing};
}

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
    return dueOf(retailer, *held, *every, today);
}

RetailerFollowUp::Due RetailerFollowUp::dueOf(const Record& retailer, const QList<Record>& held, int every,
                                              const QDate& today) {
    Due due{retailer, {}, today, {}};
    // Listed newest first.
    if (!held.isEmpty()) {
        due.lastInspection = held.first().value(inspections::heldOn).toDate();
        due.nextInspection = due.lastInspection.addMonths(every);
    }
    for (const Record& inspection : held) {
        if (!inspection.value(inspections::followUpOn).isValid())
            continue;
        const QDate heldOn = inspection.value(inspections::heldOn).toDate();
        const bool answered = std::any_of(held.cbegin(), held.cend(), [&heldOn](const Record& later) {
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
    // no later follow-up inspection answered: the standing the list shows, in the same SQL.
    const DueSql due{QStringLiteral("r"), *every, today, engineOf(repository.database())};
    QVariantList values{municipalityId};
    QString statement = QStringLiteral("SELECT r.id FROM retailers r WHERE r.municipality_id = ? AND ");
    statement += due.standing(values) + QStringLiteral(" <> ?");
    values << retailerDue::onTime.toString();
    auto query = sql::run(repository.database(), statement, values);
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
    auto every = months(repository);
    if (!every)
        return every.error();
    // The municipality's inspections in one read, in the register's order, shared out by retailer: a read
    // and a look at the setting for each retailer were most of Att göra's badge at start-up (a region's
    // municipality has a hundred retailers).
    auto inspected = repository.listOfMunicipality(TobaccoRegisters::inspections(), municipalityId);
    if (!inspected)
        return inspected.error();
    QHash<qint64, QList<Record>> held;
    for (const Record& inspection : std::as_const(*inspected))
        held[inspection.value(inspections::retailerId).toLongLong()].append(inspection);
    QList<Due> all;
    for (const Record& retailer : std::as_const(*listed)) {
        if (retailer.value(retailers::status).toString() != QStringLiteral("aktiv"))
            continue;
        all.append(dueOf(retailer, held.value(retailer.id), *every, today));
    }
    return all;
}

} // namespace lk
