#include "walks/participantsgrid.h"

#include "document/document.h"
#include "walks/participantcounts.h"
#include "walks/walkregisters.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace lk {

namespace {

const FieldSpec& groups() {
    return WalkRegisters::participants().field(walkParticipants::participantGroup);
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
        auto counts = ParticipantCounts::of(m_document->repository(), m_walkId);
        if (counts)
            stored = *counts;
        else
            m_document->reportReadFailure(counts.message());
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
    auto saved = ParticipantCounts::save(*m_document, m_walkId, group, m_counts.value(group)->value());
    if (!saved) {
        m_document->reportReadFailure(saved.message());
        return;
    }
    if (saved->sameCount)
        return;
    m_error->setVisible(!saved->written.ok());
    m_error->setText(saved->written.message());
}

void ParticipantsGrid::showTotal() {
    int total = 0;
    for (const QSpinBox* spin : std::as_const(m_counts))
        total += spin->value();
    m_total->setText(tr("In all: %n participant(s)", "", total));
}

} // namespace lk
