#include "register/registry.h"

#include "indicators/indicatorregisters.h"
#include "og/ogregisters.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
#include "register/namecheck.h"
#include "tobacco/tobaccoregisters.h"
#include "walks/walkregisters.h"
#include "watch/watchregisters.h"

namespace lk {

const QList<const RegisterSpec*>& Registry::all() {
    // A new register adds its specs here, after the registers it refers to.
    static const QList<const RegisterSpec*> registers{
        &PromiseRegisters::municipalities(),
        &PromiseRegisters::periods(),
        &PromiseRegisters::focusAreas(),
        &PromiseRegisters::promises(),
        &PromiseRegisters::targets(),
        &PromiseRegisters::statuses(),
        &OgRegisters::meetings(),
        &OgRegisters::attendance(),
        &OgRegisters::cases(),
        &OgRegisters::caseNotes(),
        &OgRegisters::actionItems(),
        &PoliceRegisters::units(),
        &PoliceRegisters::visits(),
        &PoliceRegisters::drugOperations(),
        &PoliceRegisters::trafficControls(),
        &PoliceRegisters::informationEfforts(),
        &TobaccoRegisters::retailers(),
        &TobaccoRegisters::checklistPoints(),
        &TobaccoRegisters::testPurchases(),
        &TobaccoRegisters::inspections(),
        &TobaccoRegisters::inspectionResults(),
        &WatchRegisters::areas(),
        &WatchRegisters::events(),
        &IndicatorRegisters::indicators(),
        &IndicatorRegisters::values(),
        &WalkRegisters::maps(),
        &WalkRegisters::places(),
        &WalkRegisters::placeAssessments(),
        &WalkRegisters::walks(),
        &WalkRegisters::participants(),
        &WalkRegisters::observations(),
    };
    return registers;
}

QStringList Registry::tables() {
    QStringList tables;
    for (const RegisterSpec* spec : all())
        tables << spec->table;
    return tables;
}

const QList<CodeOption>& Registry::countedSources() {
    static const QList<CodeOption> sources{
        {ogMeetings::table, QT_TRANSLATE_NOOP("lk::Codes", "Meetings of Operativa gruppen")},
        {visits::table, QT_TRANSLATE_NOOP("lk::Codes", "Police visits")},
        {drugOperations::table, QT_TRANSLATE_NOOP("lk::Codes", "Drug operations")},
        {trafficControls::table, QT_TRANSLATE_NOOP("lk::Codes", "Traffic controls")},
        {informationEfforts::table, QT_TRANSLATE_NOOP("lk::Codes", "Information efforts")},
        {inspections::table, QT_TRANSLATE_NOOP("lk::Codes", "Tobacco inspections")},
        {testPurchases::table, QT_TRANSLATE_NOOP("lk::Codes", "Test purchases")},
        {watchEvents::table, QT_TRANSLATE_NOOP("lk::Codes", "Neighbourhood-watch events")},
        {watchAreas::table, QT_TRANSLATE_NOOP("lk::Codes", "New neighbourhood-watch areas (by start date)")},
        {walks::table, QT_TRANSLATE_NOOP("lk::Codes", "Safety walks")},
    };
    return sources;
}

const RegisterSpec* Registry::named(const QString& table) {
    const RegisterSpec* spec = byTable(table);
    if (!spec)
        NameCheck::missedTable(table);
    return spec;
}

const RegisterSpec* Registry::byTable(const QString& table) {
    for (const RegisterSpec* spec : all()) {
        if (spec->table == table)
            return spec;
    }
    return nullptr;
}

} // namespace lk
