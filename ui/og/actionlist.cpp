#include "og/actionlist.h"

#include "common/dateedit.h"
#include "common/fieldeditor.h"
#include "common/problemlook.h"
#include "common/rowtable.h"
#include "og/ogregisters.h"

#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace lk {

namespace {
enum Column { WhatColumn, ResponsibleColumn, DueColumn, StatusColumn };
constexpr int UuidRole = Qt::UserRole + 1;
constexpr int DoneRole = Qt::UserRole + 2;

const FieldSpec& field(const QString& name) {
    return OgRegisters::actionItems().field(name);
}
} // namespace

ActionList::ActionList(const QStringList& organisations, QWidget* parent)
    : QWidget(parent)
    , m_rows(new RowTable(tr("Action items"), {tr("What"), tr("Responsible"), tr("Due"), tr("Status")}, this))
    , m_organisations(organisations)
    , m_defaultDue(QDate::currentDate().addDays(14)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_rows->table()->horizontalHeader()->setStretchLastSection(false);
    // The cells hold editors, which the header cannot measure: they get the width their editors ask for.
    for (const auto& [column, name] :
         {std::pair{ResponsibleColumn, actionItems::responsible}, std::pair{DueColumn, actionItems::dueOn},
          std::pair{StatusColumn, actionItems::status}}) {
        std::unique_ptr<QWidget> probe(FieldEditor::create(field(name), nullptr));
        m_rows->table()->setColumnWidth(column, std::max(probe->sizeHint().width() + 24, 130));
    }
    // Who is responsible is typed or chosen among the organisations: wide enough for the longest of them.
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const QString& organisation : organisations)
        widest = std::max(widest, metrics.horizontalAdvance(organisation));
    m_rows->table()->setColumnWidth(ResponsibleColumn,
                                    std::max(m_rows->table()->columnWidth(ResponsibleColumn), widest + 56));
    QPushButton* add = m_rows->addButton(tr("Add an action"));
    add->setObjectName(QStringLiteral("addAction"));
    m_rows->addRemoveButton(tr("Remove row"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
}

void ActionList::addRow(const QVariantMap& values) {
    const int row = m_rows->appendRow();
    const FieldSpec responsible = field(actionItems::responsible).withSuggestions(m_organisations);
    // The same editors as the forms use, so that a date or a status reads the same everywhere.
    QWidget* what = FieldEditor::create(field(actionItems::what), nullptr);
    QWidget* who = FieldEditor::create(responsible, nullptr);
    QWidget* due = FieldEditor::create(field(actionItems::dueOn), nullptr);
    QWidget* status = FieldEditor::create(field(actionItems::status), nullptr);
    FieldEditor::setValue(what, field(actionItems::what), values.value(actionItems::what));
    FieldEditor::setValue(who, responsible, values.value(actionItems::responsible));
    FieldEditor::setValue(due, field(actionItems::dueOn), values.value(actionItems::dueOn, m_defaultDue));
    if (values.isEmpty()) { // a new row's due date follows the meeting's date until the user sets it
        m_followingDue.append(due);
        connect(static_cast<DateEdit*>(due), &DateEdit::editingFinished, this,
                [this, due] { m_followingDue.removeAll(QPointer<QWidget>(due)); });
    }
    FieldEditor::setValue(status, field(actionItems::status),
                          values.value(actionItems::status, QStringLiteral("oppen")));
    m_rows->setCell(row, WhatColumn, what);
    m_rows->setCell(row, ResponsibleColumn, who);
    m_rows->setCell(row, DueColumn, due);
    m_rows->setCell(row, StatusColumn, status);
    auto* keys = new QTableWidgetItem;
    keys->setData(UuidRole, values.value(QStringLiteral("uuid")));
    keys->setData(DoneRole, values.value(actionItems::doneOn));
    m_rows->table()->setItem(row, WhatColumn, keys);
    m_rows->table()->resizeRowToContents(row);
    what->setFocus();
}

void ActionList::setDefaultDue(const QDate& due) {
    m_defaultDue = due;
    for (const QPointer<QWidget>& editor : std::as_const(m_followingDue)) {
        if (editor)
            FieldEditor::setValue(editor, field(actionItems::dueOn), due);
    }
}

void ActionList::markDueBefore(const QDate& held, const QString& message) {
    for (int row = 0; row < m_rows->table()->rowCount(); ++row) {
        auto* due = static_cast<DateEdit*>(m_rows->table()->cellWidget(row, DueColumn));
        if (due->date().isValid() && due->date() < held)
            showProblemLook(due, message);
    }
}

void ActionList::setActions(const QList<MeetingDraft::Action>& actions) {
    m_rows->table()->setRowCount(0);
    m_followingDue.clear();
    for (const MeetingDraft::Action& action : actions) {
        QVariantMap values = action.values;
        values.insert(QStringLiteral("uuid"), action.uuid);
        addRow(values);
    }
}

Result<QList<MeetingDraft::Action>> ActionList::actions() const {
    QList<MeetingDraft::Action> list;
    const FieldSpec responsible = field(actionItems::responsible).withSuggestions(m_organisations);
    for (int row = 0; row < m_rows->table()->rowCount(); ++row) {
        const QTableWidgetItem* keys = m_rows->table()->item(row, WhatColumn);
        const QVariant what =
            FieldEditor::value(m_rows->table()->cellWidget(row, WhatColumn), field(actionItems::what));
        const QVariant who =
            FieldEditor::value(m_rows->table()->cellWidget(row, ResponsibleColumn), responsible);
        if (!what.isValid()) {
            // A new row left empty is nothing; a stored action emptied, or a row with only a name in it,
            // would be lost without a word.
            if (keys->data(UuidRole).toString().isEmpty() && !who.isValid())
                continue;
            return Error{
                tr("Row %1 under the action items says nothing under “What”. Write what is to be done, "
                   "or remove the row.")
                    .arg(row + 1)};
        }
        MeetingDraft::Action action;
        action.uuid = keys->data(UuidRole).toString();
        action.values = {
            {actionItems::what, what},
            {actionItems::responsible, who},
            {actionItems::dueOn,
             FieldEditor::value(m_rows->table()->cellWidget(row, DueColumn), field(actionItems::dueOn))},
            {actionItems::status,
             FieldEditor::value(m_rows->table()->cellWidget(row, StatusColumn), field(actionItems::status))},
            // The register fills in the done date from the status; a stored one is kept.
            {actionItems::doneOn, keys->data(DoneRole)},
        };
        list.append(action);
    }
    return list;
}

} // namespace lk
