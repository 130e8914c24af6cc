#include "og/actionlist.h"

#include "common/fieldeditor.h"
#include "common/rowtable.h"
#include "og/ogregisters.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

namespace {
enum Column { WhatColumn, ResponsibleColumn, DueColumn, StatusColumn };
constexpr int UuidRole = Qt::UserRole + 1;
constexpr int DoneRole = Qt::UserRole + 2;

const FieldSpec& field(const char* name) {
    return *OgRegisters::actionItems().field(QString::fromLatin1(name));
}
} // namespace

ActionList::ActionList(const QStringList& organisations, QWidget* parent)
    : QWidget(parent)
    , m_rows(new RowTable({tr("What"), tr("Responsible"), tr("Due"), tr("Status")}, this))
    , m_organisations(organisations)
    , m_defaultDue(QDate::currentDate().addDays(14)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int column : {ResponsibleColumn, DueColumn, StatusColumn})
        m_rows->table()->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_rows->table()->horizontalHeader()->setStretchLastSection(false);
    QPushButton* add = m_rows->addButton(tr("Add an action"));
    add->setObjectName(QStringLiteral("addAction"));
    m_rows->addRemoveButton(tr("Remove row"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
}

void ActionList::addRow(const QVariantMap& values) {
    const int row = m_rows->appendRow();
    const FieldSpec responsible = field("responsible").withSuggestions(m_organisations);
    // The same editors as the forms use, so that a date or a status reads the same everywhere.
    QWidget* what = FieldEditor::create(field("what"), nullptr);
    QWidget* who = FieldEditor::create(responsible, nullptr);
    QWidget* due = FieldEditor::create(field("due_on"), nullptr);
    QWidget* status = FieldEditor::create(field("status"), nullptr);
    FieldEditor::setValue(what, field("what"), values.value(QStringLiteral("what")));
    FieldEditor::setValue(who, responsible, values.value(QStringLiteral("responsible")));
    FieldEditor::setValue(due, field("due_on"), values.value(QStringLiteral("due_on"), m_defaultDue));
    FieldEditor::setValue(status, field("status"),
                          values.value(QStringLiteral("status"), QStringLiteral("oppen")));
    m_rows->setCell(row, WhatColumn, what);
    m_rows->setCell(row, ResponsibleColumn, who);
    m_rows->setCell(row, DueColumn, due);
    m_rows->setCell(row, StatusColumn, status);
    auto* keys = new QTableWidgetItem;
    keys->setData(UuidRole, values.value(QStringLiteral("uuid")));
    keys->setData(DoneRole, values.value(QStringLiteral("done_on")));
    m_rows->table()->setItem(row, WhatColumn, keys);
    what->setFocus();
}

void ActionList::setActions(const QList<MeetingDraft::Action>& actions) {
    m_rows->table()->setRowCount(0);
    for (const MeetingDraft::Action& action : actions) {
        QVariantMap values = action.values;
        values.insert(QStringLiteral("uuid"), action.uuid);
        addRow(values);
    }
}

QList<MeetingDraft::Action> ActionList::actions() const {
    QList<MeetingDraft::Action> list;
    const FieldSpec responsible = field("responsible").withSuggestions(m_organisations);
    for (int row = 0; row < m_rows->table()->rowCount(); ++row) {
        const QVariant what = FieldEditor::value(m_rows->table()->cellWidget(row, WhatColumn), field("what"));
        if (!what.isValid())
            continue;
        const QTableWidgetItem* keys = m_rows->table()->item(row, WhatColumn);
        MeetingDraft::Action action;
        action.uuid = keys->data(UuidRole).toString();
        const QString status =
            FieldEditor::value(m_rows->table()->cellWidget(row, StatusColumn), field("status")).toString();
        const QVariant done = keys->data(DoneRole);
        action.values = {
            {QStringLiteral("what"), what},
            {QStringLiteral("responsible"),
             FieldEditor::value(m_rows->table()->cellWidget(row, ResponsibleColumn), responsible)},
            {QStringLiteral("due_on"),
             FieldEditor::value(m_rows->table()->cellWidget(row, DueColumn), field("due_on"))},
            {QStringLiteral("status"), status},
            {QStringLiteral("done_on"), status != QStringLiteral("klar") ? QVariant()
                                        : done.isValid()                 ? done
                                                                         : QVariant(QDate::currentDate())},
        };
        list.append(action);
    }
    return list;
}

} // namespace lk
