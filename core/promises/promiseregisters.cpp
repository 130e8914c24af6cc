#include "promises/promiseregisters.h"

#include "db/sql.h"
#include "police/policeregisters.h"
#include "register/fieldrules.h"
#include "register/registry.h"
#include "watch/watchregisters.h"

#include <QCoreApplication>
#include <QDate>

namespace lk {

namespace {

const QList<CodeOption> responsibleCodes{
    {QStringLiteral("kommunen"), QT_TRANSLATE_NOOP("lk::Codes", "Municipality")},
    {QStringLiteral("polisen"), QT_TRANSLATE_NOOP("lk::Codes", "Police")},
    {QStringLiteral("samverkan"), QT_TRANSLATE_NOOP("lk::Codes", "Jointly")},
};

// The scale Swedish municipalities use for activities.
const QList<CodeOption> statusCodes{
    {QStringLiteral("ej_paborjad"), QT_TRANSLATE_NOOP("lk::Codes", "Not started")},
    {QStringLiteral("paborjad"), QT_TRANSLATE_NOOP("lk::Codes", "Started")},
    {QStringLiteral("genomford"), QT_TRANSLATE_NOOP("lk::Codes", "Done")},
    {QStringLiteral("forsenad"), QT_TRANSLATE_NOOP("lk::Codes", "Delayed")},
    {QStringLiteral("avford"), QT_TRANSLATE_NOOP("lk::Codes", "Dropped")},
};

const QList<CodeOption> perCodes{
    {QStringLiteral("ar"), QT_TRANSLATE_NOOP("lk::Codes", "per year")},
    {QStringLiteral("termin"), QT_TRANSLATE_NOOP("lk::Codes", "per term")},
    // The council's follow-up: T1 January–April, T2 May–August, T3 September–December.
    {QStringLiteral("tertial"), QT_TRANSLATE_NOOP("lk::Codes", "per tertial")},
    {QStringLiteral("period"), QT_TRANSLATE_NOOP("lk::Codes", "per period")},
};

} // namespace

const QList<CodeOption>& PromiseRegisters::responsibleCodes() {
    return lk::responsibleCodes;
}

namespace {

// "Two visits per school and term": only visits are made to units; "four trainings a year": only
// neighbourhood-watch events have kinds to choose among.
Status targetCountsItsSource(const RegisterSpec& spec, const Record& record) {
    const QString source = record.value(targets::source).toString();
    if (record.value(targets::eachUnit).isValid() && source != visits::table)
        return Error{QCoreApplication::translate("lk::PromiseRegisters",
                                                 "“%1” is for targets counted from police visits.")
                         .arg(spec.labelOf(targets::eachUnit))};
    if (record.value(targets::onlyKind).isValid() && source != watchEvents::table)
        return Error{
            QCoreApplication::translate("lk::PromiseRegisters",
                                        "“%1” is for targets counted from neighbourhood-watch events.")
                .arg(spec.labelOf(targets::onlyKind))};
    return {};
}

Status periodDatesInOrder(const RegisterSpec& spec, const Record& record) {
    return FieldRules::notBefore(spec, record, periods::endDate, periods::startDate);
}

FieldSpec sortOrder(const QString& name) {
    return FieldSpec::integer(name, QT_TRANSLATE_NOOP("lk::Fields", "Order"));
}

} // namespace

const RegisterSpec& PromiseRegisters::municipalities() {
    static const RegisterSpec spec{
        .table = municipalities::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New municipality"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n municipality(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Municipalities"),
        .fields =
            {
                FieldSpec::text(municipalities::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::text(municipalities::policeArea,
                                QT_TRANSLATE_NOOP("lk::Fields", "Local police area")),
                FieldSpec::text(municipalities::reportSender,
                                QT_TRANSLATE_NOOP("lk::Fields", "Sender of the council report")),
                FieldSpec::text(municipalities::publicContact,
                                QT_TRANSLATE_NOOP("lk::Fields", "Contact for the public")),
                FieldSpec::text(municipalities::reportUrl,
                                QT_TRANSLATE_NOOP("lk::Fields", "Address of the published report")),
            },
        .displayField = municipalities::name,
        .orderBy = municipalities::name,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::periods() {
    static const RegisterSpec spec{
        .table = periods::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Period"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New period"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n period(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Periods"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(periods::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::date(periods::startDate, QT_TRANSLATE_NOOP("lk::Fields", "Start date")).required(),
                FieldSpec::date(periods::endDate, QT_TRANSLATE_NOOP("lk::Fields", "End date")).required(),
            },
        .displayField = periods::name,
        .orderBy = periods::startDate,
        .rule = periodDatesInOrder,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::focusAreas() {
    static const RegisterSpec spec{
        .table = focusAreas::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Focus area"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New focus area"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n focus area(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Focus areas"),
        .fields =
            {
                FieldSpec::reference(focusAreas::periodId, QT_TRANSLATE_NOOP("lk::Fields", "Period"),
                                     periods::table)
                    .required(),
                sortOrder(focusAreas::sortOrder),
                FieldSpec::text(focusAreas::title, QT_TRANSLATE_NOOP("lk::Fields", "Title")).required(),
                FieldSpec::longText(focusAreas::situation,
                                    QT_TRANSLATE_NOOP("lk::Fields", "Situation today (lägesbild)")),
            },
        .displayField = focusAreas::title,
        .orderBy = focusAreas::sortOrder,
        .sortField = focusAreas::sortOrder,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::promises() {
    static const RegisterSpec spec{
        .table = promises::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Promise"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New promise"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n promise(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Promises"),
        .fields =
            {
                FieldSpec::reference(promises::focusAreaId, QT_TRANSLATE_NOOP("lk::Fields", "Focus area"),
                                     focusAreas::table)
                    .required(),
                sortOrder(promises::sortOrder),
                FieldSpec::text(promises::title, QT_TRANSLATE_NOOP("lk::Fields", "Short title")).required(),
                FieldSpec::longText(promises::aim, QT_TRANSLATE_NOOP("lk::Fields", "Aim")),
                FieldSpec::longText(promises::text, QT_TRANSLATE_NOOP("lk::Fields", "Promise")).required(),
                FieldSpec::code(promises::responsible, QT_TRANSLATE_NOOP("lk::Fields", "Responsible"),
                                lk::responsibleCodes)
                    .required(),
                FieldSpec::longText(promises::reportText,
                                    QT_TRANSLATE_NOOP("lk::Fields", "Text for the council report")),
                FieldSpec::longText(promises::nextSteps, QT_TRANSLATE_NOOP("lk::Fields", "Next steps")),
            },
        .displayField = promises::title,
        .orderBy = promises::sortOrder,
        .sortField = promises::sortOrder,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::targets() {
    static const RegisterSpec spec{
        .table = targets::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Target"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New target"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n target(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Targets"),
        .fields =
            {
                FieldSpec::reference(targets::promiseId, QT_TRANSLATE_NOOP("lk::Fields", "Promise"),
                                     promises::table)
                    .required(),
                FieldSpec::text(targets::counted, QT_TRANSLATE_NOOP("lk::Fields", "What is counted"))
                    .required(),
                FieldSpec::integer(targets::quantity, QT_TRANSLATE_NOOP("lk::Fields", "Number"), 0, 1000000)
                    .required()
                    .doubtfulWhenZero(),
                FieldSpec::code(targets::per, QT_TRANSLATE_NOOP("lk::Fields", "Per"), perCodes).required(),
                FieldSpec::text(targets::unit, QT_TRANSLATE_NOOP("lk::Fields", "Unit")),
                FieldSpec::code(targets::source, QT_TRANSLATE_NOOP("lk::Fields", "Counted from"),
                                Registry::countedSources()),
                FieldSpec::code(targets::eachUnit, QT_TRANSLATE_NOOP("lk::Fields", "For each unit of kind"),
                                PoliceRegisters::unitKinds()),
                FieldSpec::code(targets::onlyKind, QT_TRANSLATE_NOOP("lk::Fields", "Only events of kind"),
                                WatchRegisters::eventKinds()),
                FieldSpec::months(targets::months, QT_TRANSLATE_NOOP("lk::Fields", "When in the year"))
                    .withHelp(QT_TRANSLATE_NOOP(
                        "lk::Fields",
                        "The months the work is done in. What is planned by a date follows them: 1 a year "
                        "in November is 0 planned by the end of October and 1 by the end of November. For "
                        "work due by a date, choose the months from the start of the year (or term, or "
                        "tertial) up to it: due by the end of March is January to March. None chosen: the "
                        "work is spread evenly over every month.")),
            },
        .displayField = targets::counted,
        .orderBy = targets::counted,
        .rule = targetCountsItsSource,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::statuses() {
    static const RegisterSpec spec{
        .table = promiseStatuses::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Status report"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New status report"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n status report(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Status reports"),
        .fields =
            {
                FieldSpec::reference(promiseStatuses::promiseId, QT_TRANSLATE_NOOP("lk::Fields", "Promise"),
                                     promises::table)
                    .required(),
                FieldSpec::date(promiseStatuses::reportedOn, QT_TRANSLATE_NOOP("lk::Fields", "Date"))
                    .required(),
                FieldSpec::code(promiseStatuses::status, QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                                statusCodes)
                    .required(),
                FieldSpec::longText(promiseStatuses::comment, QT_TRANSLATE_NOOP("lk::Fields", "Comment")),
            },
        .displayField = promiseStatuses::reportedOn,
        .orderBy = QStringLiteral("reported_on DESC"),
    };
    return spec;
}

Result<QList<Record>> PromiseRegisters::promisesOf(const Repository& repository, qint64 periodId) {
    auto areas = repository.list(focusAreas(), focusAreas::periodId, periodId);
    if (!areas)
        return areas.error();
    QList<Record> all;
    for (const Record& area : *areas) {
        auto inArea = repository.list(promises(), promises::focusAreaId, area.id);
        if (!inArea)
            return inArea.error();
        all << *inArea;
    }
    return all;
}

Result<int> PromiseRegisters::promiseCount(const Repository& repository, qint64 periodId) {
    auto count = sql::scalar(repository.database(),
                             QStringLiteral("SELECT count(*) FROM promises p JOIN focus_areas f ON f.id = "
                                            "p.focus_area_id WHERE f.period_id = ?"),
                             {periodId});
    if (!count)
        return count.error();
    return count->toInt();
}

qint64 PromiseRegisters::municipalityOf(const Repository& repository, qint64 periodId) {
    auto period = repository.findById(periods(), periodId);
    return period && *period ? (*period)->value(common::municipalityId).toLongLong() : 0;
}

Result<std::optional<Record>> PromiseRegisters::periodOfPromise(const Repository& repository,
                                                                qint64 promiseId) {
    auto promise = repository.findById(promises(), promiseId);
    if (!promise || !*promise)
        return promise ? Result<std::optional<Record>>(std::optional<Record>()) : promise.error();
    auto area = repository.findById(focusAreas(), (*promise)->value(promises::focusAreaId).toLongLong());
    if (!area || !*area)
        return area ? Result<std::optional<Record>>(std::optional<Record>()) : area.error();
    return repository.findById(periods(), (*area)->value(focusAreas::periodId).toLongLong());
}

Result<std::optional<Record>> PromiseRegisters::periodAt(const Repository& repository, qint64 municipalityId,
                                                         const QDate& date) {
    auto all = repository.list(periods(), common::municipalityId, municipalityId);
    if (!all)
        return all.error();
    std::optional<Record> found;
    for (const Record& period : *all) { // in start order
        if (period.value(periods::startDate).toDate() <= date &&
            date <= period.value(periods::endDate).toDate())
            found = period;
    }
    return found;
}

} // namespace lk
