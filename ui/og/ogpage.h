// OgPage: Operativa gruppen: how regularly it meets, its meetings, cases and action items, and thinning.
#pragma once

#include "common/tabbedpage.h"

namespace lk {

class ActionsTab;
class CadenceStrip;
class CasesTab;
class MeetingsTab;
class RetentionTab;

class OgPage : public TabbedPage {
    Q_OBJECT
public:
    explicit OgPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Operativa gruppen"); }

    CadenceStrip* cadence() const { return m_cadence; }
    MeetingsTab* meetings() { return built(m_meetings); }
    CasesTab* cases() { return built(m_cases); }
    ActionsTab* actions() { return built(m_actions); }
    RetentionTab* retention() { return built(m_retention); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build() override;
    void applyPeriod() override;
    void refreshCadence();

    CadenceStrip* m_cadence;
    MeetingsTab* m_meetings = nullptr;
    CasesTab* m_cases = nullptr;
    ActionsTab* m_actions = nullptr;
    RetentionTab* m_retention = nullptr;
};

} // namespace lk
