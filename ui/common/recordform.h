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

    // Draft use: fills the fields without saving anything.
    void setDraft(const QVariantMap& values);
    QVariantMap values() const;

    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    void showError(const QString& message);
    void clearError();

signals:
    void saved();

private:
    void commit(const FieldSpec& field);
    void reload();

    Document* m_document;
    const RegisterSpec& m_spec;
    QList<const FieldSpec*> m_fields;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_error;
    QString m_uuid;
    bool m_draft = false;
};

} // namespace lk
