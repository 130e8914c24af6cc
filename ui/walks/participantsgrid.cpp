#include "walks/participantsgrid.h"

#include "db/sql.h"
#include "document/document.h"
#include "walks/walkregisters.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSqlQuery>

namespace lk {

namespace {

const QString groupField = QStringLiteral("participant_group");

const FieldSpec& groups() {
    return WalkRegisters::participants().field(groupField);
}

} // namespace

ParticipantsGrid::ParticipantsGrid(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_total(new QLabel(this))
    , m_error(new QLabel(this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    // Two columns of label and number: seven groups fit beside each other without a scroll.
    int index = 0;
    for (const CodeOption& option : groups().codes) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("count_") + option.code);
        spin->setRange(0, 10000);
        spin->setGroupSeparatorShown(true);
        spin->setAccessibleName(groups().codeLabel(option.code));
        auto* label = new QLabel(groups().codeLabel(option.code), this);
        label->setBuddy(spin);
        const int row = index / 2;
        const int column = (index % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
        m_counts.insert(option.code, spin);
        const QString group = option.code;
        connect(spin, &QSpinBox::editingFinished, this, [this, group] { save(group); });
        connect(spin, &QSpinBox::valueChanged, this, &ParticipantsGrid::showTotal);
        ++index;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_total->setObjectName(QStringLiteral("participantsTotal"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    const int next = (index + 1) / 2;
    grid->addWidget(m_total, next, 0, 1, 4);
    grid->addWidget(m_error, next + 1, 0, 1, 4);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WalkRegisters::participants().table))
            load();
    });
    load();
}

void ParticipantsGrid::setWalk(qint64 walkId) {
    m_walkId = walkId;
    load();
}

void ParticipantsGrid::load() {
    QMap<QString, int> stored;
    if (m_walkId > 0) {
        auto rows = sql::run(m_document->database().connection(),
                             QStringLiteral("SELECT participant_group, count FROM walk_participants "
                                            "WHERE walk_id = ?"),
                             {m_walkId});
        if (!rows)
            m_document->reportReadFailure(rows.message());
        while (rows && rows->next())
            stored.insert(rows->value(0).toString(), rows->value(1).toInt());
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setValue(stored.value(it.key()));
        it.value()->setEnabled(m_walkId > 0 && !m_document->isReadOnly());
    }
    m_error->hide();
    showTotal();
}

void ParticipantsGrid::save(const QString& group) {
    if (m_walkId <= 0 || m_document->isReadOnly())
        return;
    const int count = m_counts.value(group)->value();
    const RegisterSpec& spec = WalkRegisters::participants();
    auto stored = sql::run(m_document->database().connection(),
                           QStringLiteral("SELECT uuid, count FROM walk_participants WHERE walk_id = ? AND "
                                          "participant_group = ?"),
                           {m_walkId, group});
    if (!stored) {
        m_document->reportReadFailure(stored.message());
        return;
    }
    Status saved;
    if (stored->next()) {
        const QString uuid = stored->value(0).toString();
        if (stored->value(1).toInt() == count)
            return;
        saved = count == 0 ? m_document->remove(spec, uuid)
                           : m_document->update(spec, uuid, {{QStringLiteral("count"), count}});
    } else if (count > 0) {
        Record record;
        record.values = {
            {QStringLiteral("walk_id"), m_walkId}, {groupField, group}, {QStringLiteral("count"), count}};
        auto inserted = m_document->insert(spec, record);
        saved = inserted ? Status() : Status(inserted.error());
    }
    m_error->setVisible(!saved.ok());
    m_error->setText(saved.message());
}

void ParticipantsGrid::showTotal() {
    int total = 0;
    for (const QSpinBox* spin : std::as_const(m_counts))
        total += spin->value();
    m_total->setText(tr("In all: %n participant(s)", "", total));
}

} // namespace lk
