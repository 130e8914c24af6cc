#include "progress/activityfigures.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "promises/promiseregisters.h"
#include "promises/targetprogress.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ActivityFigures)
};

QString monthLabel(const QDate& start) {
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("lk::ActivityFigures", "Jan"), QT_TRANSLATE_NOOP("lk::ActivityFigures", "Feb"),
        QT_TRANSLATE_NOOP("lk::ActivityFigures", "Mar"), QT_TRANSLATE_NOOP("lk::ActivityFigures", "Apr"),
        QT_TRANSLATE_NOOP("lk::ActivityFigures", "May"), QT_TRANSLATE_NOOP("lk::ActivityFigures", "Jun"),
        QT_TRANSLATE_NOOP("lk::ActivityFigures", "Jul"), QT_TRANSLATE_NOOP("lk::ActivityFigures", "Aug"),
        QT_TRANSLATE_NOOP("lk::ActivityFigures", "Sep"), QT_TRANSLATE_NOOP("lk::ActivityFigures", "Oct"),
        QT_TRANSLATE_NOOP("lk::ActivityFigures", "Nov"), QT_TRANSLATE_NOOP("lk::ActivityFigures", "Dec")};
    return QStringLiteral("%1 %2").arg(Text::tr(names[start.month() - 1])).arg(start.year());
}

QString termLabel(const QDate& start) {
    return start.month() == 1 ? Text::tr("Spring %1").arg(start.year())
                              : Text::tr("Autumn %1").arg(start.year());
}

QString tertialLabel(const QDate& start) {
    return Text::tr("T%1 %2").arg((start.month() - 1) / 4 + 1).arg(start.year());
}

int monthsOf(ActivityFigures::Step step) {
    return step == ActivityFigures::Step::Month ? 1 : step == ActivityFigures::Step::Term ? 6 : 4;
}

// The first day of the step that `day` lies in.
QDate stepStart(ActivityFigures::Step step, const QDate& day) {
    const int months = monthsOf(step);
    return QDate(day.year(), (day.month() - 1) / months * months + 1, 1);
}

QString labelOf(ActivityFigures::Step step, const QDate& start) {
    switch (step) {
    case ActivityFigures::Step::Month:
        return monthLabel(start);
    case ActivityFigures::Step::Term:
        return termLabel(start);
    case ActivityFigures::Step::Tertial:
        return tertialLabel(start);
    }
    return {};
}

// How many steps of the target's "per" fit in a month, a term or a tertial.
double perStep(const QString& per, ActivityFigures::Step step, const Record& period) {
    const double months = monthsOf(step);
    if (per == QStringLiteral("ar"))
        return months / 12;
    if (per == QStringLiteral("termin"))
        return months / 6;
    if (per == QStringLiteral("tertial"))
        return months / 4;
    const QDate start = period.value(periods::startDate).toDate();
    const QDate end = period.value(periods::endDate).toDate();
    const double periodMonths = std::max(1.0, start.daysTo(end) / 30.44);
    return months / periodMonths;
}

} // namespace

Result<ActivityFigures::Series> ActivityFigures::of(const Repository& repository, const RegisterSpec& spec,
                                                    qint64 municipalityId, qint64 periodId, const QDate& from,
                                                    const QDate& to, Step step, const QString& kind) {
    Series series;
    const int months = monthsOf(step);
    for (QDate start = stepStart(step, from); start <= to; start = start.addMonths(months)) {
        series.starts << start;
        series.labels << labelOf(step, start);
    }
    // One query for all the steps: the records grouped by the step their date falls in.
    const QString bucket =
        step == Step::Month ? QStringLiteral("substr(t.%1, 1, 7) || '-01'")
        : step == Step::Term
            ? QStringLiteral("substr(t.%1, 1, 4) || CASE WHEN substr(t.%1, 6, 2) <= '06' THEN '-01-01' "
                             "ELSE '-07-01' END")
            : QStringLiteral("substr(t.%1, 1, 4) || CASE WHEN substr(t.%1, 6, 2) <= '04' THEN '-01-01' "
                             "WHEN substr(t.%1, 6, 2) <= '08' THEN '-05-01' ELSE '-09-01' END");
    QVariantList values{municipalityId, isoDate(from), isoDate(to)};
    if (!kind.isEmpty())
        values << kind;
    auto counted = sql::run(
        repository.database(),
        QStringLiteral("SELECT %1, count(*) FROM %2 t WHERE %3 AND t.%4 BETWEEN ? AND ?%5 GROUP BY 1")
            .arg(bucket.arg(spec.dateField), spec.table, spec.municipalityCondition(), spec.dateField,
                 kind.isEmpty() ? QString() : QStringLiteral(" AND t.kind = ?")),
        values);
    if (!counted)
        return counted.error();
    series.counts = QList<int>(series.starts.size(), 0);
    series.targetSteps = QList<double>(series.starts.size(), 0.0);
    while (counted->next()) {
        const qsizetype at =
            series.starts.indexOf(QDate::fromString(counted->value(0).toString(), Qt::ISODate));
        if (at >= 0)
            series.counts[at] = counted->value(1).toInt();
    }
    if (periodId == 0)
        return series;
    auto period = repository.findById(PromiseRegisters::periods(), periodId);
    if (!period)
        return period.error();
    auto promises = PromiseRegisters::promisesOf(repository, periodId);
    if (!promises)
        return promises.error();
    for (const Record& promise : *promises) {
        auto targets = repository.list(PromiseRegisters::targets(), targets::promiseId, promise.id);
        if (!targets)
            return targets.error();
        for (const Record& target : *targets) {
            // A target per unit ("2 per school and term") is not a line on a chart of all visits.
            if (target.value(targets::source).toString() != spec.table ||
                target.value(targets::eachUnit).isValid() ||
                target.value(targets::onlyKind).toString() != kind || !*period)
                continue;
            series.targetPerStep += target.value(targets::quantity).toReal() *
                                    perStep(target.value(targets::per).toString(), step, **period);
            // Each slice of the target gives each step the part of its goal planned on the step's days
            // (inside the dates asked for), as its progress plans it.
            for (const TargetProgress::Slice& slice : TargetProgress::slicesOf(**period, target)) {
                for (qsizetype i = 0; i < series.starts.size(); ++i) {
                    const QDate first = std::max(series.starts.at(i), from);
                    const QDate last = std::min(series.starts.at(i).addMonths(months).addDays(-1), to);
                    if (first <= last)
                        series.targetSteps[i] += TargetProgress::plannedIn(target, slice, first, last);
                }
            }
        }
    }
    return series;
}

} // namespace lk
