// DiscussionList: the cases a meeting discussed, each with a short note and the decisions; a case is picked
// from the municipality's open cases or created here.
#pragma once

#include "og/meetingdraft.h"

#include <QWidget>

namespace lk {

class RowTable;

class DiscussionList : public QWidget {
    Q_OBJECT
public:
    struct Choice {
        QString label; // "OG-2021-003 – Utbildning"
        QString uuid;  // an existing case, or
        int newCase = -1;
    };

    explicit DiscussionList(QWidget* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    // A case created in the dialog: offered in every row, and added as a row of its own.
    void addNewCase(const QString& label, int index);
    void setDiscussions(const QList<MeetingDraft::Discussion>& discussions);
    // The discussions, or which row is incomplete (a note without a case).
    Result<QList<MeetingDraft::Discussion>> discussions() const;

    RowTable* rows() const { return m_rows; }
    void addRow();

signals:
    void newCaseRequested();

private:
    void fillChoices(int row);

    RowTable* m_rows;
    QList<Choice> m_choices;
};

} // namespace lk
