#include "report/chartfigures.h"

#include "promises/promiseregisters.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ChartFigures)
};

bool isTobacco(const QString& table) {
    return table == inspections::table || table == testPurchases::table;
}

// What the register counts, as the targets' "counted from" field names it ("Safety walks").
QString registerName(const QString& table) {
    return PromiseRegisters::targets().field(targets::source).codeLabel(table);
}

} // namespace

Result<QList<ReportFigures::Chart>> ChartFigures::of(const Repository& repository,
                                                     const ReportFigures& figures,
                                                     const PromiseProgress::Line& line) {
    using Chart = ReportFigures::Chart;
    QList<Chart> charts;
    const bool tertials = FollowUpCalendar::byTertial(figures.scope.from, figures.scope.to);
    for (const PromiseProgress::Target& target : line.targets) {
        const Record& asked = target.progress.target;
        const QString table = asked.value(targets::source).toString();
        if (isTobacco(table)) {
            const bool drawn = std::any_of(charts.cbegin(), charts.cend(), [](const Chart& chart) {
                return chart.kind == Chart::Kind::Compliance;
            });
            if (drawn)
                continue;
            auto slices =
                Compliance::of(repository, figures.municipality.id, figures.scope.from, figures.scope.to,
                               tertials ? Compliance::Step::HalfYear : Compliance::Step::Year);
            if (!slices)
                return slices.error();
            Chart chart;
            chart.kind = Chart::Kind::Compliance;
            chart.table = table;
            chart.title = tertials ? Text::tr("Compliance per half-year") : Text::tr("Compliance per year");
            chart.compliance = *slices;
            charts.append(chart);
            continue;
        }
        // One chart per register: a register's second target (another kind of event) joins its chart.
        auto found = std::find_if(charts.begin(), charts.end(), [&](const Chart& chart) {
            return chart.kind == Chart::Kind::Counts && chart.table == table;
        });
        if (found == charts.end()) {
            Chart chart;
            chart.table = table;
            for (const FollowUpCalendar::Slice& step : figures.steps)
                chart.steps << step.label;
            chart.stepName = tertials ? Text::tr("Tertial") : Text::tr("Term");
            charts.append(chart);
            found = charts.end() - 1;
        }
        Chart::Series series{asked.value(targets::counted).toString(), {}, {}};
        for (const FollowUpCalendar::Slice& step : figures.steps) {
            // The report's period is the target's: its promise is one of the period's.
            auto progress = TargetProgress::between(repository, asked, figures.period, step.from, step.to);
            if (!progress)
                return progress.error();
            series.done << progress->done();
            series.planned << progress->planned();
        }
        found->series.append(series);
    }
    for (Chart& chart : charts) {
        if (chart.kind != Chart::Kind::Counts)
            continue;
        const QString what = chart.series.size() == 1 ? chart.series.first().name : registerName(chart.table);
        chart.title = tertials ? Text::tr("%1 per tertial").arg(what) : Text::tr("%1 per term").arg(what);
    }
    return charts;
}

} // namespace lk
