#include "common/recordform.h"

#include "db/connectionwatch.h"

#include "register/namecheck.h"

#include "common/conflictdialog.h"
#include "common/fieldeditor.h"
#include "common/problemlabel.h"
#include "common/problemlook.h"
#include "document/document.h"

#include <QDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
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
    // What was typed and not saved may be in it, for the user to copy back.
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; background: #fde7e9; padding: 6px; "
                                          "border-radius: 3px; }"));
    m_error->hide();
    outer->addWidget(m_error);

    auto* form = m_layout = new QFormLayout;
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
        label->setToolTip(field->displayHelp());
        form->addRow(label, editor);
        // Beside (under) its field: why what it holds is refused. Its row is hidden, spacing and all, while
        // there is nothing to say.
        auto* problem = new ProblemLabel(this);
        problem->setObjectName(QStringLiteral("problem_") + name);
        m_problems.insert(name, problem);
        form->setWidget(form->rowCount(), QFormLayout::FieldRole, problem);
        form->setRowVisible(problem, false);
        FieldEditor::onFinished(editor, *field, this, [this, field] { commit(*field); });
        if (field->givenByProgram)
            setReadOnly(name);
        editor->installEventFilter(this);
        for (QWidget* inner : editor->findChildren<QWidget*>())
            inner->installEventFilter(this);
    }
    // What could not be saved while a server's connection was lost is saved once it is back.
    if (ConnectionWatch* watch = ConnectionWatch::of(m_document))
        connect(watch, &ConnectionWatch::restored, this, [this] {
            if (m_draft || m_uuid.isEmpty())
                return;
            for (const FieldSpec* field : std::as_const(m_fields)) {
                if (m_refused.contains(field->name))
                    commit(*field);
            }
        });
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (!m_draft && !m_uuid.isEmpty() && tables.contains(m_spec.table))
            reload();
    });
    bind({});
}

void RecordForm::bind(const QString& uuid) {
    if (uuid != m_uuid || m_draft)
        keepRefusedAbove();
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
    m_version = record ? record->version : 0;
    for (const FieldSpec* field : std::as_const(m_fields)) {
        // A refused text stays as typed, for the user to put right; a field that already shows the stored
        // value is left alone, so its cursor and selection stay.
        QWidget* editor = m_editors.value(field->name);
        if (m_refused.contains(field->name))
            continue;
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
    keepRefusedAbove();
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
    QWidget* editor = m_editors.value(field.name);
    const QVariant value = FieldEditor::value(editor, field);
    if (m_draft) {
        // A draft says at once what is wrong with what was typed; an empty field is named only on saving, as
        // passing one on the way is no mistake.
        const Status fine = value.isValid() ? field.validate(value) : Status();
        setProblem(field.name, fine ? QString() : fine.message());
        return;
    }
    if (m_uuid.isEmpty() || m_resolving)
        return;
    const Status result = m_document->update(m_spec, m_uuid, {{field.name, value}}, m_version);
    if (!result && result.error().conflict && result.error().conflict->theirs) {
        resolveConflict(*result.error().conflict, field);
        return;
    }
    if (!result) {
        // The text stays as typed, red, with the reason beside it: nothing the user wrote is thrown away.
        // A lost server is said in words, not the driver's, and the text is saved once it is back.
        const QString why = ConnectionWatch::lostOn(m_document)
                                ? tr("Not saved yet: the connection to the server is lost. What you typed is "
                                     "kept here and saved when the connection is back.")
                                : result.message();
        m_failedSave = true;
        m_refused.insert(field.name, why);
        setProblem(field.name, why);
        return;
    }
    const bool wasRefused = m_refused.remove(field.name) > 0;
    setProblem(field.name, {});
    if (m_refused.isEmpty()) {
        m_failedSave = false;
        m_error->hide();
    }
    FieldEditor::markSaved(editor, field);
    if (wasRefused)
        reload(); // the text put right reads as the file now holds it
    emit saved();
}

void RecordForm::resolveConflict(const Conflict& conflict, const FieldSpec& field) {
    // Yours: the record as this form read it with the edit just made; theirs: as the other writer left it.
    QVariantMap mine = m_stored;
    mine.insert(field.name, FieldEditor::value(m_editors.value(field.name), field));
    m_resolving = true;
    const auto kept = ConflictDialog::resolve(conflict, m_fields, mine, this);
    m_resolving = false;
    if (kept) {
        if (auto saved = m_document->update(m_spec, m_uuid, *kept, conflict.theirs->version); !saved) {
            m_failedSave = true;
            m_refused.insert(field.name, saved.message());
            setProblem(field.name, saved.message());
            return;
        }
        emit saved();
    }
    // Either way the form shows what the file now holds (with "take theirs", their values in every field).
    m_refused.remove(field.name);
    setProblem(field.name, {});
    if (m_refused.isEmpty()) {
        m_failedSave = false;
        m_error->hide();
    }
    reload();
    FieldEditor::markSaved(m_editors.value(field.name), field);
}

void RecordForm::keepRefusedAbove() {
    // The refused text leaves its field with the record it was typed for: it stays above the fields, with
    // the reason, to copy from, until an edit is saved.
    if (m_refused.isEmpty())
        return;
    QStringList lines;
    for (const FieldSpec* field : std::as_const(m_fields)) {
        if (!m_refused.contains(field->name))
            continue;
        const QString typed = FieldEditor::value(m_editors.value(field->name), *field).toString();
        lines << tr("Not saved: %1 What was typed: “%2”").arg(m_refused.value(field->name), typed);
    }
    m_refused.clear();
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        setProblem(it.key(), {});
    showError(lines.join(u'\n'));
}

void RecordForm::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RecordForm::showError(const Error& error) {
    if (!m_problems.contains(error.field)) {
        showError(error.message);
        return;
    }
    setProblem(error.field, error.message);
    if (m_draft)
        showError(tr("Not saved: put right “%1”.").arg(m_spec.labelOf(error.field)));
}

void RecordForm::showErrors(const QList<Error>& errors) {
    QStringList fields;
    QStringList others;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        setProblem(it.key(), {});
    for (const Error& error : errors) {
        if (m_problems.contains(error.field)) {
            // The first problem of a field is the one to put right first.
            if (problem(error.field).isEmpty())
                setProblem(error.field, error.message);
            const QString label = QStringLiteral("“%1”").arg(m_spec.labelOf(error.field));
            if (!fields.contains(label))
                fields << label;
        } else {
            others << error.message;
        }
    }
    if (!fields.isEmpty())
        others.prepend(tr("Not saved: put right %1.").arg(fields.join(QStringLiteral(", "))));
    if (others.isEmpty())
        m_error->hide();
    else
        showError(others.join(u'\n'));
}

void RecordForm::setProblem(const QString& field, const QString& message) {
    ProblemLabel* label = m_problems.value(field);
    if (!label)
        return;
    const bool shown = !label->isHidden();
    label->setProblem(message);
    m_layout->setRowVisible(label, !message.isEmpty());
    showProblemLook(m_editors.value(field), message);
    if (shown != !label->isHidden())
        fitDialog();
}

void RecordForm::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // A dialog first opens at most two thirds of the screen high (QWidget::adjustSize), which squeezes a long
    // form on a 1366×768 laptop: it takes the height its fields need.
    fitDialog();
}

