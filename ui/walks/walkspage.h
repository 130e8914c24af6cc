// WalksPage: safety walks and the lägesbild of unsafe places (the first two promises of the Salem template):
// the walks with their observations, the register of places, the state of the places at a date, and the
// follow-up of the actions. The navigation shows how many actions are overdue.
#pragma once

#include "common/page.h"

class QTabWidget;

namespace lk {

class Document;
class MapTab;
class PlacesTab;
class SituationTab;
class WalkActionsTab;
class WalksTab;

class WalksPage : public Page {
    Q_OBJECT
public:
    explicit WalksPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Safety walks and places"); }
    void setPeriod(qint64 periodId) override;
    QString badge() const override;

    // The tabs, built on first use.
    WalksTab* walks() {
        build();
        return m_walks;
    }
    PlacesTab* places() {
        build();
        return m_places;
    }
    SituationTab* situation() {
        build();
        return m_situation;
    }
    WalkActionsTab* actions() {
        build();
        return m_actions;
    }
    MapTab* map() {
        build();
        return m_map;
    }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void scopeTabs();
    void refreshBadge();

    Document* m_document;
    QTabWidget* m_tabs;
    WalksTab* m_walks = nullptr;
    PlacesTab* m_places = nullptr;
    SituationTab* m_situation = nullptr;
    WalkActionsTab* m_actions = nullptr;
    MapTab* m_map = nullptr;
    qint64 m_periodId = 0;
    qint64 m_municipalityId = 0;
    int m_overdue = 0;
};

} // namespace lk
