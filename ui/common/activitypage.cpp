#include "common/activitypage.h"

#include "common/activitytab.h"

#include <QVBoxLayout>

namespace lk {

ActivityPage::ActivityPage(Document* document, const RegisterSpec& spec, const QString& title,
                           const QStringList& columns, const QString& stretch, QWidget* parent)
    : Page(document, parent)
    , m_spec(spec)
    , m_title(title)
    , m_columns(columns)
    , m_stretch(stretch) {}

void ActivityPage::build() {
    m_tab = new ActivityTab(document(), m_spec, m_columns, m_stretch, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tab);
}

void ActivityPage::applyPeriod() {
    m_tab->setScope(municipalityId(), periodId());
}

} // namespace lk
