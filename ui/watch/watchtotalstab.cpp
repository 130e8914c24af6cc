#include "watch/watchtotalstab.h"

#include "common/dateedit.h"
#include "common/problemlabel.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "watch/watchregisters.h"
#include "watch/watchtotals.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lk {

namespace {

QString share(double percent) {
    return percent < 0 ? QStringLiteral("–")
                       : QStringLiteral("%1 %").arg(QLocale().toString(percent, 'f', 0));
}

} // namespace

WatchTotalsTab::WatchTotalsTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_from(new DateEdit(QStringLiteral("from"), this))
    , m_to(new DateEdit(QStringLiteral("to"), this))
    , m_figures(new QTableWidget(this)) {
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setAccessibleName(tr("Figures for the dates"));
    m_figures->setColumnCount(2);
    m_figures->setHorizontalHeaderLabels({tr("What"), tr("Number")});
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* wholePeriod = new QPushButton(tr("The whole &period"), this);
    auto* range = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(wholePeriod);
    auto* notADate = new ProblemLabel(this);
    notADate->follow(m_from);
    notADate->follow(m_to);
    range->addWidget(notADate, 1);
    range->addStretch();
    auto* note = new QLabel(tr("Households are counted as each area holds them now; an area counts as active "
                               "when it had started by the end of the range and was not dormant or ended "
                               "before its start."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    // A narrow table: each figure stays next to what it counts.
    m_figures->setMaximumWidth(640);
    layout->addWidget(m_figures, 1, Qt::AlignLeft);
    layout->addWidget(note);

    connect(m_from, &DateEdit::dateChanged, this, &WatchTotalsTab::refresh);
    connect(m_to, &DateEdit::dateChanged, this, &WatchTotalsTab::refresh);
    connect(wholePeriod, &QPushButton::clicked, this, [this] { setScope(m_municipalityId, m_periodId); });
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WatchRegisters::areas().table) || tables.contains(WatchRegisters::events().table))
            refresh();
    });
}

void WatchTotalsTab::setScope(qint64 municipalityId, qint64 periodId) {
    m_municipalityId = municipalityId;
    m_periodId = periodId;
    auto period = m_document->repository().findById(PromiseRegisters::periods(), periodId);
    if (period && *period) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate((*period)->value(periods::startDate).toDate());
        m_to->setDate((*period)->value(periods::endDate).toDate());
    }
    refresh();
}

void WatchTotalsTab::refresh() {
    if (!m_from->date().isValid() || !m_to->date().isValid())
        return; // a date being put right leaves the figures as they were
    auto totals = WatchTotals::of(m_document->repository(), m_municipalityId, m_from->date(), m_to->date());
    if (!totals) {
        m_document->reportReadFailure(totals.message());
        return;
    }
    const QLocale locale;
    const FieldSpec& kind = WatchRegisters::events().field(watchEvents::kind);
    QList<QPair<QString, QString>> rows{
        {tr("Active areas"), locale.toString(totals->activeAreas)},
        {QStringLiteral("    ") + tr("of which in apartment buildings"), locale.toString(totals->flatAreas)},
        {tr("Households in the active areas"), locale.toString(totals->households)},
        {tr("Households joined"), locale.toString(totals->householdsJoined)},
        {tr("Share of the households that joined"), share(totals->joinedShare())},
        {tr("Joined households in apartment buildings"), locale.toString(totals->flatHouseholdsJoined)},
        {tr("Share of the joined households in apartment buildings"), share(totals->flatShare())},
        {tr("Contact persons"), locale.toString(totals->contactPersons)},
    };
    for (const CodeOption& option : WatchRegisters::eventKinds())
        rows.append({kind.codeLabel(option.code), locale.toString(totals->events.value(option.code))});
    m_figures->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_figures->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        auto* number = new QTableWidgetItem(rows.at(row).second);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(row, 1, number);
    }
}

} // namespace lk
