#include "report/reportfigures.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "report/chartfigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportFigures)
};

// What was done for a promise without a counted target: the records of each register linked to it between
// the dates ("3 information efforts"), in the order the targets' sources are offered.
Result<QStringList> linkedTo(const Repository& repository, qint64 promiseId, const QDate& from,
                             const QDate& to) {
    QStringList linked;
    for (const CodeOption& source : Registry::countedSources()) {
        const RegisterSpec* spec = Registry::byTable(source.code);
        if (!spec || !spec->countsByLink() || spec->dateField.isEmpty())
            continue;
        auto count =
            sql::scalar(repository.database(),
                        QStringLiteral("SELECT count(*) FROM %1 t WHERE t.%2 = ? AND t.%3 BETWEEN ? AND ?")
                            .arg(spec->table, QString(common::promiseId), spec->dateField),
                        {promiseId, isoDate(from), isoDate(to)});
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            linked << spec->countOf(count->toInt());
    }
    return linked;
}

// The promises' lines between two dates, by the promise's id.
Result<QHash<qint64, PromiseProgress::Line>> linesBetween(const Repository& repository, qint64 periodId,
                                                          const QDate& from, const QDate& to) {
    auto lines = PromiseProgress::of(repository, periodId, from, to);
    if (!lines)
        return lines.error();
    QHash<qint64, PromiseProgress::Line> byPromise;
    for (const PromiseProgress::Line& line : *lines)
        byPromise.insert(line.promise.id, line);
    return byPromise;
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
    figures.slices = FollowUpCalendar::slices(scope.from, scope.to);
    figures.steps = FollowUpCalendar::steps(scope.from, scope.to);
    if (const QDate previous = FollowUpCalendar::previousPoint(scope.to); previous >= scope.from)
        figures.previousOn = previous;
    auto municipality = repository.findById(PromiseRegisters::municipalities(),
                                            figures.period.value(periods::municipalityId).toLongLong());
    if (!municipality || !*municipality)
        return municipality ? Error{Text::tr("The period's municipality no longer exists.")}
                            : municipality.error();
    figures.municipality = **municipality;
    auto keyFigures = KeyFigures::of(repository, figures.municipality.id, scope.from, scope.to);
    if (!keyFigures)
        return keyFigures.error();
    figures.keyFigures = *keyFigures;

    auto lines = PromiseProgress::of(repository, scope.periodId, scope.from, scope.to);
    if (!lines)
        return lines.error();
    QHash<qint64, PromiseProgress::Line> previous;
    if (figures.previousOn.isValid()) {
        auto before = linesBetween(repository, scope.periodId, scope.from, figures.previousOn);
        if (!before)
            return before.error();
        previous = *before;
    }
    QList<QHash<qint64, PromiseProgress::Line>> slices;
    for (const FollowUpCalendar::Slice& slice : figures.slices) {
        auto lines = linesBetween(repository, scope.periodId, slice.from, slice.to);
        if (!lines)
            return lines.error();
        slices.append(*lines);
    }
    // The registers some target counts: their key figures go with those promises; the rest with the promises
    // that count nothing (the lägesbild, which no register's count can measure).
    QStringList counted;
    for (const PromiseProgress::Line& line : *lines) {
        for (const PromiseProgress::Target& target : line.targets)
            counted << target.progress.target.value(targets::source).toString();
    }
    for (const PromiseProgress::Line& line : *lines) {
        Promise promise{.progress = line};
        if (previous.contains(line.promise.id))
            promise.previous = previous.value(line.promise.id);
        for (const auto& slice : std::as_const(slices))
            promise.slices.append(slice.value(line.promise.id, line));
        auto charts = ChartFigures::of(repository, figures, line);
        if (!charts)
            return charts.error();
        promise.charts = *charts;
        QStringList tables;
        for (const PromiseProgress::Target& target : line.targets)
            tables << target.progress.target.value(targets::source).toString();
        if (line.targets.isEmpty()) {
            auto linked = linkedTo(repository, line.promise.id, scope.from, scope.to);
            if (!linked)
                return linked.error();
            promise.linked = *linked;
            if (promise.linked.isEmpty())
                promise.keyFigures = figures.keyFigures.unclaimed(counted);
        } else {
            promise.keyFigures = figures.keyFigures.about(tables);
        }
        figures.promises.append(promise);
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

QString ReportFigures::sender() const {
    const QString sender = municipality.value(municipalities::reportSender).toString().trimmed();
    return sender.isEmpty() ? municipality.value(municipalities::name).toString() : sender;
}

QString ReportFigures::stepTargetText(double perStep) {
    return std::abs(perStep - std::round(perStep)) < 0.05 ? QLocale().toString(qRound(perStep))
                                                          : QLocale().toString(perStep, 'f', 1);
}

QString ReportFigures::outcome(const PromiseProgress::Target& target) {
    return Text::tr("%1 of %2").arg(target.done).arg(target.shown());
}

QString ReportFigures::share(const PromiseProgress::Target& target) {
    if (target.shown() <= 0)
        return {};
    return Text::tr("%1 %").arg(qRound(100.0 * target.done / target.shown()));
}

const PromiseProgress::Target* ReportFigures::targetIn(const PromiseProgress::Line& line, qint64 targetId) {
    for (const PromiseProgress::Target& target : line.targets) {
        if (target.progress.target.id == targetId)
            return &target;
    }
    return nullptr;
}

} // namespace lk
