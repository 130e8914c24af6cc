#include "walks/walkspage.h"

#include "common/recorddialog.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "walks/maptab.h"
#include "walks/placestab.h"
#include "walks/situationtab.h"
#include "walks/walkactionstab.h"
#include "walks/walkfollowup.h"
#include "walks/walkregisters.h"
#include "walks/walkstab.h"

#include <QDate>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lk {

WalksPage::WalksPage(Document* document, QWidget* parent)
    : Page(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WalkRegisters::observations().table) ||
            tables.contains(WalkRegisters::walks().table))
            refreshBadge();
    });
}

void WalksPage::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    m_municipalityId = PromiseRegisters::municipalityOf(m_document->repository(), periodId);
    scopeTabs();
    refreshBadge();
}

void WalksPage::showEvent(QShowEvent* event) {
    build();
    Page::showEvent(event);
}

void WalksPage::build() {
    // Built when first shown: the window opens on the overview, and quickly.
    if (m_walks)
        return;
    m_walks = new WalksTab(m_document, this);
    m_places = new PlacesTab(m_document, this);
    m_situation = new SituationTab(m_document, this);
    m_actions = new WalkActionsTab(m_document, this);
    m_map = new MapTab(m_document, this);
    m_tabs->addTab(m_walks, tr("&Walks"));
    m_tabs->addTab(m_places, tr("&Places"));
    m_tabs->addTab(m_situation, tr("&Lägesbild"));
    m_tabs->addTab(m_actions, tr("&Actions"));
    m_tabs->addTab(m_map, tr("&Map"));
    // The map follows the walk chosen on the first tab; a place's pin opens the place in its register.
    connect(m_walks, &WalksTab::walkChosen, m_map, &MapTab::setWalk);
    m_map->setOpener([this](const QString& table, qint64 id) {
        if (table == WalkRegisters::places().table) {
            auto place = m_document->repository().findById(WalkRegisters::places(), id);
            if (place && *place) {
                m_tabs->setCurrentWidget(m_places);
                m_places->selectPlace((*place)->uuid);
            }
            return;
        }
        if (auto observation = m_document->repository().findById(WalkRegisters::observations(), id);
            observation && *observation)
            RecordDialog::editExisting(m_document, WalkRegisters::observations(),
                                       WalksTab::observationFields(), (*observation)->uuid, this);
    });
    connect(m_situation, &SituationTab::placeOpened, this, [this](const QString& uuid) {
        m_tabs->setCurrentWidget(m_places);
        m_places->selectPlace(uuid);
    });
    scopeTabs();
}

void WalksPage::scopeTabs() {
    if (!m_walks)
        return;
    m_walks->setScope(m_municipalityId, m_periodId);
    m_places->setScope(m_municipalityId);
    m_situation->setScope(m_municipalityId, m_periodId);
    m_actions->setScope(m_municipalityId);
    m_map->setScope(m_municipalityId);
    m_map->setWalk(m_walks->selectedWalkId());
}

void WalksPage::refreshBadge() {
    auto totals = WalkFollowUp::totals(m_document->repository(), m_municipalityId, QDate::currentDate());
    m_overdue = totals ? totals->overdue : 0;
    emit badgeChanged();
}

QString WalksPage::badge() const {
    return m_overdue > 0 ? tr("%n overdue", "", m_overdue) : QString();
}

} // namespace lk
