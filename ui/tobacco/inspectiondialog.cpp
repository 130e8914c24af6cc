#include "tobacco/inspectiondialog.h"

#include "common/fieldeditor.h"
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
    QStringLiteral("retailer_id"),        QStringLiteral("held_on"),       QStringLiteral("kind"),
    QStringLiteral("announced"),          QStringLiteral("organisations"), QStringLiteral("promise_id"),
    QStringLiteral("findings"),           QStringLiteral("decision"),      QStringLiteral("decided_on"),
    QStringLiteral("ground_purchase_id"), QStringLiteral("follow_up_on")};

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
            : tr("Inspection of %1")
                  .arg(draft.values.value(QStringLiteral("held_on")).toDate().toString(Qt::ISODate)));
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry()
                                                    : QGuiApplication::primaryScreen()->availableGeometry();
    resize(std::min(1100, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
    m_form->setDraft(draft.values);
    new PromiseLink(m_form, TobaccoRegisters::inspections(), period, !draft.uuid.isEmpty());
    m_checklist->setRows(draft.rows);
    offerPurchasesOf(draft.values.value(QStringLiteral("retailer_id")).toLongLong());
    if (auto* retailer = qobject_cast<QComboBox*>(m_form->editor(QStringLiteral("retailer_id"))))
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
    m_form->editor(QStringLiteral("held_on"))->setFocus();
}

void InspectionDialog::offerPurchasesOf(qint64 retailerId) {
    const FieldSpec& ground = TobaccoRegisters::inspections().field(QStringLiteral("ground_purchase_id"));
    const FieldSpec& outcome = TobaccoRegisters::testPurchases().field(QStringLiteral("outcome"));
    QList<QPair<QString, qint64>> choices;
    if (auto purchases = m_document->repository().list(TobaccoRegisters::testPurchases(),
                                                       QStringLiteral("retailer_id"), retailerId)) {
        for (const Record& purchase : *purchases)
            choices.append({QStringLiteral("%1: %2").arg(
                                purchase.value(QStringLiteral("made_on")).toDate().toString(Qt::ISODate),
                                outcome.displayText(purchase.value(QStringLiteral("outcome")))),
                            purchase.id});
    }
    FieldEditor::setChoices(m_form->editor(ground.name), ground, choices);
}

void InspectionDialog::accept() {
    InspectionDraft draft = m_draft;
    draft.values = m_form->values();
    draft.rows = m_checklist->rows();
    auto changes = draft.changes(m_document->repository());
    if (!changes) {
        m_form->showError(changes.message());
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
        m_form->showError(applied.message());
        return;
    }
    m_savedUuid = draft.uuid.isEmpty() ? applied->rows.first().after->uuid : draft.uuid;
    QDialog::accept();
}

} // namespace lk
