#include "common/tabbedpage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lk {

TabbedPage::TabbedPage(Document* document, QWidget* parent)
    : Page(document, parent)
    , m_layout(new QVBoxLayout(this))
    , m_tabs(new QTabWidget(this)) {
    m_layout->addWidget(m_tabs, 1);
}

void TabbedPage::addAboveTabs(QWidget* widget) {
    m_layout->insertWidget(m_layout->indexOf(m_tabs), widget);
}

} // namespace lk
