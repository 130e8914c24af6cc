#include "watch/watchpage.h"

#include "common/activitytab.h"
#include "watch/areastab.h"
#include "watch/watchregisters.h"
#include "watch/watchtotalstab.h"

#include <QTabWidget>

namespace lk {

WatchPage::WatchPage(Document* document, QWidget* parent)
    : TabbedPage(document, parent) {}

void WatchPage::build() {
    m_areas = new AreasTab(document(), this);
    tabs()->addTab(m_areas, tr("&Areas"));
    m_events = new ActivityTab(document(), WatchRegisters::events(),
                               {watchEvents::heldOn, watchEvents::areaId, watchEvents::kind,
                                watchEvents::topic, watchEvents::participants},
                               watchEvents::topic, this);
    tabs()->addTab(m_events, tr("&Events"));
    m_totals = new WatchTotalsTab(document(), this);
    tabs()->addTab(m_totals, tr("&Totals"));
}

void WatchPage::applyPeriod() {
    m_areas->setScope(municipalityId());
    m_events->setScope(municipalityId(), periodId());
    m_totals->setScope(municipalityId(), periodId());
}

} // namespace lk
