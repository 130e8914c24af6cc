// OverviewCharts: the overview's charts as cards in two columns: Operativa gruppen's meetings per month and
// its action items, the police's visits per term and traffic controls per month, tobacco compliance per year,
// and the trend of each of the municipality's indicators. A card draws when it comes on screen and again only
// when its own tables change; a click on one asks for the page behind it.
#pragma once

#include "common/result.h"
#include "overview/overviewscope.h"
#include "overview/pagelink.h"
#include "register/record.h"

#include <QSet>
#include <QWidget>

class QGridLayout;

namespace lk {

class ChartCard;
class CountBarChart;
class Document;
class MonthBarChart;
class PercentBarChart;
class TrendChart;
struct RegisterSpec;

class OverviewCharts : public QWidget {
    Q_OBJECT
public:
    explicit OverviewCharts(Document* document, QWidget* parent = nullptr);

    // Draws every card for the new scope.
    void setScope(const OverviewScope& scope);
    // Draws again the cards whose figures come from one of `tables`.
    void refresh(const QSet<QString>& tables);

    // The charts, made on first use.
    MonthBarChart* meetings() const;
    CountBarChart* actionItems() const;
    CountBarChart* visits() const;
    MonthBarChart* trafficControls() const;
    PercentBarChart* compliance() const;
    TrendChart* indicator(int index) const;
    // In the order they are laid out, two to a row; the indicators' last.
    QList<ChartCard*> cards() const;
    ChartCard* meetingsCard() const { return m_meetings; }
    ChartCard* actionItemsCard() const { return m_actions; }
    ChartCard* visitsCard() const { return m_visits; }
    ChartCard* trafficControlsCard() const { return m_traffic; }
    ChartCard* complianceCard() const { return m_compliance; }
    const QList<ChartCard*>& indicatorCards() const { return m_indicators; }

signals:
    void openPage(const lk::PageLink& link);

private:
    ChartCard* card(const QString& title, const QString& opens, std::function<QWidget*()> make,
                    std::function<Status(ChartCard&)> draw, const PageLink& link);
    Status drawActivity(ChartCard& card, const RegisterSpec& spec, bool byTerm, const QString& name) const;
    Status drawCompliance(ChartCard& card) const;
    Status drawActionItems(ChartCard& card) const;
    Status drawIndicator(ChartCard& card, const Record& indicator) const;
    // The indicators come and go with the municipality: their cards are made anew.
    Status makeIndicatorCards();
    void placeCards();

    Document* m_document;
    QGridLayout* m_grid;
    OverviewScope m_scope;
    ChartCard* m_meetings;
    ChartCard* m_actions;
    ChartCard* m_visits;
    ChartCard* m_traffic;
    ChartCard* m_compliance;
    QList<ChartCard*> m_indicators;
    qint64 m_indicatorsOf = -1; // the municipality whose indicators have cards
};

} // namespace lk
