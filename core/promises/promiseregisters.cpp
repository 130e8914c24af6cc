#include "promises/promiseregisters.h"

#include "police/policeregisters.h"
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

// The registers a target can be counted from; each register that can be counted adds itself here.
const QList<CodeOption> sourceCodes{
    {QStringLiteral("og_meetings"), QT_TRANSLATE_NOOP("lk::Codes", "Meetings of Operativa gruppen")},
    {QStringLiteral("visits"), QT_TRANSLATE_NOOP("lk::Codes", "Police visits")},
    {QStringLiteral("drug_operations"), QT_TRANSLATE_NOOP("lk::Codes", "Drug operations")},
    {QStringLiteral("traffic_controls"), QT_TRANSLATE_NOOP("lk::Codes", "Traffic controls")},
    {QStringLiteral("information_efforts"), QT_TRANSLATE_NOOP("lk::Codes", "Information efforts")},
    {QStringLiteral("inspections"), QT_TRANSLATE_NOOP("lk::Codes", "Tobacco inspections")},
    {QStringLiteral("test_purchases"), QT_TRANSLATE_NOOP("lk::Codes", "Test purchases")},
    {QStringLiteral("watch_events"), QT_TRANSLATE_NOOP("lk::Codes", "Neighbourhood-watch events")},
    {QStringLiteral("walks"), QT_TRANSLATE_NOOP("lk::Codes", "Safety walks")},
};

const QList<CodeOption> perCodes{
    {QStringLiteral("ar"), QT_TRANSLATE_NOOP("lk::Codes", "per year")},
    {QStringLiteral("termin"), QT_TRANSLATE_NOOP("lk::Codes", "per term")},
    {QStringLiteral("period"), QT_TRANSLATE_NOOP("lk::Codes", "per period")},
};

} // namespace

const QList<CodeOption>& PromiseRegisters::responsibleCodes() {
    return lk::responsibleCodes;
}

namespace {

// "Two visits per school and term": only visits are made to units; "four trainings a year": only
// neighbourhood-watch events have kinds to choose among.
Status targetCountsItsSource(const Record& record) {
    const QString source = record.value(QStringLiteral("source")).toString();
    if (record.value(QStringLiteral("each_unit")).isValid() && source != QStringLiteral("visits"))
        return Error{QCoreApplication::translate("lk::PromiseRegisters",
                                                 "“%1” is for targets counted from police visits.")
                         .arg(QCoreApplication::translate("lk::Fields", "For each unit of kind"))};
    if (record.value(QStringLiteral("only_kind")).isValid() && source != QStringLiteral("watch_events"))
        return Error{
            QCoreApplication::translate("lk::PromiseRegisters",
                                        "“%1” is for targets counted from neighbourhood-watch events.")
                .arg(QCoreApplication::translate("lk::Fields", "Only events of kind"))};
    return {};
}

Status periodDatesInOrder(const Record& record) {
    const QDate start = record.value(QStringLiteral("start_date")).toDate();
    const QDate end = record.value(QStringLiteral("end_date")).toDate();
    if (start.isValid() && end.isValid() && end < start)
        return Error{
            QCoreApplication::translate("lk::PromiseRegisters", "“%1” (%2) is before “%3” (%4).")
                .arg(QCoreApplication::translate("lk::Fields", "End date"), end.toString(Qt::ISODate),
                     QCoreApplication::translate("lk::Fields", "Start date"), start.toString(Qt::ISODate))};
    return {};
}

FieldSpec sortOrder() {
    return FieldSpec::integer(QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("lk::Fields", "Order"));
}

} // namespace

