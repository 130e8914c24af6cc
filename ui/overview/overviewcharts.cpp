#include "overview/overviewcharts.h"

#include "charts/countbarchart.h"
#include "charts/monthbarchart.h"
#include "charts/percentbarchart.h"
#include "charts/trenddata.h"
#include "common/activitytab.h"
#include "common/isodate.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "indicators/indicatorregisters.h"
#include "indicators/indicatorspage.h"
#include "indicators/indicatortrend.h"
#include "og/actionstab.h"
#include "og/meetingstab.h"
#include "og/ogpage.h"
#include "og/ogregisters.h"
#include "overview/chartcard.h"
#include "police/policepage.h"
#include "police/policeregisters.h"
#include "progress/actionitemstanding.h"
#include "progress/activityfigures.h"
#include "promises/promiseregisters.h"
#include "tobacco/compliance.h"
#include "tobacco/compliancetab.h"
#include "tobacco/tobaccopage.h"
#include "tobacco/tobaccoregisters.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>

namespace lk {

namespace {

// "1" or "4,2": a target per month is seldom whole.
QString perStepText(double value) {
    return std::abs(value - std::round(value)) < 0.05 ? QLocale().toString(qRound(value))
                                                      : QLocale().toString(value, 'f', 1);
}

template <typename TabT> std::function<void(OgPage*)> ogTab(TabT* (OgPage::*tab)()) {
    return [tab](OgPage* page) { page->tabs()->setCurrentWidget((page->*tab)()); };
}

std::function<void(PolicePage*)> policeTab(ActivityTab* (PolicePage::*tab)()) {
    return [tab](PolicePage* page) { page->tabs()->setCurrentWidget((page->*tab)()); };
}

bool touches(const QSet<QString>& tables, std::initializer_list<QString> sources) {
    for (const QString& source : sources) {
        if (tables.contains(source))
            return true;
    }
    return false;
}

template <typename ChartT> QWidget* make() {
    return new ChartT;
}

} // namespace

OverviewCharts::OverviewCharts(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_meetings = card(
        tr("Meetings of Operativa gruppen per month"), tr("Operativa gruppen"), make<MonthBarChart>,
        [this](ChartCard& card) {
            return drawActivity(card, OgRegisters::meetings(), false, tr("Meetings"));
        },
        PageLink::to<OgPage>(ogTab(&OgPage::meetings)));
    m_actions = card(
        tr("Action items of Operativa gruppen"), tr("Operativa gruppen"), make<CountBarChart>,
        [this](ChartCard& card) { return drawActionItems(card); },
        PageLink::to<OgPage>(ogTab(&OgPage::actions)));
    m_visits = card(
        tr("Police visits per term"), tr("Police activities"), make<CountBarChart>,
        [this](ChartCard& card) { return drawActivity(card, PoliceRegisters::visits(), true, tr("Visits")); },
        PageLink::to<PolicePage>(policeTab(&PolicePage::visits)));
    m_traffic = card(
        tr("Traffic controls per month"), tr("Police activities"), make<MonthBarChart>,
        [this](ChartCard& card) {
            return drawActivity(card, PoliceRegisters::trafficControls(), false, tr("Traffic controls"));
        },
        PageLink::to<PolicePage>(policeTab(&PolicePage::trafficControls)));
    m_compliance = card(
        tr("Tobacco: compliance per year"), tr("Tobacco"), make<PercentBarChart>,
        [this](ChartCard& card) { return drawCompliance(card); },
        PageLink::to<TobaccoPage>(
            [](TobaccoPage* page) { page->tabs()->setCurrentWidget(page->compliance()); }));
    m_compliance->setNote(tr("Test purchases: the share where the seller asked for ID or refused to sell. "
                             "Inspections: the share without any deficiency."));
    placeCards();
}

ChartCard* OverviewCharts::card(const QString& title, const QString& opens, std::function<QWidget*()> make,
                                std::function<Status(ChartCard&)> draw, const PageLink& link) {
    auto* card = new ChartCard(
        title, opens, std::move(make),
        [this, draw = std::move(draw)](ChartCard& drawn) {
            if (const Status status = draw(drawn); !status)
                m_document->reportReadFailure(status.message());
        },
        this);
    connect(card, &ChartCard::opened, this, [this, link] { emit openPage(link); });
    return card;
}

MonthBarChart* OverviewCharts::meetings() const {
    return static_cast<MonthBarChart*>(m_meetings->chart());
}
CountBarChart* OverviewCharts::actionItems() const {
    return static_cast<CountBarChart*>(m_actions->chart());
}
CountBarChart* OverviewCharts::visits() const {
    return static_cast<CountBarChart*>(m_visits->chart());
}
MonthBarChart* OverviewCharts::trafficControls() const {
    return static_cast<MonthBarChart*>(m_traffic->chart());
}
PercentBarChart* OverviewCharts::compliance() const {
    return static_cast<PercentBarChart*>(m_compliance->chart());
}
TrendChart* OverviewCharts::indicator(int index) const {
    return static_cast<TrendChart*>(m_indicators.at(index)->chart());
}

QList<ChartCard*> OverviewCharts::cards() const {
    return QList<ChartCard*>{m_meetings, m_actions, m_visits, m_traffic, m_compliance} + m_indicators;
}

void OverviewCharts::placeCards() {
    while (QLayoutItem* item = m_grid->takeAt(0))
        delete item;
    const QList<ChartCard*> all = cards();
    for (int at = 0; at < all.size(); ++at)
        m_grid->addWidget(all.at(at), at / 2, at % 2);
}

void OverviewCharts::setScope(const OverviewScope& scope) {
    m_scope = scope;
    m_actions->title()->setText(m_scope.to.isValid()
                                    ? tr("Action items of Operativa gruppen on %1").arg(isoDate(m_scope.to))
                                    : tr("Action items of Operativa gruppen"));
    for (ChartCard* card : {m_meetings, m_actions, m_visits, m_traffic, m_compliance})
        card->redraw();
    // An indicator's trend is all its years, whatever the dates: its card stays while the municipality does.
    if (m_indicatorsOf == m_scope.municipalityId)
        return;
    if (const Status made = makeIndicatorCards(); !made)
        m_document->reportReadFailure(made.message());
}

void OverviewCharts::refresh(const QSet<QString>& tables) {
    // A target's change moves the target line of the charts of what it counts.
    const QString targets = PromiseRegisters::targets().table;
    if (touches(tables, {OgRegisters::meetings().table, targets}))
        m_meetings->redraw();
    if (touches(tables, {OgRegisters::actionItems().table, OgRegisters::meetings().table}))
        m_actions->redraw();
    if (touches(tables, {PoliceRegisters::visits().table, targets}))
        m_visits->redraw();
    if (touches(tables, {PoliceRegisters::trafficControls().table, targets}))
        m_traffic->redraw();
    if (touches(tables, {TobaccoRegisters::testPurchases().table, TobaccoRegisters::inspections().table,
                         TobaccoRegisters::inspectionResults().table, TobaccoRegisters::retailers().table}))
        m_compliance->redraw();
    if (tables.contains(IndicatorRegisters::indicators().table)) {
        if (const Status made = makeIndicatorCards(); !made)
            m_document->reportReadFailure(made.message());
    } else if (tables.contains(IndicatorRegisters::values().table)) {
        for (ChartCard* card : std::as_const(m_indicators))
            card->redraw();
    }
}

Status OverviewCharts::drawActivity(ChartCard& card, const RegisterSpec& spec, bool byTerm,
                                    const QString& name) const {
    ActivityFigures::Series series;
    if (m_scope.from.isValid() && m_scope.from <= m_scope.to) {
        auto figures = ActivityFigures::of(
            m_document->repository(), spec, m_scope.municipalityId, m_scope.periodId, m_scope.from,
            m_scope.to, byTerm ? ActivityFigures::Step::Term : ActivityFigures::Step::Month);
        if (!figures)
            return figures.error();
        series = *figures;
    }
    const double target = series.targetPerStep > 0 ? series.targetPerStep : -1;
    const QString perStep = perStepText(series.targetPerStep);
    if (byTerm)
        static_cast<CountBarChart*>(card.chart())
            ->setData(series.labels, series.counts, name, target, tr("Target: %1 a term").arg(perStep));
    else
        static_cast<MonthBarChart*>(card.chart())
            ->setData(series.starts, series.counts, name, target, tr("Target: %1 a month").arg(perStep));
    return {};
}

Status OverviewCharts::drawCompliance(ChartCard& card) const {
    auto* shares = static_cast<PercentBarChart*>(card.chart());
    if (!m_scope.from.isValid() || m_scope.to < m_scope.from) {
        shares->setData({}, {});
        return {};
    }
    auto slices = Compliance::of(m_document->repository(), m_scope.municipalityId, m_scope.from, m_scope.to,
                                 Compliance::Step::Year);
    if (!slices)
        return slices.error();
    QStringList categories;
    // Short names in the legend, which cuts long ones; the card's note says what each share is.
    PercentBarChart::Series asked{tr("Test purchases"), {}};
    PercentBarChart::Series clean{tr("Inspections"), {}};
    for (const Compliance::Slice& slice : *slices) {
        categories << slice.label;
        asked.values << slice.idAskedShare();
        clean.values << slice.withoutDeficiencyShare();
    }
    shares->setData(categories, {asked, clean});
    return {};
}

Status OverviewCharts::drawActionItems(ChartCard& card) const {
    auto* bars = static_cast<CountBarChart*>(card.chart());
    if (!m_scope.to.isValid()) {
        bars->setData({}, {}, tr("Action items"));
        return {};
    }
    auto counts = ActionItemStanding::on(m_document->repository(), m_scope.municipalityId, m_scope.to);
    if (!counts)
        return counts.error();
    bars->setData({tr("Open"), tr("Overdue")}, {counts->open, counts->overdue}, tr("Action items"));
    return {};
}

Status OverviewCharts::makeIndicatorCards() {
    auto indicators = m_document->repository().list(IndicatorRegisters::indicators(),
                                                    indicators::municipalityId, m_scope.municipalityId);
    if (!indicators)
        return indicators.error();
    qDeleteAll(m_indicators);
    m_indicators.clear();
    m_indicatorsOf = m_scope.municipalityId;
    for (const Record& indicator : *indicators) {
        const QString uuid = indicator.uuid;
        m_indicators << card(
            tr("Indicator: %1").arg(indicator.value(indicators::name).toString()), tr("Indicators"),
            make<TrendChart>, [this, indicator](ChartCard& card) { return drawIndicator(card, indicator); },
            PageLink::to<IndicatorsPage>([uuid](IndicatorsPage* page) { page->list()->selectRecord(uuid); }));
    }
    placeCards();
    return {};
}

Status OverviewCharts::drawIndicator(ChartCard& card, const Record& indicator) const {
    auto trend = IndicatorTrend::of(m_document->repository(), indicator);
    if (!trend)
        return trend.error();
    static_cast<TrendChart*>(card.chart())->setData(trendDataOf(*trend));
    card.setNote(trend->summary());
    return {};
}

} // namespace lk
