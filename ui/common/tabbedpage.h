// TabbedPage: a page whose parts are tabs (Operativa gruppen's meetings, cases, actions and thinning); the
// tabs are made with the page's content, the first time it is shown.
#pragma once

#include "common/page.h"

class QTabWidget;
class QVBoxLayout;

namespace lk {

class TabbedPage : public Page {
    Q_OBJECT
public:
    explicit TabbedPage(Document* document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }

protected:
    // Above the tabs, for what belongs to every tab (Operativa gruppen's cadence strip).
    void addAboveTabs(QWidget* widget);

private:
    QVBoxLayout* m_layout;
    QTabWidget* m_tabs;
};

} // namespace lk
