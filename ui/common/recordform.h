// RecordForm: a form for the plain fields of any register. Bound to a record it saves each finished edit at
// once (as one undoable step); as a draft (in a dialog) it only collects values.
#pragma once

#include "register/conflict.h"
#include "register/registerspec.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace lk {

class Document;
class ProblemLabel;

class RecordForm : public QWidget {
    Q_OBJECT
public:
    RecordForm(Document* document, const RegisterSpec& spec, const QStringList& fields,
               QWidget* parent = nullptr);

    // Shows the record and saves edits to it; an empty uuid clears and disables the form.
    void bind(const QString& uuid);
    QString boundUuid() const { return m_uuid; }

    // Draft use: fills the fields without saving anything; values() gives every shown field. Values of fields
    // not shown may say the municipality (municipality_id, or the owner such as a retailer).
    void setDraft(const QVariantMap& values);
    QVariantMap values() const;

    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    const RegisterSpec& spec() const { return m_spec; }
    // The fields the form shows, in order.
    const QList<const FieldSpec*>& fields() const { return m_fields; }
    QString firstField() const { return m_fields.isEmpty() ? QString() : m_fields.first()->name; }
    // The municipality whose records the reference fields offer (a test purchase's retailers, a visit's
    // units); a bound record sets it from itself.
    void setMunicipality(qint64 municipalityId);
    qint64 municipality() const { return m_municipality; }
    // Shown but not edited here (a case code, which Löfteskollen gives).
    void setReadOnly(const QString& field);
    // A message above the fields, for what is about no one field (the file could not be written).
    void showError(const QString& message);
    // A refusal: beside its field when it names one the form shows (Error::field), else above the fields.
    void showError(const Error& error);
    // Every problem at once, each beside its field; above the fields, the fields to put right and what
    // names no field. Clears the problems shown before.
    void showErrors(const QList<Error>& errors);
    // Hides every message, above and beside the fields.
    void clearError();
    // The message beside a field, or an empty string.
    QString problem(const QString& field) const;
    // An edit was refused and is not saved: its text stays in its field with the message beside it (or, once
    // another record is shown, in the message above the fields).
    bool hasFailedSave() const { return m_failedSave; }
    // Every message shown, above and beside the fields.
    QString errorText() const;

    // Draft use, before saving: checks each field the user fills in (a date that is no date, a required
    // field left empty, a personal identity number) and shows every problem; true when there is none.
    bool check();
    // Draft use, before saving: asks once whether to save values that are allowed but seldom meant (0
    // vehicles checked, FieldSpec::doubtfulWhenZero); true to save. A value as `stored` holds it (the record
    // being edited) was asked about before and is not asked again. No returns to the doubtful field.
    bool confirmDoubts(const QVariantMap& stored = {});

signals:
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void commit(const FieldSpec& field);
    // Someone else changed the record since the form read it: theirs beside yours, and the user keeps one.
    void resolveConflict(const Conflict& conflict, const FieldSpec& field);
    void reload();
    bool showsStored(const QWidget* editor, const FieldSpec& field) const;
    void setProblem(const QString& field, const QString& message);
    void keepRefusedAbove();
    void fitDialog();

    Document* m_document;
    const RegisterSpec& m_spec;
    QList<const FieldSpec*> m_fields;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_error;
    QFormLayout* m_layout = nullptr;
    QHash<QString, ProblemLabel*> m_problems; // under each field, hidden while it is fine
    QHash<QString, QString> m_refused; // bound use: fields whose typed text the file refused, kept as typed
    QString m_uuid;
    QVariantMap m_stored;     // the bound record's values as the file holds them
    qint64 m_version = 0;     // the bound record's version when m_stored was read: a save applies only to it
    bool m_resolving = false; // the conflict dialog is open: the field's focus leaving it is no new edit
    bool m_draft = false;
    qint64 m_municipality = 0;
    bool m_failedSave = false;
};

} // namespace lk
