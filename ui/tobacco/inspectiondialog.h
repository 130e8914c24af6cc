// InspectionDialog: enters or edits one tobacco inspection in one go: when, where, who took part, the
// checklist, findings, the decision and the follow-up. Saved as one undoable step.
#pragma once

#include "promises/countsfor.h"
#include "tobacco/inspectiondraft.h"

#include <QDialog>

namespace lk {

class ChecklistGrid;
class Document;
class RecordForm;

class InspectionDialog : public QDialog {
    Q_OBJECT
public:
    // `period`: the promises the inspection may count for.
    InspectionDialog(Document* document, const InspectionDraft& draft, const CountsFor::Choices& period,
                     QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    ChecklistGrid* checklist() const { return m_checklist; }
    QString savedUuid() const { return m_savedUuid; }

    void accept() override;

    // The test purchases at the inspection's retailer, offered as a decision's ground (which the law refuses,
    // and the dialog says why).
    void offerPurchasesOf(qint64 retailerId);

private:
    Document* m_document;
    InspectionDraft m_draft;
    RecordForm* m_form;
    ChecklistGrid* m_checklist;
    QString m_savedUuid;
};

} // namespace lk
