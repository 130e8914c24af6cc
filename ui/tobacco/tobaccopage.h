// TobaccoPage: the joint tobacco work: the retailers, inspections with their checklist, test purchases, the
// checklist points, and compliance over the period as a chart. The navigation shows how many retailers are
// due.
#pragma once

#include "common/page.h"

class QTabWidget;

namespace lk {

class ActivityTab;
class ComplianceTab;
class Document;
class RecordListPanel;
class RetailersTab;

class TobaccoPage : public Page {
    Q_OBJECT
public:
    explicit TobaccoPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Tobacco"); }
    void setPeriod(qint64 periodId) override;
    // Retailers overdue for an inspection or a follow-up.
    QString badge() const override;

    // The tabs, built on first use.
    RetailersTab* retailers() {
        build();
        return m_retailers;
    }
    ActivityTab* inspections() {
        build();
        return m_inspections;
    }
    ActivityTab* testPurchases() {
        build();
        return m_purchases;
    }
    RecordListPanel* checklistPoints() {
        build();
        return m_points;
    }
    ComplianceTab* compliance() {
        build();
        return m_compliance;
    }
    QTabWidget* tabs() const { return m_tabs; }

    // Opens the inspection dialog for a new inspection (empty uuid) or a stored one; the saved UUID, or
    // empty.
    QString openInspection(const QString& uuid);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void scopeTabs();
    void countDue();

    Document* m_document;
    QTabWidget* m_tabs;
    RetailersTab* m_retailers = nullptr;
    ActivityTab* m_inspections = nullptr;
    ActivityTab* m_purchases = nullptr;
    RecordListPanel* m_points = nullptr;
    ComplianceTab* m_compliance = nullptr;
    qint64 m_periodId = 0;
    qint64 m_municipalityId = 0;
    int m_due = 0;
};

} // namespace lk
