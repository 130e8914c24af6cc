// WalkActionsTab: every action from the municipality's safety walks, the late ones marked, with a switch to
// see only those, and the follow-up the practice asks for: how many were fixed within six months of the walk.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace lk {

class Document;
class RecordListPanel;

class WalkActionsTab : public QWidget {
    Q_OBJECT
public:
    explicit WalkActionsTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    RecordListPanel* list() const { return m_list; }
    QCheckBox* onlyOverdue() const { return m_onlyOverdue; }
    QLabel* summary() const { return m_summary; }

private:
    void applyCondition();
    void refreshSummary();

    Document* m_document;
    QLabel* m_summary;
    QCheckBox* m_onlyOverdue;
    RecordListPanel* m_list;
    qint64 m_municipalityId = 0;
};

} // namespace lk
