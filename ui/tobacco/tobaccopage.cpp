#include "tobacco/tobaccopage.h"

#include "common/activitytab.h"
#include "common/recorddialog.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "promises/countsfor.h"
#include "promises/workingdate.h"
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
    : TabbedPage(document, parent) {
    showBadge({inspections::table, retailers::table}, [this]() -> QString {
        auto late =
            RetailerFollowUp::late(this->document()->repository(), municipalityId(), QDate::currentDate());
        const int due = late ? int(late->size()) : 0;
        return due > 0 ? tr("%n due", "", due) : QString();
    });
}

void TobaccoPage::build() {
    m_retailers = new RetailersTab(document(), this);
    connect(m_retailers, &RetailersTab::dueChanged, this, &TobaccoPage::refreshBadge);
    m_inspections = new ActivityTab(document(), TobaccoRegisters::inspections(),
                                    {inspections::heldOn, inspections::retailerId, inspections::kind,
                                     inspections::decision, inspections::followUpOn, inspections::findings},
                                    inspections::findings, this);
    // An inspection is entered with its checklist, in its own dialog.
    m_inspections->list()->setNewHandler([this] { return openInspection({}); });
    m_inspections->list()->setEditHandler(
        [this](const QString& uuid) { return !openInspection(uuid).isEmpty(); });
    m_purchases = new ActivityTab(document(), TobaccoRegisters::testPurchases(),
                                  {testPurchases::madeOn, testPurchases::madeAt, testPurchases::retailerId,
                                   testPurchases::buyerAge, testPurchases::outcome, testPurchases::dialogueOn,
                                   testPurchases::dialogueNote},
                                  testPurchases::dialogueNote, this);
    m_points = new RecordListPanel(document(), TobaccoRegisters::checklistPoints(),
                                   {checklistPoints::title, checklistPoints::retired}, this);
    m_points->setStretchColumn(checklistPoints::title);
    m_points->newButton()->setText(tr("New point…"));
    m_compliance = new ComplianceTab(document(), this);
    tabs()->addTab(m_retailers, tr("&Retailers"));
    tabs()->addTab(m_inspections, tr("I&nspections"));
    tabs()->addTab(m_purchases, tr("Test &purchases"));
    tabs()->addTab(m_points, tr("&Checklist"));
    tabs()->addTab(m_compliance, tr("C&ompliance"));
}

void TobaccoPage::applyPeriod() {
    m_retailers->setScope(municipalityId());
    m_inspections->setScope(municipalityId(), periodId());
    m_purchases->setScope(municipalityId(), periodId());
    m_compliance->setScope(municipalityId(), periodId());
}

QString TobaccoPage::openInspection(const QString& uuid) {
    const Repository repository = document()->repository();
    qint64 retailer = 0;
    if (auto first =
            repository.list(TobaccoRegisters::retailers(), retailers::municipalityId, municipalityId());
        first && !first->isEmpty())
        retailer = first->first().id;
    const QDate day = WorkingDate::ofPeriod(repository, periodId());
    auto draft = uuid.isEmpty() ? InspectionDraft::startNew(repository, retailer, day)
                                : InspectionDraft::load(repository, uuid);
    if (!draft) {
        QMessageBox::warning(this, tr("Tobacco"), draft.message());
        return {};
    }
    if (uuid.isEmpty() && retailer == 0) {
        QMessageBox::information(this, tr("Tobacco"), tr("Add the retailer first, under Retailers."));
        return {};
    }
    auto period = CountsFor::choices(repository, TobaccoRegisters::inspections(), municipalityId(),
                                     draft->values.value(inspections::heldOn).toDate(),
                                     draft->values.value(inspections::promiseId).toLongLong(), periodId());
    if (!period) {
        QMessageBox::warning(this, tr("Tobacco"), period.message());
        return {};
    }
    if (const qint64 promise = period->defaultOn(day); uuid.isEmpty() && promise > 0)
        draft->values.insert(inspections::promiseId, promise);
    InspectionDialog dialog(document(), *draft, *period, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_inspections->list()->selectRecord(dialog.savedUuid());
    return dialog.savedUuid();
}

} // namespace lk
