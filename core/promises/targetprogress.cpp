#include "promises/targetprogress.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "promises/promiseregisters.h"
#include "register/monthset.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::TargetProgress)
};

// The months a target's work is done in; empty: every month.
MonthSet monthsOf(const Record& target) {
    return MonthSet::read(target.value(targets::months)).value_or(MonthSet());
}

// The first day of the slice of this "per" that `day` lies in: a year, a school term (January–June,
// July–December) or a tertial (January–April, May–August, September–December).
QDate sliceStart(const QString& per, const QDate& day) {
    if (per == QStringLiteral("termin"))
        return QDate(day.year(), day.month() <= 6 ? 1 : 7, 1);
    if (per == QStringLiteral("tertial"))
        return QDate(day.year(), (day.month() - 1) / 4 * 4 + 1, 1);
    return QDate(day.year(), 1, 1);
}

int monthsOfSlice(const QString& per) {
    return per == QStringLiteral("termin") ? 6 : per == QStringLiteral("tertial") ? 4 : 12;
}

QString sliceLabel(const QString& per, const QDate& from) {
    if (per == QStringLiteral("termin"))
        return from.month() == 1 ? Text::tr("Spring %1").arg(from.year())
                                 : Text::tr("Autumn %1").arg(from.year());
    if (per == QStringLiteral("tertial"))
        return Text::tr("T%1 %2").arg((from.month() - 1) / 4 + 1).arg(from.year());
    return QString::number(from.year());
}

} // namespace

double TargetProgress::share(const MonthSet& months, const QDate& sliceFrom, const QDate& sliceTo,
                             const QDate& first, const QDate& last) {
    const QDate from = std::max(first, sliceFrom);
    const QDate to = std::min(last, sliceTo);
    if (from > to)
        return 0;
    // A slice without a single work month (a term target whose months all lie in the other term) is spread
    // evenly over its days instead. Its goal is what the target asks of every slice; with no work day to
    // plan it on, it would be planned nowhere, and the slice would show nothing planned even on its last
    // day, however far behind the work is. The even spread keeps what the target asks in sight; the months
    // still shape every slice that has one of them.
    const int workDays = months.workDays(sliceFrom, sliceTo);
    if (workDays == 0)
        return (from.daysTo(to) + 1) / double(sliceFrom.daysTo(sliceTo) + 1);
    return months.workDays(from, to) / double(workDays);
}

QList<TargetProgress::Slice> TargetProgress::slicesOf(const Record& period, const Record& target) {
    const QDate start = period.value(periods::startDate).toDate();
    const QDate end = period.value(periods::endDate).toDate();
    const QString per = target.value(targets::per).toString();
    const int quantity = target.value(targets::quantity).toInt();
    QList<Slice> slices;
    if (!start.isValid() || !end.isValid() || end < start)
        return slices;
    if (per == QStringLiteral("period")) {
        slices.append({period.value(periods::name).toString(), start, end, 0, quantity, double(quantity)});
        return slices;
    }
    // Each slice with its share of the quantity when the period cuts it: the share of its work that lies in
    // the period (a period that starts in July asks half a year's quantity of its first year, or all of it
    // when the work is done in the autumn).
    const MonthSet months = monthsOf(target);
    const int length = monthsOfSlice(per);
    for (QDate from = sliceStart(per, start); from <= end; from = from.addMonths(length)) {
        const QDate to = from.addMonths(length).addDays(-1);
        const QDate first = std::max(from, start);
        const QDate last = std::min(to, end);
        const int goal = int(std::lround(quantity * share(months, from, to, first, last)));
        slices.append({sliceLabel(per, from), first, last, 0, goal, double(goal)});
    }
    return slices;
}

double TargetProgress::plannedIn(const Record& target, const Slice& slice, const QDate& first,
                                 const QDate& last) {
    return slice.goal * share(monthsOf(target), slice.from, slice.to, first, last);
}

namespace {

Status countSlice(const Repository& repository, const RegisterSpec& source, const Record& target,
                  qint64 municipalityId, TargetProgress::Slice& slice) {
    const qint64 promise = target.value(targets::promiseId).toLongLong();
    const QString eachUnit = target.value(targets::eachUnit).toString();
    if (eachUnit.isEmpty()) {
        // Which records count for the target's promise. An activity (a meeting, a visit, an event) is done
        // for one promise and says so through its counts-for link: only those linked to this promise count.
        // A lasting thing that starts on a date (a neighbourhood-watch area) is done for no promise: it
        // belongs to the municipality and goes on from period to period, and a link would be one more field
        // to set by hand on every area (a forgotten one silently uncounted) that ties it to one period's
        // promise. So it counts for each target of its municipality's promises that counts its register, by
        // the date it started: "8 new areas in the period" are the municipality's areas started in it.
        QString condition =
            (source.countsByLink() ? QStringLiteral("t.%1 = ?").arg(QString(common::promiseId))
                                   : source.municipalityCondition()) +
            QStringLiteral(" AND t.%1 BETWEEN ? AND ?").arg(source.dateField);
        QVariantList values{source.countsByLink() ? promise : municipalityId, isoDate(slice.from),
                            isoDate(slice.to)};
        // Only the events of one kind, when the target says so ("four trainings a year").
        if (const QString kind = target.value(targets::onlyKind).toString(); !kind.isEmpty()) {
            condition += QStringLiteral(" AND t.kind = ?");
            values << kind;
        }
        auto done = sql::scalar(
            repository.database(),
            QStringLiteral("SELECT count(*) FROM %1 t WHERE %2").arg(source.table, condition), values);
        if (!done)
            return done.error();
        slice.done = done->toInt();
        return {};
    }
    // Each unit counts up to what it is asked for.
    const int perUnit = slice.goal;
    auto units = sql::run(repository.database(),
                          QStringLiteral("SELECT (SELECT count(*) FROM %1 v WHERE v.unit_id = u.id AND "
                                         "v.promise_id = ? AND v.%2 BETWEEN ? AND ?) FROM units u "
                                         "WHERE u.municipality_id = ? AND u.kind = ?")
                              .arg(source.table, source.dateField),
                          {promise, isoDate(slice.from), isoDate(slice.to), municipalityId, eachUnit});
    if (!units)
        return units.error();
    slice.goal = 0;
    const double share = slice.planned / std::max(1, perUnit);
    while (units->next()) {
        const int visits = units->value(0).toInt();
        ++slice.units;
        slice.goal += perUnit;
        slice.done += std::min(visits, perUnit);
        if (visits < perUnit)
            ++slice.unitsShort;
    }
    slice.planned = slice.goal * share;
    return {};
}

} // namespace

