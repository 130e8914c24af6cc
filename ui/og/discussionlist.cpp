#include "og/discussionlist.h"

#include "common/rowtable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

namespace {
enum Column { CaseColumn, NoteColumn, DecisionsColumn };

QString keyOf(const QString& uuid, int newCase) {
    return newCase >= 0 ? QStringLiteral("new:%1").arg(newCase) : uuid;
}
} // namespace

DiscussionList::DiscussionList(QWidget* parent)
    : QWidget(parent)
    , m_rows(new RowTable(tr("Cases discussed"), {tr("Case"), tr("Note"), tr("Decisions")}, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    // The cells hold editors, which the header cannot measure: the case column is as wide as its longest
    // choice (setChoices), and the user may widen it.
    m_rows->table()->horizontalHeader()->setSectionResizeMode(CaseColumn, QHeaderView::Interactive);
    m_rows->table()->setColumnWidth(CaseColumn, 220);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(DecisionsColumn, QHeaderView::Stretch);
    QPushButton* add = m_rows->addButton(tr("Add a case"));
    add->setObjectName(QStringLiteral("addCase"));
    QPushButton* create = m_rows->addButton(tr("New case…"));
    create->setObjectName(QStringLiteral("newCase"));
    m_rows->addRemoveButton(tr("Remove row"));
    connect(add, &QPushButton::clicked, this, &DiscussionList::addRow);
    connect(create, &QPushButton::clicked, this, &DiscussionList::newCaseRequested);
}

void DiscussionList::setChoices(const QList<Choice>& choices) {
    m_choices = choices;
    const QFontMetrics metrics(font());
    int widest = metrics.horizontalAdvance(tr("Choose a case…"));
    for (const Choice& choice : choices)
        widest = std::max(widest, metrics.horizontalAdvance(choice.label));
    // Room for the combo box's arrow and frame beside the text.
    m_rows->table()->setColumnWidth(CaseColumn,
                                    std::max(m_rows->table()->columnWidth(CaseColumn), widest + 56));
    for (int row = 0; row < m_rows->table()->rowCount(); ++row)
        fillChoices(row);
}

void DiscussionList::fillChoices(int row) {
    auto* combo = m_rows->cell<QComboBox>(row, CaseColumn);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("Choose a case…"), QString());
    for (const Choice& choice : std::as_const(m_choices))
        combo->addItem(choice.label, keyOf(choice.uuid, choice.newCase));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void DiscussionList::addRow() {
    const int row = m_rows->appendRow();
    auto* combo = new QComboBox;
    combo->setAccessibleName(tr("Case"));
    m_rows->setCell(row, CaseColumn, combo);
    fillChoices(row);
    // No case is chosen for the user: a note about one youth must not land under another by default.
    combo->setMinimumContentsLength(24);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (int column : {NoteColumn, DecisionsColumn}) {
        auto* line = new QLineEdit;
        line->setAccessibleName(column == NoteColumn ? tr("Note") : tr("Decisions"));
        m_rows->setCell(row, column, line);
    }
    combo->setFocus();
}

void DiscussionList::addNewCase(const QString& label, int index) {
    m_choices.append({label, QString(), index});
    for (int row = 0; row < m_rows->table()->rowCount(); ++row)
        fillChoices(row);
    addRow();
    auto* combo = m_rows->cell<QComboBox>(m_rows->table()->rowCount() - 1, CaseColumn);
    combo->setCurrentIndex(combo->findData(keyOf(QString(), index)));
    m_rows->cell<QLineEdit>(m_rows->table()->rowCount() - 1, NoteColumn)->setFocus();
}

void DiscussionList::setDiscussions(const QList<MeetingDraft::Discussion>& discussions) {
    m_rows->table()->setRowCount(0);
    for (const MeetingDraft::Discussion& discussion : discussions) {
        addRow();
        const int row = m_rows->table()->rowCount() - 1;
        auto* combo = m_rows->cell<QComboBox>(row, CaseColumn);
        combo->setCurrentIndex(combo->findData(keyOf(discussion.caseUuid, discussion.newCase)));
        m_rows->cell<QLineEdit>(row, NoteColumn)->setText(discussion.note);
        m_rows->cell<QLineEdit>(row, DecisionsColumn)->setText(discussion.decisions);
    }
}

Result<QList<MeetingDraft::Discussion>> DiscussionList::discussions() const {
    QList<MeetingDraft::Discussion> list;
    for (int row = 0; row < m_rows->table()->rowCount(); ++row) {
        const QString key = m_rows->cell<QComboBox>(row, CaseColumn)->currentData().toString();
        const QString note = m_rows->cell<QLineEdit>(row, NoteColumn)->text().trimmed();
        const QString decisions = m_rows->cell<QLineEdit>(row, DecisionsColumn)->text().trimmed();
        if (key.isEmpty()) {
            if (note.isEmpty() && decisions.isEmpty())
                continue; // an empty row is no discussion
            // A note under no case would be lost, or worse filed under the wrong youth: the user chooses.
            return Error{tr("Row %1 under the cases discussed has a note but no case. Choose the case, or "
                            "remove the row.")
                             .arg(row + 1)};
        }
        MeetingDraft::Discussion discussion;
        if (key.startsWith(QStringLiteral("new:")))
            discussion.newCase = key.mid(4).toInt();
        else
            discussion.caseUuid = key;
        discussion.note = note;
        discussion.decisions = decisions;
        list.append(discussion);
    }
    return list;
}

} // namespace lk
