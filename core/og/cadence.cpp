#include "og/cadence.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "og/ogregisters.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "promises/targetprogress.h"

#include <QSqlQuery>

#include <cmath>

namespace lk {

Result<QList<Cadence::Month>> Cadence::lastTwelveMonths(const Repository& repository, qint64 municipalityId,
                                                        const QDate& until) {
    const QDate last(until.year(), until.month(), 1);
    const QDate first = last.addMonths(-11);
    // One query for the whole year; months are counted here so that a month without meetings still shows.
    auto dates =
        sql::run(repository.database(),
                 QStringLiteral("SELECT held_on FROM og_meetings WHERE municipality_id = ? AND held_on >= ? "
                                "AND held_on < ?"),
                 {municipalityId, isoDate(first), isoDate(last.addMonths(1))});
    if (!dates)
        return dates.error();
    QList<Month> months;
    for (int i = 0; i < 12; ++i)
        months.append({first.addMonths(i), 0});
    while (dates->next()) {
        const QDate held = QDate::fromString(dates->value(0).toString(), Qt::ISODate);
        const int index = (held.year() - first.year()) * 12 + held.month() - first.month();
        if (index >= 0 && index < months.size())
            ++months[index].meetings;
    }
    return months;
}

Result<QList<Cadence::Year>> Cadence::againstTarget(const Repository& repository, qint64 periodId) {
    auto period =
        sql::run(repository.database(),
                 QStringLiteral("SELECT start_date, end_date FROM periods WHERE id = ?"), {periodId});
    if (!period)
        return period.error();
    if (!period->next())
        return QList<Year>();
    const QDate start = QDate::fromString(period->value(0).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(period->value(1).toString(), Qt::ISODate);

    auto targets = sql::run(repository.database(),
                            QStringLiteral("SELECT t.promise_id, t.id FROM targets t "
                                           "JOIN promises p ON p.id = t.promise_id "
                                           "JOIN focus_areas f ON f.id = p.focus_area_id "
                                           "WHERE f.period_id = ? AND t.source = 'og_meetings'"),
                            {periodId});
    if (!targets)
        return targets.error();
    QList<qint64> promises;
    QList<qint64> targetIds;
    while (targets->next()) {
        promises << targets->value(0).toLongLong();
        targetIds << targets->value(1).toLongLong();
    }
    // Each target's slices (years, terms, tertials or the period) as TargetProgress cuts them, so that a
    // year asks what the promise's progress asks of it, months of the work included.
    auto periodRecord = repository.findById(PromiseRegisters::periods(), periodId);
    if (!periodRecord)
        return periodRecord.error();
    QList<std::pair<Record, QList<TargetProgress::Slice>>> sliced;
    for (qint64 id : std::as_const(targetIds)) {
        auto target = repository.findById(PromiseRegisters::targets(), id);
        if (!target)
            return target.error();
        if (*target && *periodRecord)
            sliced.append({**target, TargetProgress::slicesOf(**periodRecord, **target)});
    }

    QList<Year> years;
    for (int year = start.year(); year <= end.year(); ++year) {
        const QDate from = std::max(start, QDate(year, 1, 1));
        const QDate to = std::min(end, QDate(year, 12, 31));
        double asked = 0;
        for (const auto& [target, slices] : std::as_const(sliced)) {
            for (const TargetProgress::Slice& slice : slices)
                asked += TargetProgress::plannedIn(target, slice, from, to);
        }
        Year row{year, 0, int(std::lround(asked))};
        for (qint64 promise : std::as_const(promises)) {
            auto held =
                sql::scalar(repository.database(),
                            QStringLiteral("SELECT count(*) FROM og_meetings WHERE promise_id = ? AND "
                                           "held_on >= ? AND held_on <= ?"),
                            {promise, isoDate(from), isoDate(to)});
            if (!held)
                return held.error();
            row.held += held->toInt();
        }
        years.append(row);
    }
    return years;
}

Result<qint64> Cadence::countingPromise(const Repository& repository, qint64 periodId) {
    return CountsFor::countingPromise(repository, periodId, ogMeetings::table);
}

} // namespace lk
