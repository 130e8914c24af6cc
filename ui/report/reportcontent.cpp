#include "report/reportcontent.h"

#include "charts/countbarchart.h"
#include "charts/monthbarchart.h"
#include "charts/percentbarchart.h"
#include "charts/trendchart.h"
#include "charts/trenddata.h"
#include "indicators/indicatorregisters.h"
#include "progress/activityfigures.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "report/chartimage.h"
#include "tobacco/compliance.h"

#include <QChart>
#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportContent)
};

QString iso(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// The chart on paper, its title drawn in it: a page break can then never part a chart from its title.
ReportChart paper(QWidget* widget, QChart* chart, const QString& title, QSize size, ChartForm form) {
    if (!title.isEmpty()) {
        QFont font = chart->titleFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        chart->setTitleFont(font);
        chart->setTitle(title);
    }
    if (form == ChartForm::Vector)
        return {title, QImage(), chartPicture(widget, size)};
    return {title, chartImage(widget, size), QPicture()};
}

} // namespace

Result<ReportContent> ReportContent::gather(const Repository& repository, ReportScope scope) {
    ReportContent content;
    auto period = repository.findById(PromiseRegisters::periods(), scope.periodId);
    if (!period)
        return period.error();
    if (!*period)
        return Error{Text::tr("The period of the report no longer exists.")};
    content.period = **period;
    const QDate start = content.period.value(QStringLiteral("start_date")).toDate();
    const QDate end = content.period.value(QStringLiteral("end_date")).toDate();
    scope.from = scope.from.isValid() ? std::max(scope.from, start) : start;
    scope.to = scope.to.isValid() ? std::min(scope.to, end) : end;
    if (scope.from > scope.to)
        return Error{Text::tr("The dates %1 – %2 do not overlap the period %3 (%4 – %5).")
                         .arg(iso(scope.from), iso(scope.to),
                              content.period.value(QStringLiteral("name")).toString(), iso(start), iso(end))};
    if (!scope.printedOn.isValid())
        scope.printedOn = QDate::currentDate();
    content.scope = scope;
    auto municipality =
        repository.findById(PromiseRegisters::municipalities(),
                            content.period.value(QStringLiteral("municipality_id")).toLongLong());
    if (!municipality || !*municipality)
        return municipality ? Error{Text::tr("The period's municipality no longer exists.")}
                            : municipality.error();
    content.municipality = **municipality;
    auto promises = PromiseProgress::of(repository, scope.periodId, scope.from, scope.to);
    if (!promises)
        return promises.error();
    content.promises = *promises;
    auto indicators = repository.list(IndicatorRegisters::indicators(), QStringLiteral("municipality_id"),
                                      content.municipality.id);
    if (!indicators)
        return indicators.error();
    for (const Record& indicator : *indicators) {
        auto trend = IndicatorTrend::of(repository, indicator);
        if (!trend)
            return trend.error();
        content.indicators.append(*trend);
    }
    return content;
}

QString ReportContent::rangeText() const {
    return QStringLiteral("%1 – %2").arg(iso(scope.from), iso(scope.to));
}

QString ReportContent::outcome(const PromiseProgress::Target& target) {
    return Text::tr("%1 of %2").arg(target.done).arg(std::lround(target.planned));
}

QList<ReportChart> ReportContent::chartsFor(const Repository& repository, const PromiseProgress::Line& line,
                                            QSize size, ChartForm form) const {
    QList<ReportChart> charts;
    QSet<QString> drawn;
    for (const PromiseProgress::Target& target : line.targets) {
        const QString source = target.progress.target.value(QStringLiteral("source")).toString();
        const QString kind = target.progress.target.value(QStringLiteral("only_kind")).toString();
        if (drawn.contains(source + kind))
            continue;
        drawn.insert(source + kind);
        // Tobacco is told by its compliance, the share that kept the rules, rather than by counts.
        if (source == QStringLiteral("inspections") || source == QStringLiteral("test_purchases")) {
            if (drawn.contains(QStringLiteral("compliance")))
                continue;
            drawn.insert(QStringLiteral("compliance"));
            auto slices =
                Compliance::of(repository, municipality.id, scope.from, scope.to, Compliance::Step::Year);
            if (!slices)
                continue;
            QStringList years;
            PercentBarChart::Series asked{Text::tr("Test purchases with ID asked or sale refused"), {}};
            PercentBarChart::Series kept{Text::tr("Inspections without deficiency"), {}};
            for (const Compliance::Slice& slice : *slices) {
                years << slice.label;
                asked.values << slice.idAskedShare();
                kept.values << slice.withoutDeficiencyShare();
            }
            PercentBarChart chart;
            chart.setData(years, {asked, kept});
            charts.append(paper(&chart, chart.chart(), Text::tr("Compliance per year"), size, form));
            continue;
        }
        const RegisterSpec* spec = Registry::byTable(source);
        if (!spec)
            continue;
        // Months while they fit on a page's width and the target asks for about one a month or more; terms
        // for longer ranges, for rarer activities (two trainings a year would be a row of empty months) and
        // for school visits, which are planned by term.
        const double perYear =
            target.progress.target.value(QStringLiteral("quantity")).toReal() *
            (target.progress.target.value(QStringLiteral("per")).toString() == QStringLiteral("termin") ? 2
                                                                                                        : 1);
        const bool months = scope.from.daysTo(scope.to) <= 366 * 2 && source != QStringLiteral("visits") &&
                            (perYear >= 6 || target.progress.target.value(QStringLiteral("per")).toString() ==
                                                 QStringLiteral("period"));
        auto series =
            ActivityFigures::of(repository, *spec, municipality.id, scope.periodId, scope.from, scope.to,
                                months ? ActivityFigures::Step::Month : ActivityFigures::Step::Term, kind);
        if (!series)
            continue;
        const QString counted = target.progress.target.value(QStringLiteral("counted")).toString();
        const double line = series->targetPerStep > 0 ? series->targetPerStep : -1;
        if (months) {
            MonthBarChart chart;
            chart.setData(series->starts, series->counts, counted, line, Text::tr("Target per month"));
            charts.append(
                paper(&chart, chart.chart(), Text::tr("%1 – count per month").arg(counted), size, form));
        } else {
            CountBarChart chart;
            chart.setData(series->labels, series->counts, counted, line, Text::tr("Target per term"));
            charts.append(
                paper(&chart, chart.chart(), Text::tr("%1 – count per term").arg(counted), size, form));
        }
    }
    return charts;
}

ReportChart ReportContent::trendChart(const IndicatorTrend& trend, QSize size, ChartForm form) const {
    TrendChart chart;
    chart.setData(trendDataOf(trend));
    return paper(&chart, chart.chart(), QString(), size, form);
}

} // namespace lk
