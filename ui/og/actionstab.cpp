#include "og/actionstab.h"

#include "common/isodate.h"
#include "common/recordlistpanel.h"
#include "og/actionitems.h"
#include "og/ogregisters.h"
#include "register/recordtablemodel.h"

#include <QCheckBox>
#include <QColor>
#include <QDate>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

ActionsTab::ActionsTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new RecordListPanel(document, OgRegisters::actionItems(),
                                 {actionItems::meetingId, actionItems::what, actionItems::responsible,
                                  actionItems::dueOn, actionItems::status, actionItems::doneOn},
                                 this))
    , m_onlyOverdue(new QCheckBox(tr("Only overdue"), this)) {
    m_onlyOverdue->setObjectName(QStringLiteral("onlyOverdue"));
    // Actions are decided at meetings; here they are followed up.
    m_list->newButton()->hide();
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(actionItems::what);
    m_list->setRowTint([](const Record& item) {
        return ActionItems::isOverdue(item, QDate::currentDate()) ? QColor(0xff, 0xeb, 0xee) : QColor();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_onlyOverdue);
    layout->addWidget(m_list);
    connect(m_onlyOverdue, &QCheckBox::toggled, this, &ActionsTab::applyCondition);
}

void ActionsTab::setScope(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    applyCondition();
}

void ActionsTab::applyCondition() {
    if (m_onlyOverdue->isChecked())
        m_list->model()->setCondition(ActionItems::ofMunicipality() + QStringLiteral(" AND ") +
                                          ActionItems::overdue(),
                                      {m_municipalityId, isoDate(QDate::currentDate())});
    else
        m_list->model()->setCondition(ActionItems::ofMunicipality(), {m_municipalityId});
}

} // namespace lk
