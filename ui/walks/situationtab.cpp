#include "walks/situationtab.h"

#include "common/dateedit.h"
#include "common/isodate.h"
#include "common/problemlabel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "walks/situation.h"
#include "walks/walkregisters.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lk {

namespace {

// Light tints that keep black text readable, in the colours of a traffic light.
QColor tintOf(const QString& level) {
    switch (Situation::rank(level)) {
    case 0:
        return QColor(0xfd, 0xdc, 0xd9);
    case 1:
        return QColor(0xff, 0xef, 0xc7);
    case 2:
        return QColor(0xdf, 0xf1, 0xdc);
    default:
        return QColor(0xee, 0xee, 0xee);
    }
}

QString levelText(const QString& level) {
    return level.isEmpty()
               ? SituationTab::tr("Not assessed")
               : WalkRegisters::placeAssessments().field(placeAssessments::level).codeLabel(level);
}

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(false);
    return table;
}

void put(QTableWidget* table, int row, int column, const QString& text, const QString& uuid,
         const QColor& tint = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, uuid);
    if (tint.isValid())
        item->setBackground(tint);
    table->setItem(row, column, item);
}

} // namespace

SituationTab::SituationTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_date(new DateEdit(QStringLiteral("situationDate"), this))
    , m_since(new DateEdit(QStringLiteral("changedSince"), this))
    , m_summary(new QLabel(this))
    , m_states(table(
          {tr("Place"), tr("Address"), tr("Category"), tr("Insecurity"), tr("Assessed"), tr("Source")}, this))
    , m_changes(table({tr("Place"), tr("Change"), tr("Before"), tr("Now"), tr("Assessed")}, this)) {
    m_date->setDate(QDate::currentDate());
    m_since->setDate(QDate::currentDate().addYears(-1));
    for (DateEdit* edit : {m_date, m_since})
        connect(edit, &DateEdit::dateChanged, this, &SituationTab::refresh);
    m_states->setObjectName(QStringLiteral("situation"));
    m_changes->setObjectName(QStringLiteral("situationChanges"));
    m_summary->setObjectName(QStringLiteral("situationSummary"));
    m_states->setAccessibleName(tr("Places as they stood"));
    m_changes->setAccessibleName(tr("Changes in the places"));

    auto* top = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("Situation picture on"), this);
    dateLabel->setBuddy(m_date);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(24);
    top->addWidget(m_summary, 1);
    auto* sinceRow = new QHBoxLayout;
    auto* sinceLabel = new QLabel(tr("Changed since"), this);
    sinceLabel->setBuddy(m_since);
    sinceRow->addWidget(sinceLabel);
    sinceRow->addWidget(m_since);
    auto* notADate = new ProblemLabel(this);
    notADate->follow(m_date);
    notADate->follow(m_since);
    sinceRow->addWidget(notADate, 1);
    sinceRow->addStretch();
    auto* changes = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addLayout(sinceRow);
    changesLayout->addWidget(m_changes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // Half each: what changed is read as much as how the places stand.
    layout->addWidget(m_states, 1);
    layout->addWidget(titledGroup(tr("What changed"), changes, this), 1);

    for (QTableWidget* view : {m_states, m_changes}) {
        connect(view, &QTableWidget::cellDoubleClicked, this, [this, view](int row, int) {
            if (const QTableWidgetItem* item = view->item(row, 0))
                emit placeOpened(item->data(Qt::UserRole).toString());
        });
    }
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WalkRegisters::places().table) ||
            tables.contains(WalkRegisters::placeAssessments().table))
            refresh();
    });
}

void SituationTab::setScope(qint64 municipalityId, qint64 periodId) {
    m_municipalityId = municipalityId;
    QDate on = QDate::currentDate();
    QDate since = on.addYears(-1);
    if (auto period = m_document->repository().findById(PromiseRegisters::periods(), periodId);
        period && *period) {
        on = std::min(on, (*period)->value(periods::endDate).toDate());
        since = (*period)->value(periods::startDate).toDate();
    }
    const QSignalBlocker quiet(m_date);
    const QSignalBlocker quietToo(m_since);
    m_date->setDate(on);
    m_since->setDate(since);
    refresh();
}

void SituationTab::refresh() {
    if (!m_date->date().isValid() || !m_since->date().isValid())
        return; // a date being put right leaves the lägesbild as it was
    const Repository repository = m_document->repository();
    auto states = Situation::at(repository, m_municipalityId, m_date->date());
    auto changes = Situation::changes(repository, m_municipalityId, m_since->date(), m_date->date());
    if (!states || !changes) {
        m_document->reportReadFailure(!states ? states.message() : changes.message());
        return;
    }
    const FieldSpec& category = WalkRegisters::places().field(places::category);
    const FieldSpec& source = WalkRegisters::placeAssessments().field(placeAssessments::source);
    m_states->setRowCount(int(states->size()));
    QMap<int, int> byRank;
    for (int row = 0; row < states->size(); ++row) {
        const Situation::PlaceState& state = states->at(row);
        ++byRank[Situation::rank(state.level)];
        put(m_states, row, 0, state.name, state.uuid);
        put(m_states, row, 1, state.address, state.uuid);
        put(m_states, row, 2, category.codeLabel(state.category), state.uuid);
        put(m_states, row, 3, levelText(state.level), state.uuid, tintOf(state.level));
        put(m_states, row, 4, isoDate(state.assessedOn), state.uuid);
        put(m_states, row, 5, state.source.isEmpty() ? QString() : source.codeLabel(state.source),
            state.uuid);
    }
    m_summary->setText(tr("%n place(s): ", "", int(states->size())) +
                       tr("%1 high, %2 medium, %3 low insecurity, %4 not assessed")
                           .arg(byRank.value(0))
                           .arg(byRank.value(1))
                           .arg(byRank.value(2))
                           .arg(byRank.value(3)));

    m_changes->setRowCount(int(changes->size()));
    for (int row = 0; row < changes->size(); ++row) {
        const Situation::PlaceChange& change = changes->at(row);
        const QString what = change.change == Situation::Change::New      ? tr("Newly assessed")
                             : change.change == Situation::Change::Higher ? tr("More unsafe")
                                                                          : tr("Less unsafe");
        put(m_changes, row, 0, change.now.name, change.now.uuid);
        put(m_changes, row, 1, what, change.now.uuid);
        put(m_changes, row, 2, change.before.isEmpty() ? QString() : levelText(change.before),
            change.now.uuid, change.before.isEmpty() ? QColor() : tintOf(change.before));
        put(m_changes, row, 3, levelText(change.now.level), change.now.uuid, tintOf(change.now.level));
        put(m_changes, row, 4, isoDate(change.now.assessedOn), change.now.uuid);
    }
    for (QTableWidget* view : {m_states, m_changes})
        view->resizeColumnsToContents();
}

} // namespace lk
