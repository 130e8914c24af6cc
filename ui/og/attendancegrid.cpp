#include "og/attendancegrid.h"

#include "common/rowtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lk {

AttendanceGrid::AttendanceGrid(QWidget* parent)
    : QWidget(parent)
    , m_rows(new RowTable(tr("Attendance"), {tr("Organisation"), tr("Present")}, this))
    , m_newOrganisation(new QLineEdit(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rows->table()->horizontalHeader()->setStretchLastSection(false);

    auto* add = new QHBoxLayout;
    m_newOrganisation->setPlaceholderText(tr("Another organisation…"));
    m_newOrganisation->setAccessibleName(tr("Another organisation"));
    auto* addButton = new QPushButton(tr("Add"), this);
    add->addWidget(m_newOrganisation, 1);
    add->addWidget(addButton);
    layout->addLayout(add);
    const auto addTyped = [this] {
        const QString organisation = m_newOrganisation->text().trimmed();
        if (organisation.isEmpty() || countEditor(organisation))
            return;
        addOrganisation(organisation, 1);
        m_newOrganisation->clear();
        countEditor(organisation)->setFocus();
    };
    connect(addButton, &QPushButton::clicked, this, addTyped);
    connect(m_newOrganisation, &QLineEdit::returnPressed, this, addTyped);
}

void AttendanceGrid::setAttendance(const QStringList& offered, const QMap<QString, int>& counts) {
    m_rows->table()->setRowCount(0);
    for (const QString& organisation : offered)
        addOrganisation(organisation, counts.value(organisation));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!offered.contains(it.key()))
            addOrganisation(it.key(), it.value());
    }
}

void AttendanceGrid::addOrganisation(const QString& organisation, int count) {
    const int row = m_rows->appendRow();
    auto* name = new QTableWidgetItem(organisation);
    name->setFlags(Qt::ItemIsEnabled);
    m_rows->table()->setItem(row, 0, name);
    auto* spin = new QSpinBox;
    spin->setRange(0, 500);
    spin->setValue(count);
    spin->setAccessibleName(organisation);
    spin->setObjectName(organisation);
    m_rows->setCell(row, 1, spin);
}

QMap<QString, int> AttendanceGrid::attendance() const {
    QMap<QString, int> counts;
    for (int row = 0; row < m_rows->table()->rowCount(); ++row)
        counts.insert(m_rows->table()->item(row, 0)->text(), m_rows->cell<QSpinBox>(row, 1)->value());
    return counts;
}

QWidget* AttendanceGrid::countEditor(const QString& organisation) const {
    for (int row = 0; row < m_rows->table()->rowCount(); ++row) {
        if (m_rows->table()->item(row, 0)->text() == organisation)
            return m_rows->cell<QSpinBox>(row, 1);
    }
    return nullptr;
}

} // namespace lk
