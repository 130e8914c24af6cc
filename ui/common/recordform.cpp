#include "common/recordform.h"

#include "register/namecheck.h"

#include "common/fieldeditor.h"
#include "document/document.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
    const Repository repository = document->repository();
    for (const QString& name : fields) {
        const FieldSpec* field = spec.findField(name);
        if (!field) {
            NameCheck::missedField(spec.table, name);
            continue;
        }
        m_fields.append(field);
        QWidget* editor = FieldEditor::create(*field, &repository, this);
        m_editors.insert(name, editor);
        auto* label =
            new QLabel(field->displayLabel() + (field->isRequired ? QStringLiteral(" *") : QString()), this);
        label->setBuddy(editor);
        form->addRow(label, editor);
        FieldEditor::onFinished(editor, *field, this, [this, field] { commit(*field); });
        if (field->givenByProgram)
            setReadOnly(name);
        editor->installEventFilter(this);
        for (QWidget* inner : editor->findChildren<QWidget*>())
            inner->installEventFilter(this);
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
    // An edit that could not be saved stays on show after a switch to another record, until the next save
    // succeeds: it must not vanish with the record it was about.
    if (!m_failedSave)
        clearError();
    reload();
}

void RecordForm::setMunicipality(qint64 municipalityId) {
    if (municipalityId == m_municipality)
        return;
    m_municipality = municipalityId;
    const Repository repository = m_document->repository();
    for (const FieldSpec* field : std::as_const(m_fields)) {
        if (field->type == FieldType::Reference)
            FieldEditor::setReferenceChoices(m_editors.value(field->name), *field, repository,
                                             municipalityId);
    }
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
    // A record offers the records of its own municipality to choose among.
    if (record) {
        if (auto municipality = m_document->repository().municipalityOf(m_spec, *record);
            municipality && *municipality > 0)
            setMunicipality(*municipality);
    }
    setEnabled(record.has_value() && !m_document->isReadOnly());
    m_stored = record ? record->values : QVariantMap();
    for (const FieldSpec* field : std::as_const(m_fields)) {
        // A field that already shows the stored value is left alone, so its cursor and selection stay.
        QWidget* editor = m_editors.value(field->name);
        if (!showsStored(editor, *field))
            FieldEditor::setValue(editor, *field, m_stored.value(field->name));
    }
}

bool RecordForm::showsStored(const QWidget* editor, const FieldSpec& field) const {
    return FieldEditor::value(editor, field) == field.normalized(m_stored.value(field.name));
}

bool RecordForm::eventFilter(QObject* watched, QEvent* event) {
    // Ctrl+Z in a field that holds no unsaved typing belongs to Edit > Undo, not to the field: the field's
    // own history is empty, and the user means the last saved change.
    if (event->type() == QEvent::ShortcutOverride && !m_draft && !m_uuid.isEmpty()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undoKey = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                             QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::Key_Y);
        if (undoKey) {
            for (const FieldSpec* field : std::as_const(m_fields)) {
                QWidget* editor = m_editors.value(field->name);
                if ((editor == watched || editor->isAncestorOf(qobject_cast<QWidget*>(watched))) &&
                    showsStored(editor, *field)) {
                    event->ignore();
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordForm::setDraft(const QVariantMap& values) {
    m_draft = true;
    m_uuid.clear();
    setEnabled(!m_document->isReadOnly());
    clearError();
    // A draft of a municipality's record (a meeting, an inspection at a retailer) offers that municipality's
    // records, unless the form was told which.
    if (m_municipality == 0) {
        Record draft;
        draft.values = values;
        if (auto municipality = m_document->repository().municipalityOf(m_spec, draft);
            municipality && *municipality > 0)
            setMunicipality(*municipality);
    }
    for (const FieldSpec* field : std::as_const(m_fields))
        FieldEditor::setValue(m_editors.value(field->name), *field, values.value(field->name));
}

QVariantMap RecordForm::values() const {
    // Every shown field, an emptied one as an invalid QVariant, so that saving clears it.
    QVariantMap values;
    for (const FieldSpec* field : m_fields)
        values.insert(field->name, FieldEditor::value(m_editors.value(field->name), *field));
    return values;
}

void RecordForm::commit(const FieldSpec& field) {
    if (m_draft || m_uuid.isEmpty())
        return;
    const QVariant value = FieldEditor::value(m_editors.value(field.name), field);
    if (auto saved = m_document->update(m_spec, m_uuid, {{field.name, value}}); !saved) {
        m_failedSave = true;
        showError(saved.message());
        reload(); // back to what the file holds
        return;
    }
    m_failedSave = false;
    FieldEditor::markSaved(m_editors.value(field.name), field);
    clearError();
    emit saved();
}

void RecordForm::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RecordForm::setReadOnly(const QString& field) {
    if (auto* line = qobject_cast<QLineEdit*>(m_editors.value(field))) {
        line->setReadOnly(true);
        line->setFocusPolicy(Qt::ClickFocus);
    } else if (QWidget* editor = m_editors.value(field)) {
        editor->setEnabled(false);
    }
}

QString RecordForm::errorText() const {
    return m_error->text();
}

void RecordForm::clearError() {
    m_error->hide();
}

} // namespace lk
