// WatchPage: neighbourhood watch (grannsamverkan): the areas with their main contact, the events held in
// them (counting for the promise's targets), and the totals for any date range.
#pragma once

#include "common/page.h"

class QTabWidget;

namespace lk {

class ActivityTab;
class AreasTab;
class Document;
class WatchTotalsTab;

class WatchPage : public Page {
    Q_OBJECT
public:
    explicit WatchPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Neighbourhood watch"); }
    void setPeriod(qint64 periodId) override;

    // The tabs, built on first use.
    AreasTab* areas() {
        build();
        return m_areas;
    }
    ActivityTab* events() {
        build();
        return m_events;
    }
    WatchTotalsTab* totals() {
        build();
        return m_totals;
    }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void scopeTabs();

    Document* m_document;
    QTabWidget* m_tabs;
    AreasTab* m_areas = nullptr;
    ActivityTab* m_events = nullptr;
    WatchTotalsTab* m_totals = nullptr;
    qint64 m_periodId = 0;
    qint64 m_municipalityId = 0;
};

} // namespace lk
