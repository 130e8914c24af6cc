#include "tobacco/tobaccopage.h"

#include "common/activitytab.h"
#include "common/recorddialog.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "tobacco/compliancetab.h"
#include "tobacco/inspectiondialog.h"
#include "tobacco/retailerfollowup.h"
#include "tobacco/retailerstab.h"
#include "tobacco/tobaccoregisters.h"

#include <QDate>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lk {

TobaccoPage::TobaccoPage(Document* document, QWidget* parent)
    : Page(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(TobaccoRegisters::inspections().table) ||
            tables.contains(TobaccoRegisters::retailers().table))
            countDue();
    });
}

void TobaccoPage::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    m_municipalityId = PromiseRegisters::municipalityOf(m_document->repository(), periodId);
    scopeTabs();
    countDue();
}

void TobaccoPage::showEvent(QShowEvent* event) {
    build();
    Page::showEvent(event);
}

void TobaccoPage::build() {
    // Built when first shown: the window opens on the promises, and quickly.
    if (m_retailers)
        return;
    m_retailers = new RetailersTab(m_document, this);
    connect(m_retailers, &RetailersTab::dueChanged, this, &TobaccoPage::countDue);
    m_inspections = new ActivityTab(m_document, TobaccoRegisters::inspections(),
                                    {QStringLiteral("held_on"), QStringLiteral("retailer_id"),
                                     QStringLiteral("kind"), QStringLiteral("decision"),
                                     QStringLiteral("follow_up_on"), QStringLiteral("findings")},
                                    QStringLiteral("findings"), this);
    // An inspection is entered with its checklist, in its own dialog.
    m_inspections->list()->setNewHandler([this] { return openInspection({}); });
    m_inspections->list()->setEditHandler(
        [this](const QString& uuid) { return !openInspection(uuid).isEmpty(); });
    m_purchases =
        new ActivityTab(m_document, TobaccoRegisters::testPurchases(),
                        {QStringLiteral("made_on"), QStringLiteral("made_at"), QStringLiteral("retailer_id"),
                         QStringLiteral("buyer_age"), QStringLiteral("outcome"),
                         QStringLiteral("dialogue_on"), QStringLiteral("dialogue_note")},
                        QStringLiteral("dialogue_note"), this);
    m_points = new RecordListPanel(m_document, TobaccoRegisters::checklistPoints(),
                                   {QStringLiteral("title"), QStringLiteral("retired")}, this);
    m_points->setStretchColumn(QStringLiteral("title"));
    m_points->newButton()->setText(tr("New point…"));
    m_compliance = new ComplianceTab(m_document, this);
    m_tabs->addTab(m_retailers, tr("&Retailers"));
    m_tabs->addTab(m_inspections, tr("I&nspections"));
    m_tabs->addTab(m_purchases, tr("Test &purchases"));
    m_tabs->addTab(m_points, tr("&Checklist"));
    m_tabs->addTab(m_compliance, tr("C&ompliance"));
    scopeTabs();
}

void TobaccoPage::scopeTabs() {
    if (!m_retailers)
        return;
    m_retailers->setScope(m_municipalityId);
    m_inspections->setScope(m_municipalityId, m_periodId);
    m_purchases->setScope(m_municipalityId, m_periodId);
    m_compliance->setScope(m_municipalityId, m_periodId);
}

QString TobaccoPage::openInspection(const QString& uuid) {
    const Repository repository = m_document->repository();
    qint64 retailer = 0;
    if (auto first = repository.list(TobaccoRegisters::retailers(), QStringLiteral("municipality_id"),
                                     m_municipalityId);
        first && !first->isEmpty())
        retailer = first->first().id;
    auto draft = uuid.isEmpty() ? InspectionDraft::startNew(repository, retailer, QDate::currentDate())
                                : InspectionDraft::load(repository, uuid);
    if (!draft) {
        QMessageBox::warning(this, tr("Tobacco"), draft.message());
        return {};
    }
    if (uuid.isEmpty() && retailer == 0) {
        QMessageBox::information(this, tr("Tobacco"), tr("Add the retailer first, under Retailers."));
        return {};
    }
    auto period =
        CountsFor::choices(repository, TobaccoRegisters::inspections(), m_municipalityId,
                           draft->values.value(QStringLiteral("held_on")).toDate(),
                           draft->values.value(QStringLiteral("promise_id")).toLongLong(), m_periodId);
    if (!period) {
        QMessageBox::warning(this, tr("Tobacco"), period.message());
        return {};
    }
    if (const qint64 promise = period->defaultOn(QDate::currentDate()); uuid.isEmpty() && promise > 0)
        draft->values.insert(QStringLiteral("promise_id"), promise);
    InspectionDialog dialog(m_document, *draft, *period, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_inspections->list()->selectRecord(dialog.savedUuid());
    return dialog.savedUuid();
}

void TobaccoPage::countDue() {
    auto late = RetailerFollowUp::late(m_document->repository(), m_municipalityId, QDate::currentDate());
    m_due = late ? int(late->size()) : 0;
    emit badgeChanged();
}

QString TobaccoPage::badge() const {
    return m_due > 0 ? tr("%n due", "", m_due) : QString();
}

} // namespace lk
