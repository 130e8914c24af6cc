// PolicePage: what the police record, a tab per kind: visits, drug operations, traffic controls, information
// efforts, and the units they visit.
#pragma once

#include "common/tabbedpage.h"

#include <QList>

namespace lk {

class ActivityTab;
class RecordListPanel;

class PolicePage : public TabbedPage {
    Q_OBJECT
public:
    explicit PolicePage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Police activities"); }

    ActivityTab* visits() { return built(m_activities).at(0); }
    ActivityTab* drugOperations() { return built(m_activities).at(1); }
    ActivityTab* trafficControls() { return built(m_activities).at(2); }
    ActivityTab* informationEfforts() { return built(m_activities).at(3); }
    RecordListPanel* units() { return built(m_units); }

private:
    void build() override;
    void applyPeriod() override;

    QList<ActivityTab*> m_activities;
    RecordListPanel* m_units = nullptr;
};

} // namespace lk
