// ChecklistGrid: an inspection's checklist: a row per point with its result (OK, brist, ej kontrollerat) and
// a note, and a line that counts them.
#pragma once

#include "tobacco/inspectiondraft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lk {

class RowTable;

class ChecklistGrid : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistGrid(QWidget* parent = nullptr);

    void setRows(const QList<InspectionDraft::Row>& rows);
    // The rows as the user left them.
    QList<InspectionDraft::Row> rows() const;

    QComboBox* resultEditor(int row) const;
    QLineEdit* noteEditor(int row) const;
    QLabel* tally() const { return m_tally; }

private:
    void updateTally();

    RowTable* m_table;
    QLabel* m_tally;
    QList<InspectionDraft::Row> m_rows;
};

} // namespace lk
