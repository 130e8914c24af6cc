// OgPage: Operativa gruppen: how regularly it meets, its meetings, cases and action items, and thinning.
#pragma once

#include "common/page.h"

class QTabWidget;

namespace lk {

class ActionsTab;
class CadenceStrip;
class CasesTab;
class Document;
class MeetingsTab;
class RetentionTab;

class OgPage : public Page {
    Q_OBJECT
public:
    explicit OgPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Operativa gruppen"); }
    void setPeriod(qint64 periodId) override;
    // Overdue action items, when there are any.
    QString badge() const override;

    CadenceStrip* cadence() const { return m_cadence; }
    // The tabs, built on first use.
    MeetingsTab* meetings() {
        build();
        return m_meetings;
    }
    CasesTab* cases() {
        build();
        return m_cases;
    }
    ActionsTab* actions() {
        build();
        return m_actions;
    }
    RetentionTab* retention() {
        build();
        return m_retention;
    }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void scopeTabs();
    void refreshFigures();
    void refreshCadence();

    Document* m_document;
    CadenceStrip* m_cadence;
    QTabWidget* m_tabs;
    MeetingsTab* m_meetings = nullptr;
    CasesTab* m_cases = nullptr;
    ActionsTab* m_actions = nullptr;
    RetentionTab* m_retention = nullptr;
    qint64 m_periodId = 0;
    qint64 m_municipalityId = 0;
    int m_overdue = 0;
};

} // namespace lk
