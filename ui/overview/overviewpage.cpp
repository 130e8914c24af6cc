#include "overview/overviewpage.h"

#include "common/dateedit.h"
#include "common/lightlegend.h"
#include "common/problemlabel.h"
#include "document/document.h"
#include "overview/areatable.h"
#include "overview/overviewcharts.h"
#include "overview/promisetable.h"
#include "police/policeregisters.h"
#include "progress/promiseprogress.h"
#include "promises/promiseregisters.h"
#include "promises/promisespage.h"
#include "report/policearea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace lk {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    return label;
}

// The promises' own tables, and the units a target "for each school" counts by.
QSet<QString> promiseTablesOf(const QList<PromiseProgress::Line>& lines) {
    QSet<QString> tables{PromiseRegisters::focusAreas().table, PromiseRegisters::promises().table,
                         PromiseRegisters::targets().table, PromiseRegisters::statuses().table,
                         PoliceRegisters::units().table};
    for (const PromiseProgress::Line& line : lines) {
        for (const PromiseProgress::Target& target : line.targets)
            tables << target.progress.target.value(targets::source).toString();
    }
    return tables;
}

} // namespace

OverviewPage::OverviewPage(Document* document, QWidget* parent)
    : Page(document, parent) {
    connect(document, &Document::changed, this, &OverviewPage::noteChange);
    connect(document, &Document::tablesChangedElsewhere, this, &OverviewPage::noteChange);
}

void OverviewPage::applyPeriod() {
    m_rangeIsDefault = true;
    m_allStale = true;
    if (isVisible())
        bringUpToDate();
}

void OverviewPage::showEvent(QShowEvent* event) {
    bringUpToDate();
    Page::showEvent(event);
}

void OverviewPage::build() {
    // The window opens on it: a table and a handful of charts, a few queries each.
    auto* content = new QWidget;
    m_from = new DateEdit(QStringLiteral("from"), content);
    m_to = new DateEdit(QStringLiteral("to"), content);
    auto* fromLabel = new QLabel(tr("&From"), content);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), content);
    toLabel->setBuddy(m_to);
    auto* soFar = new QPushButton(tr("The period so f&ar"), content);
    soFar->setObjectName(QStringLiteral("periodSoFar"));
    soFar->setToolTip(tr("From the period's start to today, or to its end when it is over"));
    m_rangeProblem = new QLabel(tr("The start is after the end: nothing is shown for these dates."), content);
    m_rangeProblem->setVisible(false);
    // The figures follow the dates once the user has stopped typing them, not at each digit.
    m_rangeDelay = new QTimer(this);
    m_rangeDelay->setSingleShot(true);
    m_rangeDelay->setInterval(300);
    m_promises = new PromiseTable(content);
    m_legend = new LightLegend(content);
    m_charts = new OverviewCharts(document(), content);
    m_firstStep = new QLabel(content);
    m_firstStep->setObjectName(QStringLiteral("firstStep"));
    m_firstStep->setWordWrap(true);
    m_firstStep->setTextFormat(Qt::RichText);
    m_firstStep->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #9bbbe0; "
                                              "padding: 10px; }"));
    m_firstStep->hide();
    m_area = new AreaTable(content);
    m_areaHeading = heading(QString(), content);
    m_areaHeading->setBuddy(m_area);

    auto* range = new QHBoxLayout;
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addSpacing(8);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addSpacing(8);
    range->addWidget(soFar);
    range->addSpacing(8);
    range->addWidget(m_rangeProblem);
    auto* notADate = new ProblemLabel(content);
    notADate->setObjectName(QStringLiteral("dateProblem"));
    notADate->follow(m_from);
    notADate->follow(m_to);
    range->addWidget(notADate);
    range->addStretch();
    // Everything the figures show, hidden as one while there is nothing to show.
    m_figures = new QWidget(content);
    auto* figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(10);
    figures->addWidget(heading(tr("Where the promises stand"), m_figures));
    figures->addWidget(m_legend);
    figures->addWidget(m_promises);
    figures->addSpacing(8);
    figures->addWidget(m_areaHeading);
    figures->addWidget(m_area);
    figures->addSpacing(8);
    figures->addWidget(heading(tr("Activities and indicators"), m_figures));
    figures->addWidget(m_charts);
    auto* column = new QVBoxLayout(content);
    column->setSpacing(10);
    column->addLayout(range);
    column->addWidget(m_firstStep);
    column->addWidget(m_figures);
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    const auto chosen = [this] {
        m_rangeIsDefault = false;
        m_rangeDelay->start();
    };
    connect(m_from, &DateEdit::dateChanged, this, chosen);
    connect(m_to, &DateEdit::dateChanged, this, chosen);
    connect(m_rangeDelay, &QTimer::timeout, this, &OverviewPage::applyRange);
    connect(soFar, &QPushButton::clicked, this, [this] {
        resetRange();
        applyRange();
    });
    connect(m_promises, &PromiseTable::chosen, this, [this](const QString& uuid) {
        emit openPage(PageLink::to<PromisesPage>([uuid](PromisesPage* page) { page->select(uuid); }));
    });
    connect(m_charts, &OverviewCharts::openPage, this, &OverviewPage::openPage);
}

