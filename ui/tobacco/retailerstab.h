// RetailersTab: the municipality's tobacco retailers with when each is next due, the ones overdue for
// inspection tinted and said so in words; the selected
// one in a form, with when its next inspection is due, its open follow-ups and its history of inspections and
// test purchases.
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace lk {

class Document;
class RecordForm;
class RecordListPanel;

class RetailersTab : public QWidget {
    Q_OBJECT
public:
    explicit RetailersTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    RecordListPanel* list() const { return m_list; }
    RecordForm* form() const { return m_form; }
    QLabel* due() const { return m_due; }
    QTreeWidget* history() const { return m_history; }
    QSpinBox* months() const { return m_months; }

signals:
    // The time between inspections changed, so what is due did too.
    void dueChanged();

private:
    void showSelected();
    // The retailers overdue for inspection or with a follow-up past its date.
    void findLate();
    // The list's columns of when each is next due, worked out for today and the time between inspections.
    void showDueColumns();

    Document* m_document;
    RecordListPanel* m_list;
    RecordForm* m_form;
    QLabel* m_due;
    QTreeWidget* m_history;
    QSpinBox* m_months;
    qint64 m_municipalityId = 0;
    QSet<qint64> m_late;
};

} // namespace lk
