// ActionList: the action items a meeting decides: what, who is responsible, by when, and how it stands.
#pragma once

#include "og/meetingdraft.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

namespace lk {

class RowTable;

class ActionList : public QWidget {
    Q_OBJECT
public:
    explicit ActionList(const QStringList& organisations, QWidget* parent = nullptr);

    void setActions(const QList<MeetingDraft::Action>& actions);
    // The actions, or which row is incomplete; an empty new row is left out.
    Result<QList<MeetingDraft::Action>> actions() const;

    RowTable* rows() const { return m_rows; }
    void addRow(const QVariantMap& values = {});
    // The due date new rows start with; rows not yet given one by the user move with it.
    void setDefaultDue(const QDate& due);
    // Marks red the due dates before the meeting's date `held`, with the refusal as their tooltip; an edit of
    // one (or a date put right) takes the mark away.
    void markDueBefore(const QDate& held, const QString& message);

private:
    RowTable* m_rows;
    QStringList m_organisations;
    QDate m_defaultDue;
    QList<QPointer<QWidget>> m_followingDue;
};

} // namespace lk
