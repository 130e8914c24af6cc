// MeetingDialog: enters or edits one Operativa gruppen meeting in one go: date, place, chair, attendance,
// agenda and minutes, the cases discussed (new ones too) and the action items. Saved as one undoable step.
#pragma once

#include "og/meetingdraft.h"
#include "promises/countsfor.h"

#include <QDate>
#include <QDialog>

namespace lk {

class ActionList;
class AttendanceGrid;
class DiscussionList;
class Document;
class RecordForm;

class MeetingDialog : public QDialog {
    Q_OBJECT
public:
    // `period`: the meeting's period, whose promises it may count for.
    MeetingDialog(Document* document, const MeetingDraft& draft, const CountsFor::Choices& period,
                  QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    AttendanceGrid* attendance() const { return m_attendance; }
    DiscussionList* discussions() const { return m_discussions; }
    ActionList* actions() const { return m_actions; }

    // Opens the New case dialog; the new case is added to the cases discussed.
    void newCase();
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

public:
    QString savedUuid() const { return m_savedUuid; }

private:
    QList<QPair<QString, QString>> caseChoices() const;
    QString caseLabel(const QVariantMap& values, const QString& code) const;

    Document* m_document;
    MeetingDraft m_draft;
    RecordForm* m_form;
    AttendanceGrid* m_attendance;
    DiscussionList* m_discussions;
    ActionList* m_actions;
    QString m_savedUuid;
};

} // namespace lk
