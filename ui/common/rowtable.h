// RowTable: a small table of rows edited in place with widgets (a dialog's attendance, discussions, actions),
// with buttons under it to add and remove rows.
#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace lk {

class RowTable : public QWidget {
    Q_OBJECT
public:
    // `name` is what a screen reader calls the table ("Närvaro"); each editor in a cell is called by its
    // column and row ("Ansvarig, rad 2").
    RowTable(const QString& name, const QStringList& headers, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // A button under the table; `removeText` adds the one that removes the current row.
    QPushButton* addButton(const QString& text);
    QPushButton* addRemoveButton(const QString& text);
    int appendRow();
    // Puts an editor in a cell; when it gets the focus its row becomes the current one (for Remove).
    void setCell(int row, int column, QWidget* editor);
    // The widget in a cell, of the type the row put there.
    template <typename T> T* cell(int row, int column) const;

signals:
    void rowRemoved(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void nameCell(int row, int column);

    QTableWidget* m_table;
    QHBoxLayout* m_buttons;
    QList<QPushButton*> m_buttonList;
};

} // namespace lk

#include <QTableWidget>

template <typename T> T* lk::RowTable::cell(int row, int column) const {
    return qobject_cast<T*>(m_table->cellWidget(row, column));
}
