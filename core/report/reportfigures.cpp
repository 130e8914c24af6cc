#include "report/reportfigures.h"

#include "common/isodate.h"
#include "indicators/indicatorregisters.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportFigures)
};

// The charts of one promise: each register (and kind) its targets count once, tobacco's two registers as one
// chart of compliance.
Result<QList<ReportFigures::Chart>> chartsOf(const Repository& repository, const ReportFigures& figures,
                                             const PromiseProgress::Line& line) {
    using Chart = ReportFigures::Chart;
    const ReportScope& scope = figures.scope;
    QList<Chart> charts;
    QSet<QString> drawn;
    bool complianceDrawn = false;
    for (const PromiseProgress::Target& target : line.targets) {
        const Record& asked = target.progress.target;
        const QString source = asked.value(targets::source).toString();
        const QString kind = asked.value(targets::onlyKind).toString();
        if (drawn.contains(source + kind))
            continue;
        drawn.insert(source + kind);
        if (source == inspections::table || source == testPurchases::table) {
            if (complianceDrawn)
                continue;
            complianceDrawn = true;
            auto slices = Compliance::of(repository, figures.municipality.id, scope.from, scope.to,
                                         Compliance::Step::Year);
            if (!slices)
                return slices.error();
            charts.append({Chart::Kind::Compliance, {}, {}, *slices});
            continue;
        }
        const RegisterSpec* spec = Registry::byTable(source);
        if (!spec)
            continue;
        // Months while they fit on a page's width and the target asks for about one a month or more; terms
        // for longer ranges, for rarer activities (two trainings a year would be a row of empty months) and
        // for school visits, which are planned by term. A target per period asks its share of it a year:
        // 100 traffic controls in two years are monthly, four new neighbourhood-watch areas are not.
        const QString per = asked.value(targets::per).toString();
        const QDate periodStart = figures.period.value(periods::startDate).toDate();
        const QDate periodEnd = figures.period.value(periods::endDate).toDate();
        const double yearsOfPeriod = std::max(1.0, periodStart.daysTo(periodEnd) + 1.0) / 365.25;
        const double perYear =
            asked.value(targets::quantity).toReal() * (per == QStringLiteral("termin")    ? 2
                                                       : per == QStringLiteral("tertial") ? 3
                                                       : per == QStringLiteral("period")  ? 1 / yearsOfPeriod
                                                                                          : 1);
        const bool months = scope.from.daysTo(scope.to) <= 366 * 2 && source != visits::table && perYear >= 6;
        auto series = ActivityFigures::of(
            repository, *spec, figures.municipality.id, scope.periodId, scope.from, scope.to,
            months ? ActivityFigures::Step::Month : ActivityFigures::Step::Term, kind);
        if (!series)
            return series.error();
        charts.append({months ? Chart::Kind::PerMonth : Chart::Kind::PerTerm,
                       asked.value(targets::counted).toString(),
                       *series,
                       {}});
    }
    return charts;
}

} // namespace

Result<ReportFigures> ReportFigures::gather(const Repository& repository, ReportScope scope) {
    ReportFigures figures;
    auto period = repository.findById(PromiseRegisters::periods(), scope.periodId);
    if (!period)
        return period.error();
    if (!*period)
        return Error{Text::tr("The period of the report no longer exists.")};
    figures.period = **period;
    const QDate start = figures.period.value(periods::startDate).toDate();
    const QDate end = figures.period.value(periods::endDate).toDate();
    scope.from = scope.from.isValid() ? std::max(scope.from, start) : start;
    scope.to = scope.to.isValid() ? std::min(scope.to, end) : end;
    if (scope.from > scope.to)
        return Error{Text::tr("The dates %1 – %2 do not overlap the period %3 (%4 – %5).")
                         .arg(isoDate(scope.from), isoDate(scope.to),
                              figures.period.value(periods::name).toString(), isoDate(start), isoDate(end))};
    if (!scope.printedOn.isValid())
        scope.printedOn = QDate::currentDate();
    figures.scope = scope;
    auto municipality = repository.findById(PromiseRegisters::municipalities(),
                                            figures.period.value(periods::municipalityId).toLongLong());
    if (!municipality || !*municipality)
        return municipality ? Error{Text::tr("The period's municipality no longer exists.")}
                            : municipality.error();
    figures.municipality = **municipality;
    auto lines = PromiseProgress::of(repository, scope.periodId, scope.from, scope.to);
    if (!lines)
        return lines.error();
    for (const PromiseProgress::Line& line : *lines) {
        auto charts = chartsOf(repository, figures, line);
        if (!charts)
            return charts.error();
        figures.promises.append({line, *charts});
    }
    auto indicators = repository.list(IndicatorRegisters::indicators(), indicators::municipalityId,
                                      figures.municipality.id);
    if (!indicators)
        return indicators.error();
    for (const Record& indicator : *indicators) {
        auto trend = IndicatorTrend::of(repository, indicator);
        if (!trend)
            return trend.error();
        figures.indicators.append(*trend);
    }
    return figures;
}

QString ReportFigures::rangeText() const {
    return QStringLiteral("%1 – %2").arg(isoDate(scope.from), isoDate(scope.to));
}

QString ReportFigures::stepTargetText(double perStep) {
    return std::abs(perStep - std::round(perStep)) < 0.05 ? QLocale().toString(qRound(perStep))
                                                          : QLocale().toString(perStep, 'f', 1);
}

QString ReportFigures::outcome(const PromiseProgress::Target& target) {
    return Text::tr("%1 of %2").arg(target.done).arg(target.shown());
}

} // namespace lk
