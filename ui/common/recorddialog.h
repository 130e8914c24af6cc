// RecordDialog: asks for a new record of any register in a RecordForm; OK saves it as one undoable step.
#pragma once

#include "common/result.h"
#include "register/record.h"
#include "register/registerspec.h"

#include <QDialog>

#include <functional>

namespace lk {

class Document;
class RecordForm;

class RecordDialog : public QDialog {
    Q_OBJECT
public:
    // `fixed` holds values the user does not choose here (the promise a target belongs to).
    RecordDialog(Document* document, const RegisterSpec& spec, const QStringList& fields,
                 const QVariantMap& initial, const QVariantMap& fixed, QWidget* parent = nullptr);

    // Replaces the default save (an insert) with another action on the entered record, such as copying a
    // period.
    void setSave(std::function<Result<QString>(const Record&)> save) { m_save = std::move(save); }

    RecordForm* form() const { return m_form; }
    // The UUID of the record saved, once OK succeeded.
    QString savedUuid() const { return m_savedUuid; }

    void accept() override;

    // A dialog that edits an existing record; each finished field is saved at once, as in the pages.
    static void editExisting(Document* document, const RegisterSpec& spec, const QStringList& fields,
                             const QString& uuid, QWidget* parent);

private:
    Document* m_document;
    const RegisterSpec& m_spec;
    RecordForm* m_form;
    QVariantMap m_fixed;
    QString m_savedUuid;
    std::function<Result<QString>(const Record&)> m_save;
};

} // namespace lk