void OverviewPage::resetRange() {
    QDate start = QDate::currentDate();
    QDate end = start;
    if (auto period = document()->repository().findById(PromiseRegisters::periods(), periodId());
        period && *period) {
        std::tie(start, end) = PromiseProgress::defaultRange((*period)->value(periods::startDate).toDate(),
                                                             (*period)->value(periods::endDate).toDate());
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(start);
    m_to->setDate(end);
    m_rangeIsDefault = true;
}

void OverviewPage::applyRange() {
    ensureBuilt();
    m_rangeDelay->stop();
    // A date being put right leaves the figures as they were; its field says what is wrong.
    if (!m_from->date().isValid() || !m_to->date().isValid())
        return;
    const bool backwards = m_from->date() > m_to->date();
    m_rangeProblem->setVisible(backwards);
    if (backwards)
        return;
    // Without a period (a new, empty file) there is nothing to show, whatever the dates say.
    m_scope = periodId() > 0 ? OverviewScope{municipalityId(), periodId(), m_from->date(), m_to->date()}
                             : OverviewScope{};
    drawPromises();
    m_charts->setScope(m_scope);
}

void OverviewPage::noteChange(const QSet<QString>& tables) {
    // A period's dates decide the default range and the targets' share of it: everything is drawn anew.
    if (tables.contains(PromiseRegisters::periods().table) ||
        tables.contains(PromiseRegisters::municipalities().table))
        m_allStale = true;
    else
        m_staleTables.unite(tables);
    if (isVisible())
        bringUpToDate();
}

void OverviewPage::bringUpToDate() {
    if (!m_promises)
        return;
    if (m_allStale) {
        m_allStale = false;
        m_staleTables.clear();
        if (m_rangeIsDefault)
            resetRange();
        applyRange();
        return;
    }
    if (m_staleTables.isEmpty())
        return;
    const QSet<QString> tables = std::exchange(m_staleTables, {});
    if (tables.intersects(m_promiseTables))
        drawPromises();
    m_charts->refresh(tables);
}

void OverviewPage::drawPromises() {
    auto lines = PromiseProgress::of(document()->repository(), periodId(), m_scope.from, m_scope.to);
    if (!lines) {
        document()->reportReadFailure(lines.message());
        return;
    }
    // An empty file or a new period shows what to do first rather than empty tables and charts.
    const QString step =
        periodId() <= 0
            ? tr("<b>There is no period yet.</b> Start with <b>Manage &gt; New municipality…</b> and then "
                 "<b>Manage &gt; New period…</b> above.")
        : lines->isEmpty()
            ? tr("<b>The period has no promises yet.</b> Enter the focus areas, promises and targets on the "
                 "<b>Promises</b> page, or start from an earlier period with <b>Manage &gt; Copy period into "
                 "a "
                 "new one…</b>.")
            : QString();
    m_firstStep->setText(step);
    m_firstStep->setVisible(!step.isEmpty());
    m_figures->setVisible(step.isEmpty());
    m_promises->setLines(*lines, m_scope.to);
    m_legend->setDate(m_scope.to);
    m_promiseTables = promiseTablesOf(*lines);
    drawArea(*lines);
}

void OverviewPage::drawArea(const QList<PromiseProgress::Line>& own) {
    const Repository& repository = document()->repository();
    auto municipality = repository.findById(PromiseRegisters::municipalities(), m_scope.municipalityId);
    auto period = repository.findById(PromiseRegisters::periods(), m_scope.periodId);
    const QString name = municipality && *municipality
                             ? (*municipality)->value(municipalities::policeArea).toString()
                             : QString();
    // A municipality alone in its area (the sample file's) is not worked out for every municipality of it:
    // one query says so, where the area's figures are a few hundred.
    auto members = name.isEmpty() ? Result<QList<Record>>(QList<Record>())
                                  : repository.list(PromiseRegisters::municipalities(),
                                                    municipalities::policeArea.toString(), name);
    if (!members)
        document()->reportReadFailure(members.message());
    std::optional<PoliceArea> area;
    if (members && members->size() > 1 && period && *period) {
        auto found =
            PoliceArea::of(repository, name, (*period)->value(periods::name).toString(), m_scope.from,
                           m_scope.to, {m_scope.periodId, m_scope.from, m_scope.to, own});
        if (!found)
            document()->reportReadFailure(found.message());
        else
            area = *found;
    }
    // A municipality alone in its area (or in none) has nothing to set beside it.
    const bool shown = area && area->municipalities.size() > 1;
    m_areaHeading->setVisible(shown);
    m_area->setVisible(shown);
    if (!shown)
        return;
    m_areaHeading->setText(tr("The police area: %1").arg(name));
    m_area->setArea(*area, m_scope.municipalityId);
}

} // namespace lk
