#include "police/policepage.h"

#include "common/activitytab.h"
#include "common/newlinked.h"
#include "common/recorddialog.h"
#include "common/recordlistpanel.h"
#include "police/policeregisters.h"

#include <QTabWidget>

namespace lk {

PolicePage::PolicePage(Document* document, QWidget* parent)
    : TabbedPage(document, parent) {}

void PolicePage::build() {
    auto add = [this](const RegisterSpec& spec, const QStringList& columns, const QString& stretch,
                      const QString& title) {
        auto* tab = new ActivityTab(document(), spec, columns, stretch, this);
        m_activities.append(tab);
        tabs()->addTab(tab, title);
    };
    add(PoliceRegisters::visits(),
        {visits::visitedOn, visits::unitId, visits::purpose, visits::initiatedBy, visits::pupils,
         visits::staff, visits::topic},
        visits::topic, tr("&Visits"));
    // A visit to a school not in the list yet adds the school from the visit's own dialog.
    m_activities.first()->setDialogExtra([this](RecordDialog& dialog, const Record*) {
        offerNewLinked(dialog, document(), PoliceRegisters::units(),
                       {visits::unitId,
                        tr("New unit…"),
                        {units::name, units::kind, units::address},
                        {{units::kind, QStringLiteral("skola")}},
                        {{units::municipalityId, municipalityId()}}});
    });
    add(PoliceRegisters::drugOperations(),
        {drugOperations::heldOn, drugOperations::place, drugOperations::hours, drugOperations::personsChecked,
         drugOperations::reportsOwnUse, drugOperations::reportsSale, drugOperations::seizures},
        drugOperations::place, tr("&Drug operations"));
    add(PoliceRegisters::trafficControls(),
        {trafficControls::heldOn, trafficControls::place, trafficControls::minutes, trafficControls::focus,
         trafficControls::vehiclesChecked, trafficControls::breathTests},
        trafficControls::place, tr("&Traffic controls"));
    add(PoliceRegisters::informationEfforts(),
        {informationEfforts::heldOn, informationEfforts::channel, informationEfforts::topic,
         informationEfforts::responsible, informationEfforts::reach},
        informationEfforts::topic, tr("In&formation"));
    m_units = new RecordListPanel(document(), PoliceRegisters::units(),
                                  {units::name, units::kind, units::address}, this);
    m_units->setFilterVisible(true);
    m_units->setStretchColumn(units::address);
    m_units->setDialogSetup([](RecordDialog& dialog, const Record* stored) {
        if (!stored)
            dialog.enableSaveAndNew();
    });
    tabs()->addTab(m_units, tr("&Units visited"));
}

void PolicePage::applyPeriod() {
    for (ActivityTab* tab : std::as_const(m_activities))
        tab->setScope(municipalityId(), periodId());
    m_units->setParentRecord(units::municipalityId, municipalityId());
}

} // namespace lk
