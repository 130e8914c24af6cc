#include "common/rowtable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

namespace {
// Marks an editor whose name RowTable gave it, and so changes when its row moves.
constexpr char namedByCell[] = "lkNamedByCell";
} // namespace

RowTable::RowTable(const QString& name, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_buttons(new QHBoxLayout) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setAccessibleName(name);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The cells hold editors; Tab walks through them rather than through the table's own items.
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_table);
    m_buttons->addStretch();
    layout->addLayout(m_buttons);
}

QPushButton* RowTable::addButton(const QString& text) {
    auto* button = new QPushButton(text, this);
    m_buttonList.append(button);
    m_buttons->addWidget(button);
    return button;
}

QPushButton* RowTable::addRemoveButton(const QString& text) {
    QPushButton* button = addButton(text);
    connect(button, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        // The rows below moved up one: their editors' names follow.
        for (int below = row; below < m_table->rowCount(); ++below) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                nameCell(below, column);
        }
        emit rowRemoved(row);
    });
    return button;
}

void RowTable::setCell(int row, int column, QWidget* editor) {
    m_table->setCellWidget(row, column, editor);
    // A cell's editor has no label of its own; the column's header and the row say what it holds.
    if (editor->accessibleName().isEmpty()) {
        editor->setProperty(namedByCell, true);
        nameCell(row, column);
    }
    editor->installEventFilter(this);
    // Tab goes through the rows in reading order, then on to the buttons under the table: a cell made later
    // would otherwise come last in the dialog's whole chain.
    QWidget* previous = m_table;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QWidget* cell = m_table->cellWidget(r, c);
            if (!cell || cell == editor)
                continue;
            if (r < row || (r == row && c < column))
                previous = cell;
        }
    }
    QWidget::setTabOrder(previous, editor);
    if (!m_buttonList.isEmpty() && row == m_table->rowCount() - 1)
        QWidget::setTabOrder(editor, m_buttonList.first());
}

void RowTable::nameCell(int row, int column) {
    QWidget* editor = m_table->cellWidget(row, column);
    if (editor && editor->property(namedByCell).toBool())
        editor->setAccessibleName(
            tr("%1, row %2").arg(m_table->horizontalHeaderItem(column)->text()).arg(row + 1));
}

bool RowTable::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (m_table->cellWidget(row, column) == watched)
                    m_table->setCurrentCell(row, column);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

int RowTable::appendRow() {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCurrentCell(row, 0);
    return row;
}

} // namespace lk
