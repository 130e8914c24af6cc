// WatchPage: neighbourhood watch (grannsamverkan): the areas with their main contact, the events held in
// them (counting for the promise's targets), and the totals for any date range.
#pragma once

#include "common/tabbedpage.h"

namespace lk {

class ActivityTab;
class AreasTab;
class WatchTotalsTab;

class WatchPage : public TabbedPage {
    Q_OBJECT
public:
    explicit WatchPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Neighbourhood watch"); }

    AreasTab* areas() { return built(m_areas); }
    ActivityTab* events() { return built(m_events); }
    WatchTotalsTab* totals() { return built(m_totals); }

private:
    void build() override;
    void applyPeriod() override;

    AreasTab* m_areas = nullptr;
    ActivityTab* m_events = nullptr;
    WatchTotalsTab* m_totals = nullptr;
};

} // namespace lk
