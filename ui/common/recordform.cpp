#include "common/recordform.h"

#include "common/fieldeditor.h"
#include "document/document.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lk {

RecordForm::RecordForm(Document* document, const RegisterSpec& spec, const QStringList& fields,
                       QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_spec(spec)
    , m_error(new QLabel(this)) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; background: #fde7e9; padding: 6px; "
                                          "border-radius: 3px; }"));
    m_error->hide();
    outer->addWidget(m_error);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);
    for (const QString& name : fields) {
        const FieldSpec* field = spec.field(name);
        if (!field)
            continue;
        m_fields.append(field);
        QWidget* editor = FieldEditor::create(*field, document->repository(), this);
        m_editors.insert(name, editor);
        auto* label =
            new QLabel(field->displayLabel() + (field->isRequired ? QStringLiteral(" *") : QString()), this);
        label->setBuddy(editor);
        form->addRow(label, editor);
        FieldEditor::onFinished(editor, *field, this, [this, field] { commit(*field); });
    }
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (!m_draft && !m_uuid.isEmpty() && tables.contains(m_spec.table))
            reload();
    });
    bind({});
}

void RecordForm::bind(const QString& uuid) {
    m_draft = false;
    m_uuid = uuid;
    clearError();
    reload();
}

void RecordForm::reload() {
    std::optional<Record> record;
    if (!m_uuid.isEmpty()) {
        auto found = m_document->repository().find(m_spec, m_uuid);
        if (!found)
            showError(found.message());
        else
            record = *found;
    }
    setEnabled(record.has_value());
    for (const FieldSpec* field : std::as_const(m_fields))
        FieldEditor::setValue(m_editors.value(field->name), *field,
                              record ? record->value(field->name) : QVariant());
}

void RecordForm::setDraft(const QVariantMap& values) {
    m_draft = true;
    m_uuid.clear();
    setEnabled(true);
    clearError();
    for (const FieldSpec* field : std::as_const(m_fields))
        FieldEditor::setValue(m_editors.value(field->name), *field, values.value(field->name));
}

QVariantMap RecordForm::values() const {
    QVariantMap values;
    for (const FieldSpec* field : m_fields) {
        const QVariant value = FieldEditor::value(m_editors.value(field->name), *field);
        if (value.isValid())
            values.insert(field->name, value);
    }
    return values;
}

void RecordForm::commit(const FieldSpec& field) {
    if (m_draft || m_uuid.isEmpty())
        return;
    const QVariant value = FieldEditor::value(m_editors.value(field.name), field);
    if (auto saved = m_document->update(m_spec, m_uuid, {{field.name, value}}); !saved) {
        showError(saved.message());
        reload(); // back to what the file holds
        return;
    }
    clearError();
    emit saved();
}

void RecordForm::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RecordForm::clearError() {
    m_error->hide();
}

} // namespace lk
