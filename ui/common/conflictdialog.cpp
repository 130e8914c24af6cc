#include "common/conflictdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lk {

namespace {

QLabel* cell(const QString& text, QWidget* parent, bool bold = false) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

} // namespace

QList<const FieldSpec*> ConflictDialog::differing(const QList<const FieldSpec*>& fields,
                                                  const QVariantMap& mine, const Record& theirs) {
    QList<const FieldSpec*> found;
    for (const FieldSpec* field : fields) {
        if (field->normalized(mine.value(field->name)) != field->normalized(theirs.value(field->name)))
            found << field;
    }
    return found;
}

std::optional<QVariantMap> ConflictDialog::resolve(const Conflict& conflict,
                                                   const QList<const FieldSpec*>& fields,
                                                   const QVariantMap& mine, QWidget* parent) {
    ConflictDialog dialog(conflict, fields, mine, parent);
    dialog.exec();
    if (dialog.choice() == Choice::TakeTheirs || !conflict.theirs)
        return std::nullopt;
    QVariantMap values;
    for (const FieldSpec* changed : differing(fields, mine, *conflict.theirs))
        values.insert(changed->name, mine.value(changed->name));
    return values;
}

ConflictDialog::ConflictDialog(const Conflict& conflict, const QList<const FieldSpec*>& fields,
                               const QVariantMap& mine, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Changed by someone else"));
    auto* layout = new QVBoxLayout(this);

    const QString who = conflict.changedBy.isEmpty() ? tr("Someone else") : conflict.changedBy;
    const QDateTime at = QDateTime::fromString(conflict.changedAt, Qt::ISODate);
    const QString record = conflict.spec ? conflict.spec->displayName().toLower() : QString();
    const QString intro =
        at.isValid()
            ? tr("%1 changed this record (%2) at %3, after you began editing it. Your change has not been "
                 "saved.")
                  .arg(who, record, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("%1 changed this record (%2) after you began editing it. Your change has not been saved.")
                  .arg(who, record);
    auto* introLabel = cell(intro, this);
    introLabel->setObjectName(QStringLiteral("conflictIntro"));
    layout->addWidget(introLabel);

    // Where the two differ, one field a row: the field, yours, theirs.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Differences"));
    auto* table = new QWidget(scroll);
    auto* grid = new QGridLayout(table);
    grid->setHorizontalSpacing(18);
    grid->addWidget(cell(tr("Field"), table, true), 0, 0);
    grid->addWidget(cell(tr("Yours"), table, true), 0, 1);
    grid->addWidget(cell(tr("Theirs"), table, true), 0, 2);
    const Record theirs = conflict.theirs.value_or(Record());
    const QList<const FieldSpec*> changed = differing(fields, mine, theirs);
    int row = 1;
    for (const FieldSpec* field : changed) {
        const auto shown = [field](const QVariant& value) {
            const QVariant normal = field->normalized(value);
            return normal.isValid() ? field->displayText(normal) : tr("(empty)");
        };
        grid->addWidget(cell(field->displayLabel(), table), row, 0);
        auto* yours = cell(shown(mine.value(field->name)), table);
        yours->setObjectName(QStringLiteral("mine_") + field->name);
        grid->addWidget(yours, row, 1);
        auto* other = cell(shown(theirs.value(field->name)), table);
        other->setObjectName(QStringLiteral("theirs_") + field->name);
        grid->addWidget(other, row, 2);
        ++row;
    }
    if (changed.isEmpty())
        grid->addWidget(cell(tr("The fields shown here hold the same in both."), table), row, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row + 1, 1);
    scroll->setWidget(table);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    keep->setToolTip(tr("Saves your values over the other change."));
    QPushButton* take = buttons->addButton(tr("Take theirs"), QDialogButtonBox::RejectRole);
    take->setObjectName(QStringLiteral("takeTheirs"));
    take->setToolTip(tr("Shows the record as the other change left it; your change is dropped."));
    take->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        reject();
    });
    layout->addWidget(buttons);
    resize(640, qMin(160 + 40 * int(changed.size()), 520));
}

} // namespace lk
