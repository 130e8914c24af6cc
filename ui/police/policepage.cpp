#include "police/policepage.h"

#include "common/activitytab.h"
#include "common/recorddialog.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lk {

PolicePage::PolicePage(Document* document, QWidget* parent)
    : Page(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void PolicePage::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    m_municipalityId = PromiseRegisters::municipalityOf(m_document->repository(), periodId);
    scopeTabs();
}

void PolicePage::showEvent(QShowEvent* event) {
    build();
    Page::showEvent(event);
}

void PolicePage::build() {
    // Built when first shown: the window opens on the promises, and quickly.
    if (m_units)
        return;
    auto add = [this](const RegisterSpec& spec, const QStringList& columns, const QString& stretch,
                      const QString& title) {
        auto* tab = new ActivityTab(m_document, spec, columns, stretch, this);
        m_activities.append(tab);
        m_tabs->addTab(tab, title);
    };
    add(PoliceRegisters::visits(),
        {QStringLiteral("visited_on"), QStringLiteral("unit_id"), QStringLiteral("purpose"),
         QStringLiteral("initiated_by"), QStringLiteral("pupils"), QStringLiteral("staff"),
         QStringLiteral("topic")},
        QStringLiteral("topic"), tr("&Visits"));
    add(PoliceRegisters::drugOperations(),
        {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("hours"),
         QStringLiteral("persons_checked"), QStringLiteral("reports_own_use"), QStringLiteral("reports_sale"),
         QStringLiteral("seizures")},
        QStringLiteral("place"), tr("&Drug operations"));
    add(PoliceRegisters::trafficControls(),
        {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("minutes"),
         QStringLiteral("focus"), QStringLiteral("vehicles_checked"), QStringLiteral("breath_tests")},
        QStringLiteral("place"), tr("&Traffic controls"));
    add(PoliceRegisters::informationEfforts(),
        {QStringLiteral("held_on"), QStringLiteral("channel"), QStringLiteral("topic"),
         QStringLiteral("responsible"), QStringLiteral("reach")},
        QStringLiteral("topic"), tr("In&formation"));
    m_units = new RecordListPanel(m_document, PoliceRegisters::units(),
                                  {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("address")},
                                  this);
    m_units->setFilterVisible(true);
    m_units->setStretchColumn(QStringLiteral("address"));
    m_units->setDialogSetup([](RecordDialog& dialog, const Record* stored) {
        if (!stored)
            dialog.enableSaveAndNew();
    });
    m_tabs->addTab(m_units, tr("&Units visited"));
    scopeTabs();
}

void PolicePage::scopeTabs() {
    if (!m_units)
        return;
    for (ActivityTab* tab : std::as_const(m_activities))
        tab->setScope(m_municipalityId, m_periodId);
    m_units->setParentRecord(QStringLiteral("municipality_id"), m_municipalityId);
}

} // namespace lk
