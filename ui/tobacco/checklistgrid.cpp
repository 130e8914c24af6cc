#include "tobacco/checklistgrid.h"

#include "common/rowtable.h"
#include "tobacco/tobaccoregisters.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lk {

ChecklistGrid::ChecklistGrid(QWidget* parent)
    : QWidget(parent)
    , m_table(new RowTable(tr("Checklist"), {tr("Point"), tr("Result"), tr("Note")}, this))
    , m_tally(new QLabel(this)) {
    m_tally->setObjectName(QStringLiteral("tally"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_tally);
    QHeaderView* header = m_table->table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
}

void ChecklistGrid::setRows(const QList<InspectionDraft::Row>& rows) {
    m_rows = rows;
    m_table->table()->setRowCount(0);
    const FieldSpec& result = TobaccoRegisters::inspectionResults().field(inspectionResults::result);
    for (const InspectionDraft::Row& row : rows) {
        const int index = m_table->appendRow();
        auto* title = new QTableWidgetItem(row.title);
        title->setFlags(Qt::ItemIsEnabled);
        title->setToolTip(row.title);
        m_table->table()->setItem(index, 0, title);
        auto* combo = new QComboBox;
        for (const CodeOption& option : result.codes)
            combo->addItem(result.codeLabel(option.code), option.code);
        combo->setCurrentIndex(std::max(0, combo->findData(row.result)));
        combo->setAccessibleName(tr("Result: %1").arg(row.title));
        connect(combo, &QComboBox::currentIndexChanged, this, &ChecklistGrid::updateTally);
        m_table->setCell(index, 1, combo);
        auto* note = new QLineEdit(row.note);
        note->setMaxLength(500);
        note->setAccessibleName(tr("Note: %1").arg(row.title));
        m_table->setCell(index, 2, note);
    }
    updateTally();
}

QList<InspectionDraft::Row> ChecklistGrid::rows() const {
    QList<InspectionDraft::Row> rows = m_rows;
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].result = resultEditor(i)->currentData().toString();
        rows[i].note = noteEditor(i)->text().trimmed();
    }
    return rows;
}

QComboBox* ChecklistGrid::resultEditor(int row) const {
    return m_table->cell<QComboBox>(row, 1);
}

QLineEdit* ChecklistGrid::noteEditor(int row) const {
    return m_table->cell<QLineEdit>(row, 2);
}

void ChecklistGrid::updateTally() {
    InspectionDraft counted;
    counted.rows = rows();
    m_tally->setText(QStringLiteral("%1 OK · %2 · %3")
                         .arg(counted.count(QStringLiteral("ok")))
                         .arg(tr("%n deficiency(ies)", "", counted.count(QStringLiteral("brist"))),
                              tr("%n not checked", "", counted.count(QStringLiteral("ej_kontrollerat")))));
}

} // namespace lk
