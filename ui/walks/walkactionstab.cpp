#include "walks/walkactionstab.h"

#include "common/isodate.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "register/recordtablemodel.h"
#include "walks/walkfollowup.h"
#include "walks/walkregisters.h"
#include "walks/walkstab.h"

#include <QCheckBox>
#include <QColor>
#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

WalkActionsTab::WalkActionsTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_onlyOverdue(new QCheckBox(tr("Only overdue"), this))
    , m_list(new RecordListPanel(document, WalkRegisters::observations(),
                                 {observations::walkId, observations::description, observations::action,
                                  observations::responsible, observations::priority, observations::dueOn,
                                  observations::status, observations::doneOn},
                                 this)) {
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_onlyOverdue->setObjectName(QStringLiteral("onlyOverdueActions"));
    // Observations are made on walks; here their actions are followed up.
    m_list->newButton()->hide();
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(observations::description);
    m_list->setEditFields(WalksTab::observationFields());
    m_list->setRowTint([](const Record& observation) {
        return WalkFollowUp::isOverdue(observation, QDate::currentDate()) ? QColor(0xff, 0xeb, 0xee)
                                                                          : QColor();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_onlyOverdue);
    layout->addWidget(m_list);
    connect(m_onlyOverdue, &QCheckBox::toggled, this, &WalkActionsTab::applyCondition);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WalkRegisters::observations().table) ||
            tables.contains(WalkRegisters::walks().table))
            refreshSummary();
    });
}

void WalkActionsTab::setScope(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    applyCondition();
    refreshSummary();
}

void WalkActionsTab::applyCondition() {
    if (m_onlyOverdue->isChecked())
        m_list->model()->setCondition(WalkFollowUp::ofMunicipality() + QStringLiteral(" AND ") +
                                          WalkFollowUp::overdue(),
                                      {m_municipalityId, isoDate(QDate::currentDate())});
    else
        m_list->model()->setCondition(WalkFollowUp::ofMunicipality(), {m_municipalityId});
}

void WalkActionsTab::refreshSummary() {
    auto totals = WalkFollowUp::totals(m_document->repository(), m_municipalityId, QDate::currentDate());
    if (!totals) {
        m_document->reportReadFailure(totals.message());
        return;
    }
    if (totals->actions == 0) {
        m_summary->setText(tr("No actions from safety walks yet."));
        return;
    }
    const QString share = totals->settled == 0
                              ? tr("No action has reached its six months yet.")
                              : tr("Fixed within six months of the walk: %1 of %2 (%3 %).")
                                    .arg(totals->inTime)
                                    .arg(totals->settled)
                                    .arg(QLocale().toString(qRound(100 * totals->shareInTime())));
    m_summary->setText(tr("%n action(s) from the walks: ", "", totals->actions) +
                       tr("%1 open, %2 of them overdue; %3 fixed late; %4 rejected with a reason. ")
                           .arg(totals->open)
                           .arg(totals->overdue)
                           .arg(totals->late)
                           .arg(totals->rejected) +
                       share);
}

} // namespace lk
