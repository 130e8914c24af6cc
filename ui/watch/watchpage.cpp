#include "watch/watchpage.h"

#include "common/activitytab.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "watch/areastab.h"
#include "watch/watchregisters.h"
#include "watch/watchtotalstab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lk {

WatchPage::WatchPage(Document* document, QWidget* parent)
    : Page(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void WatchPage::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    m_municipalityId = PromiseRegisters::municipalityOf(m_document->repository(), periodId);
    scopeTabs();
}

void WatchPage::showEvent(QShowEvent* event) {
    build();
    Page::showEvent(event);
}

void WatchPage::build() {
    // Built when first shown: the window opens on the promises, and quickly.
    if (m_areas)
        return;
    m_areas = new AreasTab(m_document, this);
    m_tabs->addTab(m_areas, tr("&Areas"));
    m_events = new ActivityTab(m_document, WatchRegisters::events(),
                               {QStringLiteral("held_on"), QStringLiteral("area_id"), QStringLiteral("kind"),
                                QStringLiteral("topic"), QStringLiteral("participants")},
                               QStringLiteral("topic"), this);
    m_tabs->addTab(m_events, tr("&Events"));
    m_totals = new WatchTotalsTab(m_document, this);
    m_tabs->addTab(m_totals, tr("&Totals"));
    scopeTabs();
}

void WatchPage::scopeTabs() {
    if (!m_areas)
        return;
    m_areas->setScope(m_municipalityId);
    m_events->setScope(m_municipalityId, m_periodId);
    m_totals->setScope(m_municipalityId, m_periodId);
}

} // namespace lk