int TargetProgress::Progress::done() const {
    int sum = 0;
    for (const Slice& slice : slices)
        sum += slice.done;
    return sum;
}

int TargetProgress::Progress::goal() const {
    int sum = 0;
    for (const Slice& slice : slices)
        sum += slice.goal;
    return sum;
}

double TargetProgress::Progress::planned() const {
    double sum = 0;
    for (const Slice& slice : slices)
        sum += slice.planned;
    return sum;
}

QString TargetProgress::asked(const Record& target) {
    const RegisterSpec& targets = PromiseRegisters::targets();
    QString asked = QStringLiteral("%1 %2")
                        .arg(target.value(targets::quantity).toInt())
                        .arg(targets.field(targets::per).displayText(target.value(targets::per)));
    if (const QVariant kind = target.value(targets::eachUnit); kind.isValid())
        asked = Text::tr("%1 for each: %2")
                    .arg(asked, targets.field(targets::eachUnit).displayText(kind).toLower());
    if (const MonthSet months = monthsOf(target); !months.isEmpty())
        asked = Text::tr("%1, in %2").arg(asked, months.displayText());
    return asked;
}

QString TargetProgress::summary(const Progress& progress) {
    const Record& target = progress.target;
    const RegisterSpec& targets = PromiseRegisters::targets();
    QString asked = TargetProgress::asked(target);
    if (const QVariant kind = target.value(targets::onlyKind); kind.isValid())
        asked =
            Text::tr("%1, only: %2").arg(asked, targets.field(targets::onlyKind).displayText(kind).toLower());
    QStringList slices;
    for (const Slice& slice : progress.slices) {
        QString text = Text::tr("%1: %2 of %3").arg(slice.label).arg(slice.done).arg(slice.goal);
        if (slice.unitsShort > 0)
            text += Text::tr(" (%n unit(s) short)", "", slice.unitsShort);
        slices << text;
    }
    return QStringLiteral("%1 (%2): %3")
        .arg(target.value(targets::counted).toString(), asked, slices.join(QStringLiteral(" · ")));
}

Result<TargetProgress::Progress> TargetProgress::of(const Repository& repository, const Record& target) {
    return between(repository, target, {}, {});
}

Result<TargetProgress::Progress> TargetProgress::between(const Repository& repository, const Record& target,
                                                         const QDate& from, const QDate& to) {
    Progress progress{target, {}};
    const RegisterSpec* source = Registry::byTable(target.value(targets::source).toString());
    if (!source || source->dateField.isEmpty())
        return progress;
    auto period =
        PromiseRegisters::periodOfPromise(repository, target.value(targets::promiseId).toLongLong());
    if (!period)
        return period.error();
    if (!*period)
        return progress;
    return between(repository, target, **period, from, to);
}

Result<TargetProgress::Progress> TargetProgress::between(const Repository& repository, const Record& target,
                                                         const Record& period, const QDate& from,
                                                         const QDate& to) {
    Progress progress{target, {}};
    const RegisterSpec* source = Registry::byTable(target.value(targets::source).toString());
    if (!source || source->dateField.isEmpty())
        return progress;
    const qint64 municipalityId = period.value(periods::municipalityId).toLongLong();
    for (Slice slice : slicesOf(period, target)) {
        // Cut to the dates asked for; what is planned shrinks with the work days left inside them.
        if (from.isValid() && to.isValid()) {
            const QDate first = std::max(slice.from, from);
            const QDate last = std::min(slice.to, to);
            if (first > last)
                continue;
            slice.planned = plannedIn(target, slice, first, last);
            slice.from = first;
            slice.to = last;
        }
        if (Status counted = countSlice(repository, *source, target, municipalityId, slice); !counted)
            return counted.error();
        progress.slices.append(slice);
    }
    return progress;
}

Result<QList<TargetProgress::Progress>> TargetProgress::ofPeriod(const Repository& repository,
                                                                 qint64 periodId, const QString& source) {
    auto promises = PromiseRegisters::promisesOf(repository, periodId);
    if (!promises)
        return promises.error();
    QList<Progress> all;
    for (const Record& promise : *promises) {
        auto targets = repository.list(PromiseRegisters::targets(), targets::promiseId, promise.id);
        if (!targets)
            return targets.error();
        for (const Record& target : *targets) {
            const QString counted = target.value(targets::source).toString();
            if (counted.isEmpty() || (!source.isEmpty() && counted != source))
                continue;
            auto progress = of(repository, target);
            if (!progress)
                return progress.error();
            all.append(*progress);
        }
    }
    return all;
}

} // namespace lk
