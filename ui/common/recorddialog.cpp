#include "common/recorddialog.h"

#include "common/recordform.h"
#include "document/document.h"

#include <QDialogButtonBox>
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
    m_form->setDraft(initial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    layout->addWidget(buttons);
}

void RecordDialog::accept() {
    Record record;
    record.values = m_form->values();
    for (auto it = m_fixed.cbegin(); it != m_fixed.cend(); ++it)
        record.values.insert(it.key(), it.value());
    if (m_save) {
        auto saved = m_save(record);
        if (!saved) {
            m_form->showError(saved.message());
            return;
        }
        m_savedUuid = *saved;
    } else {
        auto saved = m_document->insert(m_spec, record);
        if (!saved) {
            // The dialog stays open with what the user typed, so nothing is lost.
            m_form->showError(saved.message());
            return;
        }
        m_savedUuid = saved->uuid;
    }
    QDialog::accept();
}

void RecordDialog::editExisting(Document* document, const RegisterSpec& spec, const QStringList& fields,
                                const QString& uuid, QWidget* parent) {
    auto record = document->repository().find(spec, uuid);
    if (!record || !*record)
        return;
    // All fields are saved together, as one undo step and checked as a whole: a period can then move its
    // start past its old end in one go.
    RecordDialog dialog(document, spec, fields, (*record)->values, {}, parent);
    dialog.setWindowTitle(tr("Edit %1").arg(spec.displayName().toLower()));
    dialog.setSave([document, &spec, uuid](const Record& entered) -> Result<QString> {
        if (auto saved = document->update(spec, uuid, entered.values); !saved)
            return saved.error();
        return uuid;
    });
    dialog.exec();
}

} // namespace lk
