#include "common/recorddialog.h"

#include "common/conflictdialog.h"
#include "common/recordform.h"
#include "document/document.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

RecordDialog::RecordDialog(Document* document, const RegisterSpec& spec, const QStringList& fields,
                           const QVariantMap& initial, const QVariantMap& fixed, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_spec(spec)
    , m_form(new RecordForm(document, spec, fields, this))
    , m_fixed(fixed) {
    setWindowTitle(spec.newRecordTitle());
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    // The fixed values may say the municipality (a municipality's own record, a test purchase at a given
    // retailer): its records are what the reference fields offer.
    QVariantMap given = initial;
    given.insert(fixed);
    m_form->setDraft(given);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_document->isReadOnly());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    layout->addWidget(m_buttons);
}

void RecordDialog::enableSaveAndNew() {
    auto* next = m_buttons->addButton(tr("Save and &new"), QDialogButtonBox::ApplyRole);
    next->setObjectName(QStringLiteral("saveAndNew"));
    next->setEnabled(!m_document->isReadOnly());
    // Enter after the last field goes on to the next entry; Save or Close ends the series.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    next->setDefault(true);
    next->setToolTip(tr("Save and enter the next one (Enter)"));
    connect(next, &QPushButton::clicked, this, &RecordDialog::saveAndNew);
    m_savedNote = new QLabel(this);
    m_savedNote->setObjectName(QStringLiteral("savedNote"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(layout()->count() - 1, m_savedNote);
}

bool RecordDialog::saveAndNew() {
    if (!save())
        return false;
    ++m_savedCount;
    m_savedNote->setText(tr("Saved: %1. Enter the next one, or close.").arg(m_spec.countOf(m_savedCount)));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    // What repeats from one entry to the next stays; figures, notes and pictures are the entry's own.
    QVariantMap next = m_form->values();
    for (const FieldSpec& field : m_spec.fields) {
        if (field.type == FieldType::Integer || field.type == FieldType::Decimal ||
            field.type == FieldType::LongText || field.type == FieldType::Image ||
            m_ownFields.contains(field.name))
            next.remove(field.name);
    }
    m_form->setDraft(next);
    if (QWidget* first = m_form->editor(m_form->firstField()))
        first->setFocus();
    emit savedAndNew();
    return true;
}

void RecordDialog::accept() {
    if (save())
        QDialog::accept();
}

bool RecordDialog::save() {
    // Every field's problem at once, beside each; then, once, what is allowed but seldom meant.
    if (!m_form->check() || !m_form->confirmDoubts(m_stored))
        return false;
    Record record;
    record.values = m_form->values();
    for (auto it = m_fixed.cbegin(); it != m_fixed.cend(); ++it)
        record.values.insert(it.key(), it.value());
    if (m_save) {
        auto saved = m_save(record);
        if (!saved) {
            m_form->showError(saved.error());
            return false;
        }
        m_savedUuid = *saved;
    } else {
        auto saved = m_document->insert(m_spec, record);
        if (!saved) {
            // The dialog stays open with what the user typed, so nothing is lost.
            m_form->showError(saved.error());
            return false;
        }
        m_savedUuid = saved->uuid;
    }
    return true;
}

void RecordDialog::setMunicipality(qint64 municipalityId) {
    const QVariantMap entered = m_form->values();
    m_form->setMunicipality(municipalityId);
    // What was entered stays where the new choices still hold it.
    m_form->setDraft(entered);
}

void RecordDialog::editRecord(const QString& uuid) {
    setWindowTitle(tr("Edit %1").arg(m_spec.displayName().toLower()));
    qint64 version = 0;
    if (auto stored = m_document->repository().find(m_spec, uuid); stored && *stored) {
        m_stored = (*stored)->values; // what is kept as it was is not asked about again
        version = (*stored)->version;
        if (auto municipality = m_document->repository().municipalityOf(m_spec, **stored);
            municipality && *municipality > 0)
            setMunicipality(*municipality);
    }
    // All fields are saved together, as one undo step and checked as a whole: a period can then move its
    // start past its old end in one go.
    // Saved only over the version shown: someone else's change meanwhile is refused, with who made it.
    setSave([this, uuid, version](const Record& entered) { return saveOver(uuid, entered.values, version); });
}

Result<QString> RecordDialog::saveOver(const QString& uuid, const QVariantMap& values, qint64 version) {
    auto saved = m_document->update(m_spec, uuid, values, version);
    if (saved)
        return uuid;
    // Changed meanwhile: theirs beside what was entered here, as a form shows it. Taking theirs closes the
    // dialog on the record as they left it; a record they deleted is said in words (nothing to choose).
    if (!saved.error().conflict || !saved.error().conflict->theirs)
        return saved.error();
    const Conflict& conflict = *saved.error().conflict;
    if (!ConflictDialog::resolve(conflict, m_form->fields(), values, this))
        return uuid;
    // Mine whole, with what the save adds beside the form's fields (a closed case's status).
    if (auto over = m_document->update(m_spec, uuid, values, conflict.theirs->version); !over)
        return over.error();
    return uuid;
}

void RecordDialog::editExisting(Document* document, const RegisterSpec& spec, const QStringList& fields,
                                const QString& uuid, QWidget* parent) {
    auto record = document->repository().find(spec, uuid);
    if (!record || !*record)
        return;
    RecordDialog dialog(document, spec, fields, (*record)->values, {}, parent);
    dialog.editRecord(uuid);
    dialog.exec();
}

} // namespace lk
