// SituationTab: the lägesbild. The state of every unsafe place at a chosen date (its latest assessment on or
// before it), most unsafe first, and what changed since an earlier date. A double-click opens the place.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lk {

class DateEdit;
class Document;

class SituationTab : public QWidget {
    Q_OBJECT
public:
    explicit SituationTab(Document* document, QWidget* parent = nullptr);

    // Shows the places of the municipality on the last day of the period (or today, while it runs), and what
    // changed since it began.
    void setScope(qint64 municipalityId, qint64 periodId);
    DateEdit* date() const { return m_date; }
    DateEdit* since() const { return m_since; }
    QTableWidget* states() const { return m_states; }
    QTableWidget* changes() const { return m_changes; }
    QLabel* summary() const { return m_summary; }

    void refresh();

signals:
    // The user asked to see a place in the register.
    void placeOpened(const QString& uuid);

private:
    Document* m_document;
    DateEdit* m_date;
    DateEdit* m_since;
    QLabel* m_summary;
    QTableWidget* m_states;
    QTableWidget* m_changes;
    qint64 m_municipalityId = 0;
};

} // namespace lk
