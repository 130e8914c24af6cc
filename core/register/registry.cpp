#include "register/registry.h"

#include "indicators/indicatorregisters.h"
#include "og/ogregisters.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
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

const RegisterSpec* Registry::byTable(const QString& table) {
    for (const RegisterSpec* spec : all()) {
        if (spec->table == table)
            return spec;
    }
    return nullptr;
}

} // namespace lk
