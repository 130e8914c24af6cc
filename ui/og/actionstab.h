// ActionsTab: every action item of Operativa gruppen's meetings, overdue ones marked, with a switch to see
// only those.
#pragma once

#include <QWidget>

class QCheckBox;

namespace lk {

class Document;
class RecordListPanel;

class ActionsTab : public QWidget {
    Q_OBJECT
public:
    explicit ActionsTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    RecordListPanel* list() const { return m_list; }
    QCheckBox* onlyOverdue() const { return m_onlyOverdue; }

private:
    void applyCondition();

    Document* m_document;
    RecordListPanel* m_list;
    QCheckBox* m_onlyOverdue;
    qint64 m_municipalityId = 0;
};

} // namespace lk
