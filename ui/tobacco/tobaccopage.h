// TobaccoPage: the joint tobacco work: the retailers, inspections with their checklist, test purchases, the
// checklist points, and compliance over the period as a chart. The navigation shows how many retailers are
// due.
#pragma once

#include "common/tabbedpage.h"

namespace lk {

class ActivityTab;
class ComplianceTab;
class RecordListPanel;
class RetailersTab;

class TobaccoPage : public TabbedPage {
    Q_OBJECT
public:
    explicit TobaccoPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Tobacco"); }

    RetailersTab* retailers() { return built(m_retailers); }
    ActivityTab* inspections() { return built(m_inspections); }
    ActivityTab* testPurchases() { return built(m_purchases); }
    RecordListPanel* checklistPoints() { return built(m_points); }
    ComplianceTab* compliance() { return built(m_compliance); }

    // Opens the inspection dialog for a new inspection (empty uuid) or a stored one; the saved UUID, or
    // empty.
    QString openInspection(const QString& uuid);

private:
    void build() override;
    void applyPeriod() override;

    RetailersTab* m_retailers = nullptr;
    ActivityTab* m_inspections = nullptr;
    ActivityTab* m_purchases = nullptr;
    RecordListPanel* m_points = nullptr;
    ComplianceTab* m_compliance = nullptr;
};

} // namespace lk