void RecordForm::fitDialog() {
    // A dialog grows to show the messages whole rather than squeeze the fields, up to the screen's height; a
    // page has the room its window gives it.
    auto* dialog = qobject_cast<QDialog*>(window());
    if (!dialog || !dialog->isVisible() || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed = dialog->layout()->hasHeightForWidth()
                           ? dialog->layout()->totalHeightForWidth(dialog->width())
                           : dialog->layout()->totalSizeHint().height();
    const QRect room = dialog->screen()->availableGeometry();
    const int height =
        std::min(needed, room.height() - (dialog->frameGeometry().height() - dialog->height()));
    if (height <= dialog->height())
        return;
    dialog->resize(dialog->width(), height);
    // Still on the screen: a dialog that grew past its foot moves up.
    const int overflow = dialog->frameGeometry().bottom() - room.bottom();
    if (overflow > 0)
        dialog->move(dialog->x(), std::max(room.top(), dialog->y() - overflow));
}

QString RecordForm::problem(const QString& field) const {
    const QLabel* label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool RecordForm::check() {
    QList<Error> found;
    for (const FieldSpec* field : std::as_const(m_fields)) {
        if (field->givenByProgram)
            continue; // shown, never typed: the program fills it in on saving
        if (Status fine = field->validate(FieldEditor::value(m_editors.value(field->name), *field)); !fine)
            found << fine.error();
    }
    showErrors(found);
    return found.isEmpty();
}

bool RecordForm::confirmDoubts(const QVariantMap& stored) {
    QStringList doubts;
    QWidget* first = nullptr;
    for (const FieldSpec* field : std::as_const(m_fields)) {
        QWidget* editor = m_editors.value(field->name);
        const QVariant value = FieldEditor::value(editor, *field);
        const QString doubt = field->doubt(value);
        if (doubt.isEmpty() ||
            (stored.contains(field->name) && field->normalized(stored.value(field->name)) == value))
            continue;
        doubts << doubt;
        if (!first)
            first = editor;
    }
    if (doubts.isEmpty())
        return true;
    // No is the default: Enter by habit does not save what the question is about.
    const auto answer =
        QMessageBox::question(this, tr("Save anyway?"),
                              tr("%1\n\nThat is seldom what happened. Save anyway?").arg(doubts.join(u'\n')),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        return true;
    first->setFocus();
    return false;
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
    QStringList messages;
    if (!m_error->isHidden())
        messages << m_error->text();
    for (const FieldSpec* field : m_fields) {
        if (const QString message = problem(field->name); !message.isEmpty())
            messages << message;
    }
    return messages.join(u'\n');
}

void RecordForm::clearError() {
    m_error->hide();
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        setProblem(it.key(), {});
}

} // namespace lk
