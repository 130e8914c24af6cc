#include "todo/todopage.h"

#include "common/isodate.h"
#include "document/document.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "tobacco/tobaccoregisters.h"
#include "walks/walkregisters.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lk {

namespace {

// What a change to these registers may add to the list, or take from it.
QSet<QString> watchedTables() {
    return {OgRegisters::actionItems().table,    OgRegisters::meetings().table,
            WalkRegisters::observations().table, WalkRegisters::walks().table,
            TobaccoRegisters::retailers().table, TobaccoRegisters::inspections().table,
            PromiseRegisters::statuses().table,  PromiseRegisters::promises().table,
            PromiseRegisters::periods().table,   PromiseRegisters::municipalities().table};
}

QTableWidgetItem* cellOf(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

TodoPage::TodoPage(Document* document, QWidget* parent)
    : Page(document, parent) {
    showBadge(watchedTables(), [this]() -> QString {
        auto items = TodoList::of(this->document()->repository(), municipalityId(), QDate::currentDate());
        const int overdue = items ? TodoList::overdueCount(*items) : 0;
        return overdue > 0 ? tr("%n overdue", "", overdue) : QString();
    });
    connect(document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (!tables.intersects(watchedTables()))
            return;
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void TodoPage::build() {
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("The chosen municipality"));
    m_scope->addItem(tr("Every municipality in the file"));
    auto* responsibleLabel = new QLabel(tr("&Responsible:"), this);
    responsibleLabel->setBuddy(m_responsible);
    auto* scopeLabel = new QLabel(tr("&Municipalities:"), this);
    scopeLabel->setBuddy(m_scope);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("todo"));
    m_table->setAccessibleName(tr("Everything due"));
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("State"), tr("What"), tr("About"), tr("Responsible"), tr("Municipality")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AboutColumn, QHeaderView::Stretch);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("nothingDue"));
    m_empty->setWordWrap(true);
    auto* hint = new QLabel(tr("Overdue first. Enter or a double-click opens the record on its page."), this);
    hint->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(responsibleLabel);
    filters->addWidget(m_responsible, 1);
    filters->addSpacing(12);
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scope, 1);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(hint);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(m_responsible, &QComboBox::currentIndexChanged, this, &TodoPage::fill);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TodoPage::refresh);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) { open(index.row()); });
}

void TodoPage::applyPeriod() {
    m_stale = true;
    if (isVisible())
        refresh();
}

void TodoPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void TodoPage::refresh() {
    ensureBuilt();
    m_stale = false;
    const bool all = m_scope->currentIndex() == 1;
    auto items = TodoList::of(document()->repository(), all ? 0 : municipalityId(), QDate::currentDate());
    if (!items) {
        document()->reportReadFailure(items.message());
        return;
    }
    m_items = *items;
    // The choice of responsible stays while it is still in the list.
    const QString chosen = m_responsible->currentIndex() > 0 ? m_responsible->currentText() : QString();
    {
        const QSignalBlocker quiet(m_responsible);
        m_responsible->clear();
        m_responsible->addItem(tr("Anyone"));
        m_responsible->addItems(TodoList::responsibles(m_items));
        m_responsible->setCurrentIndex(std::max(0, m_responsible->findText(chosen)));
    }
    m_table->setColumnHidden(MunicipalityColumn, !all);
    fill();
}

void TodoPage::fill() {
    const QString who = m_responsible->currentIndex() > 0 ? m_responsible->currentText() : QString();
    m_shown.clear();
    for (const TodoList::Item& item : std::as_const(m_items)) {
        if (who.isEmpty() || item.responsible == who)
            m_shown.append(item);
    }
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const TodoList::Item& item = m_shown.at(row);
        auto* state = cellOf(item.overdue ? tr("Overdue") : tr("Coming"));
        if (item.overdue) {
            state->setForeground(QColor(0xb0, 0x1c, 0x1c));
            QFont bold = m_table->font();
            bold.setBold(true);
            state->setFont(bold);
        }
        m_table->setItem(row, DueColumn, cellOf(isoDate(item.due)));
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, WhatColumn, cellOf(item.what));
        m_table->setItem(row, AboutColumn, cellOf(item.about));
        m_table->setItem(row, ResponsibleColumn, cellOf(item.responsible));
        m_table->setItem(row, MunicipalityColumn, cellOf(item.municipality));
    }
    m_table->resizeColumnToContents(DueColumn);
    m_table->resizeColumnToContents(StateColumn);
    m_table->resizeColumnToContents(ResponsibleColumn);
    m_table->resizeColumnToContents(MunicipalityColumn);
    m_table->resizeRowsToContents();
    const int overdue = TodoList::overdueCount(m_shown);
    m_empty->setText(m_shown.isEmpty()
                         ? (m_items.isEmpty()
                                ? tr("Nothing is due: no open action, no retailer due for "
                                     "inspection, and every promise has its status this tertial.")
                                : tr("Nothing due for %1.").arg(who))
                         : tr("%n overdue", "", overdue) + QStringLiteral(", ") +
                               tr("%n in all", "", int(m_shown.size())));
}

void TodoPage::open(int row) {
    if (row < 0 || row >= m_shown.size())
        return;
    const TodoList::Item& item = m_shown.at(row);
    SearchHit hit;
    hit.spec = Registry::byTable(item.table);
    hit.uuid = item.uuid;
    hit.date = item.due;
    hit.municipalityId = item.municipalityId;
    hit.municipality = item.municipality;
    emit openRecord(hit);
}

} // namespace lk
