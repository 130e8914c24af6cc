// ActionList: the action items a meeting decides: what, who is responsible, by when, and how it stands.
#pragma once

#include "og/meetingdraft.h"

#include <QDate>
#include <QWidget>

namespace lk {

class RowTable;

class ActionList : public QWidget {
    Q_OBJECT
public:
    explicit ActionList(const QStringList& organisations, QWidget* parent = nullptr);

    void setActions(const QList<MeetingDraft::Action>& actions);
    // Rows without a "what" are left out; a done action gets today as its done date unless it has one.
    QList<MeetingDraft::Action> actions() const;

    RowTable* rows() const { return m_rows; }
    void addRow(const QVariantMap& values = {});
    void setDefaultDue(const QDate& due) { m_defaultDue = due; }

private:
    RowTable* m_rows;
    QStringList m_organisations;
    QDate m_defaultDue;
};

} // namespace lk
