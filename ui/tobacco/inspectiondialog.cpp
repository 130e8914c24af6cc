#include "tobacco/inspectiondialog.h"

#include "common/fieldeditor.h"
#include "common/isodate.h"
#include "common/promiselink.h"
#include "common/recordform.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "tobacco/checklistgrid.h"
#include "tobacco/tobaccoregisters.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>

namespace lk {

namespace {

const QStringList inspectionFields{
    inspections::retailerId,    inspections::heldOn,           inspections::kind,      inspections::announced,
    inspections::organisations, inspections::promiseId,        inspections::findings,  inspections::decision,
    inspections::decidedOn,     inspections::groundPurchaseId, inspections::followUpOn};

} // namespace

InspectionDialog::InspectionDialog(Document* document, const InspectionDraft& draft,
                                   const CountsFor::Choices& period, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_draft(draft)
    , m_form(new RecordForm(document, TobaccoRegisters::inspections(), inspectionFields, this))
    , m_checklist(new ChecklistGrid(this)) {
    setWindowTitle(
        draft.uuid.isEmpty()
            ? tr("New inspection")
            : tr("Inspection of %1").arg(isoDate(draft.values.value(inspections::heldOn).toDate())));
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry()
                                                    : QGuiApplication::primaryScreen()->availableGeometry();
    resize(std::min(1100, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
    m_form->setDraft(draft.values);
    new PromiseLink(m_form, TobaccoRegisters::inspections(), period, !draft.uuid.isEmpty());
    m_checklist->setRows(draft.rows);
    offerPurchasesOf(draft.values.value(inspections::retailerId).toLongLong());
    if (auto* retailer = qobject_cast<QComboBox*>(m_form->editor(inspections::retailerId)))
        connect(retailer, &QComboBox::currentIndexChanged, this,
                [this, retailer] { offerPurchasesOf(retailer->currentData().toLongLong()); });

    auto* layout = new QGridLayout(this);
    layout->addWidget(titledGroup(tr("Inspection"), m_form, this), 0, 0);
    layout->addWidget(titledGroup(tr("Checklist"), m_checklist, this), 0, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_document->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons, 1, 0, 1, 2);
    m_form->editor(inspections::heldOn)->setFocus();
}

void InspectionDialog::offerPurchasesOf(qint64 retailerId) {
    const FieldSpec& ground = TobaccoRegisters::inspections().field(inspections::groundPurchaseId);
    const FieldSpec& outcome = TobaccoRegisters::testPurchases().field(testPurchases::outcome);
    QList<QPair<QString, qint64>> choices;
    if (auto purchases = m_document->repository().list(TobaccoRegisters::testPurchases(),
                                                       testPurchases::retailerId, retailerId)) {
        for (const Record& purchase : *purchases)
            choices.append(
                {QStringLiteral("%1: %2").arg(isoDate(purchase.value(testPurchases::madeOn).toDate()),
                                              outcome.displayText(purchase.value(testPurchases::outcome))),
                 purchase.id});
    }
    FieldEditor::setChoices(m_form->editor(ground.name), ground, choices);
}

void InspectionDialog::accept() {
    // The inspection's own fields first, every problem at once (a date that is no date).
    if (!m_form->check())
        return;
    InspectionDraft draft = m_draft;
    draft.values = m_form->values();
    draft.rows = m_checklist->rows();
    auto changes = draft.changes(m_document->repository());
    if (!changes) {
        m_form->showError(changes.error());
        return;
    }
    if (changes->isEmpty()) {
        QDialog::accept();
        return;
    }
    auto applied =
        m_document->perform(*changes, draft.uuid.isEmpty() ? tr("Add inspection") : tr("Change inspection"));
    if (!applied) {
        // Everything typed stays, so that nothing is lost.
        m_form->showError(applied.error());
        return;
    }
    m_savedUuid = draft.uuid.isEmpty() ? applied->rows.first().after->uuid : draft.uuid;
    QDialog::accept();
}

} // namespace lk
