#include "walks/walkspage.h"

#include "common/recorddialog.h"
#include "document/document.h"
#include "walks/maptab.h"
#include "walks/placestab.h"
#include "walks/situationtab.h"
#include "walks/walkactionstab.h"
#include "walks/walkfollowup.h"
#include "walks/walkregisters.h"
#include "walks/walkstab.h"

#include <QDate>
#include <QTabWidget>

namespace lk {

WalksPage::WalksPage(Document* document, QWidget* parent)
    : TabbedPage(document, parent) {
    showBadge({observations::table, walks::table}, [this]() -> QString {
        auto totals =
            WalkFollowUp::totals(this->document()->repository(), municipalityId(), QDate::currentDate());
        const int overdue = totals ? totals->overdue : 0;
        return overdue > 0 ? tr("%n overdue", "", overdue) : QString();
    });
}

void WalksPage::build() {
    m_walks = new WalksTab(document(), this);
    m_places = new PlacesTab(document(), this);
    m_situation = new SituationTab(document(), this);
    m_actions = new WalkActionsTab(document(), this);
    m_map = new MapTab(document(), this);
    tabs()->addTab(m_walks, tr("&Walks"));
    tabs()->addTab(m_places, tr("&Places"));
    tabs()->addTab(m_situation, tr("&Situation picture"));
    tabs()->addTab(m_actions, tr("&Actions"));
    tabs()->addTab(m_map, tr("&Map"));
    // The map follows the walk chosen on the first tab; a place's pin opens the place in its register.
    connect(m_walks, &WalksTab::walkChosen, m_map, &MapTab::setWalk);
    m_map->setOpener([this](const QString& table, qint64 id) { openPin(table, id); });
    connect(m_situation, &SituationTab::placeOpened, this, [this](const QString& uuid) {
        tabs()->setCurrentWidget(m_places);
        m_places->selectPlace(uuid);
    });
}

void WalksPage::applyPeriod() {
    m_walks->setScope(municipalityId(), periodId());
    m_places->setScope(municipalityId());
    m_situation->setScope(municipalityId(), periodId());
    m_actions->setScope(municipalityId());
    m_map->setScope(municipalityId());
    m_map->setWalk(m_walks->selectedWalkId());
}

void WalksPage::openPin(const QString& table, qint64 id) {
    const Repository repository = document()->repository();
    if (table == places::table) {
        if (auto place = repository.findById(WalkRegisters::places(), id); place && *place) {
            tabs()->setCurrentWidget(m_places);
            m_places->selectPlace((*place)->uuid);
        }
        return;
    }
    if (auto observation = repository.findById(WalkRegisters::observations(), id);
        observation && *observation)
        RecordDialog::editExisting(document(), WalkRegisters::observations(), WalksTab::observationFields(),
                                   (*observation)->uuid, this);
}

} // namespace lk
