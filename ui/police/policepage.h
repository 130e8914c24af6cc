// PolicePage: what the police record, a tab per kind: visits, drug operations, traffic controls, information
// efforts, and the units they visit.
#pragma once

#include "common/page.h"

#include <QList>

class QTabWidget;

namespace lk {

class ActivityTab;
class Document;
class RecordListPanel;

class PolicePage : public Page {
    Q_OBJECT
public:
    explicit PolicePage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Police activities"); }
    void setPeriod(qint64 periodId) override;

    // The tabs, built on first use.
    ActivityTab* visits() { return activity(0); }
    ActivityTab* drugOperations() { return activity(1); }
    ActivityTab* trafficControls() { return activity(2); }
    ActivityTab* informationEfforts() { return activity(3); }
    RecordListPanel* units() {
        build();
        return m_units;
    }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    ActivityTab* activity(int index) {
        build();
        return m_activities.at(index);
    }
    void build();
    void scopeTabs();

    Document* m_document;
    QTabWidget* m_tabs;
    QList<ActivityTab*> m_activities;
    RecordListPanel* m_units = nullptr;
    qint64 m_periodId = 0;
    qint64 m_municipalityId = 0;
};

} // namespace lk
