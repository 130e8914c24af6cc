// RecordDialog: asks for a new record of any register in a RecordForm; OK saves it as one undoable step.
#pragma once

#include "common/result.h"
#include "register/record.h"
#include "register/registerspec.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;

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

    // Adds "Save and new": the record is saved and the form stays open for the next one, keeping what
    // usually repeats (date, place, choices) and emptying the figures and notes. For a notebook of entries.
    void enableSaveAndNew();
    // Saves the entered record and readies the form for the next; false when it was refused.
    bool saveAndNew();
    // Fields that are each entry's own besides figures and notes (an observation's action), emptied for the
    // next one.
    void setOwnFields(const QStringList& fields) { m_ownFields = fields; }
    int savedCount() const { return m_savedCount; }

    RecordForm* form() const { return m_form; }
    // The municipality whose records the reference fields offer; taken from the fixed values when they say
    // (a municipality's record, or one whose owner is given).
    void setMunicipality(qint64 municipalityId);
    // The UUID of the record saved, once OK succeeded.
    QString savedUuid() const { return m_savedUuid; }

    void accept() override;

    // Makes this a dialog that edits the stored record `uuid`: all fields are saved together on OK.
    void editRecord(const QString& uuid);
    // For a save of one's own: writes `values` to the record `uuid` over `version` (the one read when the
    // dialog opened), and when someone else changed it since, asks which to keep, theirs beside these.
    Result<QString> saveOver(const QString& uuid, const QVariantMap& values, qint64 version);

    // A dialog that edits an existing record; all fields are saved together, as one undo step.
    static void editExisting(Document* document, const RegisterSpec& spec, const QStringList& fields,
                             const QString& uuid, QWidget* parent);

signals:
    // A record was saved and the form readied for the next one.
    void savedAndNew();

private:
    bool save();

    Document* m_document;
    const RegisterSpec& m_spec;
    RecordForm* m_form;
    QVariantMap m_fixed;
    QString m_savedUuid;
    int m_savedCount = 0;
    QDialogButtonBox* m_buttons;
    QLabel* m_savedNote = nullptr;
    std::function<Result<QString>(const Record&)> m_save;
    QStringList m_ownFields;
    QVariantMap m_stored; // the record being edited as the file holds it; empty for a new one
};

} // namespace lk
