// RecordForm: a form for the plain fields of any register. Bound to a record it saves each finished edit at
// once (as one undoable step); as a draft (in a dialog) it only collects values.
#pragma once

#include "register/registerspec.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace lk {

class Document;

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
    QString firstField() const { return m_fields.isEmpty() ? QString() : m_fields.first()->name; }
    // The municipality whose records the reference fields offer (a test purchase's retailers, a visit's
    // units); a bound record sets it from itself.
    void setMunicipality(qint64 municipalityId);
    qint64 municipality() const { return m_municipality; }
    // Shown but not edited here (a case code, which Löfteskollen gives).
    void setReadOnly(const QString& field);
    void showError(const QString& message);
    void clearError();
    // The last finished edit was refused (and the field went back to what the file holds).
    bool hasFailedSave() const { return m_failedSave; }
    QString errorText() const;

signals:
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commit(const FieldSpec& field);
    void reload();
    bool showsStored(const QWidget* editor, const FieldSpec& field) const;

    Document* m_document;
    const RegisterSpec& m_spec;
    QList<const FieldSpec*> m_fields;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_error;
    QString m_uuid;
    QVariantMap m_stored; // the bound record's values as the file holds them
    bool m_draft = false;
    qint64 m_municipality = 0;
    bool m_failedSave = false;
};

} // namespace lk