const RegisterSpec& PromiseRegisters::municipalities() {
    static const RegisterSpec spec{
        QStringLiteral("municipalities"),
        QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
        QT_TRANSLATE_NOOP("lk::Fields", "New municipality"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n municipality(s)"),
        {
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::text(QStringLiteral("police_area"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Local police area")),
        },
        QStringLiteral("name"),
        QStringLiteral("name"),
        {},
        {},
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::periods() {
    static const RegisterSpec spec{
        QStringLiteral("periods"),
        QT_TRANSLATE_NOOP("lk::Fields", "Period"),
        QT_TRANSLATE_NOOP("lk::Fields", "New period"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n period(s)"),
        {
            FieldSpec::reference(QStringLiteral("municipality_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                 QStringLiteral("municipalities"))
                .required(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("lk::Fields", "Start date"))
                .required(),
            FieldSpec::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("lk::Fields", "End date"))
                .required(),
        },
        QStringLiteral("name"),
        QStringLiteral("start_date"),
        {},
        periodDatesInOrder,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::focusAreas() {
    static const RegisterSpec spec{
        QStringLiteral("focus_areas"),
        QT_TRANSLATE_NOOP("lk::Fields", "Focus area"),
        QT_TRANSLATE_NOOP("lk::Fields", "New focus area"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n focus area(s)"),
        {
            FieldSpec::reference(QStringLiteral("period_id"), QT_TRANSLATE_NOOP("lk::Fields", "Period"),
                                 QStringLiteral("periods"))
                .required(),
            sortOrder(),
            FieldSpec::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("lk::Fields", "Title")).required(),
            FieldSpec::longText(QStringLiteral("situation"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Situation today (lägesbild)")),
        },
        QStringLiteral("title"),
        QStringLiteral("sort_order"),
        QStringLiteral("sort_order"),
        {},
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::promises() {
    static const RegisterSpec spec{
        QStringLiteral("promises"),
        QT_TRANSLATE_NOOP("lk::Fields", "Promise"),
        QT_TRANSLATE_NOOP("lk::Fields", "New promise"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n promise(s)"),
        {
            FieldSpec::reference(QStringLiteral("focus_area_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Focus area"), QStringLiteral("focus_areas"))
                .required(),
            sortOrder(),
            FieldSpec::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("lk::Fields", "Short title"))
                .required(),
            FieldSpec::longText(QStringLiteral("aim"), QT_TRANSLATE_NOOP("lk::Fields", "Aim")),
            FieldSpec::longText(QStringLiteral("text"), QT_TRANSLATE_NOOP("lk::Fields", "Promise"))
                .required(),
            FieldSpec::code(QStringLiteral("responsible"), QT_TRANSLATE_NOOP("lk::Fields", "Responsible"),
                            lk::responsibleCodes)
                .required(),
            FieldSpec::longText(QStringLiteral("report_text"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Text for the council report")),
        },
        QStringLiteral("title"),
        QStringLiteral("sort_order"),
        QStringLiteral("sort_order"),
        {},
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::targets() {
    static const RegisterSpec spec{
        QStringLiteral("targets"),
        QT_TRANSLATE_NOOP("lk::Fields", "Target"),
        QT_TRANSLATE_NOOP("lk::Fields", "New target"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n target(s)"),
        {
            FieldSpec::reference(QStringLiteral("promise_id"), QT_TRANSLATE_NOOP("lk::Fields", "Promise"),
                                 QStringLiteral("promises"))
                .required(),
            FieldSpec::text(QStringLiteral("counted"), QT_TRANSLATE_NOOP("lk::Fields", "What is counted"))
                .required(),
            FieldSpec::integer(QStringLiteral("quantity"), QT_TRANSLATE_NOOP("lk::Fields", "Number"), 0,
                               1000000)
                .required(),
            FieldSpec::code(QStringLiteral("per"), QT_TRANSLATE_NOOP("lk::Fields", "Per"), perCodes)
                .required(),
            FieldSpec::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("lk::Fields", "Unit")),
            FieldSpec::code(QStringLiteral("source"), QT_TRANSLATE_NOOP("lk::Fields", "Counted from"),
                            sourceCodes),
            FieldSpec::code(QStringLiteral("each_unit"),
                            QT_TRANSLATE_NOOP("lk::Fields", "For each unit of kind"),
                            PoliceRegisters::unitKinds()),
            FieldSpec::code(QStringLiteral("only_kind"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Only events of kind"),
                            WatchRegisters::eventKinds()),
        },
        QStringLiteral("counted"),
        QStringLiteral("counted"),
        {},
        targetCountsItsSource,
    };
    return spec;
}

const RegisterSpec& PromiseRegisters::statuses() {
    static const RegisterSpec spec{
        QStringLiteral("promise_statuses"),
        QT_TRANSLATE_NOOP("lk::Fields", "Status report"),
        QT_TRANSLATE_NOOP("lk::Fields", "New status report"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n status report(s)"),
        {
            FieldSpec::reference(QStringLiteral("promise_id"), QT_TRANSLATE_NOOP("lk::Fields", "Promise"),
                                 QStringLiteral("promises"))
                .required(),
            FieldSpec::date(QStringLiteral("reported_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date"))
                .required(),
            FieldSpec::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("lk::Fields", "Status"), statusCodes)
                .required(),
            FieldSpec::longText(QStringLiteral("comment"), QT_TRANSLATE_NOOP("lk::Fields", "Comment")),
        },
        QStringLiteral("reported_on"),
        QStringLiteral("reported_on DESC"),
        {},
        {},
    };
    return spec;
}

Result<QList<Record>> PromiseRegisters::promisesOf(const Repository& repository, qint64 periodId) {
    auto areas = repository.list(focusAreas(), QStringLiteral("period_id"), periodId);
    if (!areas)
        return areas.error();
    QList<Record> all;
    for (const Record& area : *areas) {
        auto inArea = repository.list(promises(), QStringLiteral("focus_area_id"), area.id);
        if (!inArea)
            return inArea.error();
        all << *inArea;
    }
    return all;
}

qint64 PromiseRegisters::municipalityOf(const Repository& repository, qint64 periodId) {
    auto period = repository.findById(periods(), periodId);
    return period && *period ? (*period)->value(QStringLiteral("municipality_id")).toLongLong() : 0;
}

Result<std::optional<Record>> PromiseRegisters::periodOfPromise(const Repository& repository,
                                                                qint64 promiseId) {
    auto promise = repository.findById(promises(), promiseId);
    if (!promise || !*promise)
        return promise ? Result<std::optional<Record>>(std::optional<Record>()) : promise.error();
    auto area =
        repository.findById(focusAreas(), (*promise)->value(QStringLiteral("focus_area_id")).toLongLong());
    if (!area || !*area)
        return area ? Result<std::optional<Record>>(std::optional<Record>()) : area.error();
    return repository.findById(periods(), (*area)->value(QStringLiteral("period_id")).toLongLong());
}

Result<std::optional<Record>> PromiseRegisters::periodAt(const Repository& repository, qint64 municipalityId,
                                                         const QDate& date) {
    auto all = repository.list(periods(), QStringLiteral("municipality_id"), municipalityId);
    if (!all)
        return all.error();
    std::optional<Record> found;
    for (const Record& period : *all) { // in start order
        if (period.value(QStringLiteral("start_date")).toDate() <= date &&
            date <= period.value(QStringLiteral("end_date")).toDate())
            found = period;
    }
    return found;
}

} // namespace lk
