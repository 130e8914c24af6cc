// WalksPage: safety walks and the lägesbild of unsafe places (the first two promises of the Salem template):
// the walks with their observations, the register of places, the state of the places at a date, and the
// follow-up of the actions. The navigation shows how many actions are overdue.
#pragma once

#include "common/tabbedpage.h"

namespace lk {

class MapTab;
class PlacesTab;
class SituationTab;
class WalkActionsTab;
class WalksTab;

class WalksPage : public TabbedPage {
    Q_OBJECT
public:
    explicit WalksPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Safety walks and places"); }

    WalksTab* walks() { return built(m_walks); }
    PlacesTab* places() { return built(m_places); }
    SituationTab* situation() { return built(m_situation); }
    WalkActionsTab* actions() { return built(m_actions); }
    MapTab* map() { return built(m_map); }

private:
    void build() override;
    void applyPeriod() override;
    void openPin(const QString& table, qint64 id);

    WalksTab* m_walks = nullptr;
    PlacesTab* m_places = nullptr;
    SituationTab* m_situation = nullptr;
    WalkActionsTab* m_actions = nullptr;
    MapTab* m_map = nullptr;
};

} // namespace lk
