// OverviewPage: how every promise of the period stands at a glance, between two dates (by default from the
// period's start to today, or to its end when it is over): the promises with their traffic lights, targets
// and latest status, the same promises in the other municipalities of its police area, and below them the
// charts of the registers behind them. A click on a promise or a chart
// asks the window to open the page behind it.
#pragma once

#include "common/page.h"
#include "overview/overviewscope.h"
#include "overview/pagelink.h"
#include "progress/promiseprogress.h"

#include <QSet>

class QLabel;
class QTimer;

namespace lk {

class AreaTable;
class DateEdit;
class OverviewCharts;
class LightLegend;
class PromiseTable;

class OverviewPage : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Overview"); }

    DateEdit* from() { return built(m_from); }
    DateEdit* to() { return built(m_to); }
    PromiseTable* promises() { return built(m_promises); }
    // The police area's municipalities side by side; hidden unless the area has more than this one.
    AreaTable* area() { return built(m_area); }
    // What to do first, on a file without a period or a period without promises; hidden otherwise.
    QLabel* firstStep() { return built(m_firstStep); }
    OverviewCharts* charts() { return built(m_charts); }
    // What is drawn: the range as last applied.
    OverviewScope scope() const { return m_scope; }
    // Applies the dates now instead of after the pause that lets the user finish typing them.
    void applyRange();

signals:
    void openPage(const lk::PageLink& link);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build() override;
    void applyPeriod() override;
    void resetRange();
    void noteChange(const QSet<QString>& tables);
    void bringUpToDate();
    void drawPromises();
    // `own`: the chosen municipality's lines, as drawPromises() worked them out.
    void drawArea(const QList<PromiseProgress::Line>& own);

    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QLabel* m_rangeProblem = nullptr;
    QLabel* m_firstStep = nullptr;
    QWidget* m_figures = nullptr;
    QTimer* m_rangeDelay = nullptr;
    LightLegend* m_legend = nullptr;
    PromiseTable* m_promises = nullptr;
    QLabel* m_areaHeading = nullptr;
    AreaTable* m_area = nullptr;
    OverviewCharts* m_charts = nullptr;
    OverviewScope m_scope;
    bool m_rangeIsDefault = true;
    // What changed while the page was hidden: drawn when it is shown again, not on every edit elsewhere.
    bool m_allStale = true;
    QSet<QString> m_staleTables;
    // The registers the period's targets count from: a change there moves a traffic light.
    QSet<QString> m_promiseTables;
};

} // namespace lk
