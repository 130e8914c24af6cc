// ParticipantsGrid: how many took part in a walk, one number per group (residents, the municipality, the
// police, …), with the total. A number typed is saved at once; 0 removes the group's row, so the file holds
// only the groups that came.
#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QSpinBox;

namespace lk {

class Document;

class ParticipantsGrid : public QWidget {
    Q_OBJECT
public:
    explicit ParticipantsGrid(Document* document, QWidget* parent = nullptr);

    // Shows the counts of the walk (0: none, and the grid is disabled).
    void setWalk(qint64 walkId);
    QSpinBox* count(const QString& group) const { return m_counts.value(group); }
    QLabel* total() const { return m_total; }

private:
    void load();
    void save(const QString& group);
    void showTotal();

    Document* m_document;
    qint64 m_walkId = 0;
    QMap<QString, QSpinBox*> m_counts;
    QLabel* m_total;
    QLabel* m_error;
};

} // namespace lk
