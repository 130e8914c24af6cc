// MeetingDialog: enters or edits one Operativa gruppen meeting in one go: date, place, chair, attendance,
// agenda and minutes, the cases discussed (new ones too) and the action items. Saved as one undoable step.
#pragma once

#include "og/meetingdraft.h"

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
    // The period the page shows: its promises are the choices for the promise a meeting counts for, and a
    // meeting dated inside it counts for the promise whose target counts meetings, unless the user chose.
    struct Period {
        QList<QPair<QString, qint64>> promises;
        qint64 countingPromise = 0;
        QDate start;
        QDate end;
    };

    MeetingDialog(Document* document, const MeetingDraft& draft, const Period& period,
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
    Period m_period;
    bool m_promiseChosen = false; // the user picked the promise; the date no longer moves it
};

} // namespace lk
