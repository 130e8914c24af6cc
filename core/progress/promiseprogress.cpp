#include "progress/promiseprogress.h"

#include "common/isodate.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PromiseProgress)
};

// Red before yellow before green: a promise is as far behind as its furthest-behind target.
int severity(PromiseProgress::Light light) {
    switch (light) {
    case PromiseProgress::Light::Red:
        return 3;
    case PromiseProgress::Light::Yellow:
        return 2;
    case PromiseProgress::Light::Green:
        return 1;
    case PromiseProgress::Light::Grey:
        return 0;
    }
    return 0;
}

PromiseProgress::Light lightOfStatus(const QString& status) {
    if (status == QStringLiteral("forsenad"))
        return PromiseProgress::Light::Red;
    if (status == QStringLiteral("paborjad") || status == QStringLiteral("genomford"))
        return PromiseProgress::Light::Green;
    return PromiseProgress::Light::Grey; // not started, dropped, or never reported
}

} // namespace

int PromiseProgress::Target::shown() const {
    return int(std::lround(planned));
}

int PromiseProgress::tolerance(int shown) {
    return shown / 10;
}

PromiseProgress::Light PromiseProgress::lightOf(int shown, int done) {
    if (shown <= 0)
        return Light::Grey;
    if (done >= shown - tolerance(shown))
        return Light::Green;
    // 75 %, in whole numbers so that no rounding of a share decides: 3 of 4 is somewhat behind.
    return 4 * done >= 3 * shown ? Light::Yellow : Light::Red;
}

QString PromiseProgress::lightName(Light light) {
    switch (light) {
    case Light::Green:
        return Text::tr("On track");
    case Light::Yellow:
        return Text::tr("Somewhat behind");
    case Light::Red:
        return Text::tr("Behind");
    case Light::Grey:
        return Text::tr("Not assessed");
    }
    return {};
}

QString PromiseProgress::lightMeaning(Light light) {
    switch (light) {
    case Light::Green:
        return Text::tr("On track: every counted target has done what was planned by the date, less a "
                        "tolerance of 10 % (9 of 10 is on track); without a counted target, the promise is "
                        "reported started or done.");
    case Light::Yellow:
        return Text::tr("Somewhat behind: a counted target has done at least 75 % of what was planned by the "
                        "date, but less than on track.");
    case Light::Red:
        return Text::tr("Behind: a counted target has done less than 75 % of what was planned by the date; "
                        "without a counted target, the promise is reported delayed.");
    case Light::Grey:
        return Text::tr("Not assessed: nothing was planned yet by the date, and no status report says more.");
    }
    return {};
}

QStringList PromiseProgress::ruleText() {
    return {
        Text::tr(
            "The assessment is computed from the figures printed beside it. For each target counted from "
            "a register, what was planned by the last date followed up is taken by the target's "
            "schedule (a year's target in its months, a term's in its term), rounded to a whole number "
            "as it is printed, and compared with what was done."),
        lightMeaning(Light::Green),
        lightMeaning(Light::Yellow),
        lightMeaning(Light::Red),
        lightMeaning(Light::Grey),
        Text::tr("A promise is assessed as its furthest-behind target. The reported status (done, started, "
                 "delayed, …) is the coordinator's own judgement and is shown beside the assessment, not "
                 "mixed into it; where the two disagree, the report says so in words."),
    };
}

QString PromiseProgress::disagreement(const Line& line) {
    if (!line.status || line.targets.isEmpty())
        return {};
    const QString status = line.status->value(promiseStatuses::status).toString();
    QStringList short_;
    for (const Target& target : line.targets) {
        if (target.light == Light::Yellow || target.light == Light::Red)
            short_ << Text::tr("%1 %2 of %3")
                          .arg(target.progress.target.value(targets::counted).toString())
                          .arg(target.done)
                          .arg(target.shown());
    }
    if (status == QStringLiteral("genomford") && !short_.isEmpty())
        return Text::tr("Reported done, but the figures fall short: %1.")
            .arg(short_.join(QStringLiteral("; ")));
    if (status == QStringLiteral("forsenad") && line.light == Light::Green)
        return Text::tr("Reported delayed, although the figures are on track.");
    return {};
}

QString PromiseProgress::explanation(const Line& line, const QDate& to) {
    QStringList lines{lightMeaning(line.light)};
    for (const Target& target : line.targets) {
        const QString counted = target.progress.target.value(targets::counted).toString();
        lines << (target.shown() == 0 ? Text::tr("%1: %2 done, nothing planned yet by %3")
                                            .arg(counted)
                                            .arg(target.done)
                                            .arg(isoDate(to))
                                      : Text::tr("%1: %2 done of %3 planned by %4 (%5 %)")
                                            .arg(counted)
                                            .arg(target.done)
                                            .arg(target.shown())
                                            .arg(isoDate(to))
                                            .arg(qRound(100.0 * target.done / target.shown())));
    }
    if (line.status) {
        const FieldSpec& status = PromiseRegisters::statuses().field(promiseStatuses::status);
        lines << Text::tr("Reported status: %1 (%2)")
                     .arg(status.codeLabel(line.status->value(promiseStatuses::status).toString()),
                          isoDate(line.status->value(promiseStatuses::reportedOn).toDate()));
    }
    if (const QString parted = disagreement(line); !parted.isEmpty())
        lines << parted;
    return lines.join(u'\n');
}

std::pair<QDate, QDate> PromiseProgress::defaultRange(const QDate& start, const QDate& end,
                                                      const QDate& today) {
    // A period that has not begun shows its whole length: up to today there is nothing yet.
    if (today >= start && today < end)
        return {start, today};
    return {start, end};
}

Result<QList<PromiseProgress::Line>> PromiseProgress::of(const Repository& repository, qint64 periodId,
                                                         const QDate& from, const QDate& to) {
    auto areas = repository.list(PromiseRegisters::focusAreas(), focusAreas::periodId, periodId);
    if (!areas)
        return areas.error();
    // Every target here belongs to this period: looked up once, not once per target.
    auto period = repository.findById(PromiseRegisters::periods(), periodId);
    if (!period)
        return period.error();
    // The promises area by area, then their targets and statuses in one read each, shared out by promise:
    // a read for each promise's targets and another for its statuses were a third of the police area's
    // figures on Översikt (nine municipalities on a region's file).
    QList<std::pair<Record, QList<Record>>> promisesByArea;
    QList<qint64> promiseIds;
    for (const Record& area : *areas) {
        auto promises = repository.list(PromiseRegisters::promises(), promises::focusAreaId, area.id);
        if (!promises)
            return promises.error();
        for (const Record& promise : std::as_const(*promises))
            promiseIds << promise.id;
        promisesByArea.append({area, *promises});
    }
    auto allTargets = repository.listIn(PromiseRegisters::targets(), targets::promiseId, promiseIds);
    if (!allTargets)
        return allTargets.error();
    auto allStatuses =
        repository.listIn(PromiseRegisters::statuses(), promiseStatuses::promiseId, promiseIds);
    if (!allStatuses)
        return allStatuses.error();
    QHash<qint64, QList<Record>> targetsOf;
    for (const Record& target : std::as_const(*allTargets))
        targetsOf[target.value(targets::promiseId).toLongLong()].append(target);
    QHash<qint64, QList<Record>> statusesOf;
    for (const Record& status : std::as_const(*allStatuses))
        statusesOf[status.value(promiseStatuses::promiseId).toLongLong()].append(status);
    QList<Line> lines;
    for (const auto& [area, promises] : std::as_const(promisesByArea)) {
        for (const Record& promise : promises) {
            Line line{.focusArea = area, .promise = promise};
            const QList<Record> ownTargets = targetsOf.value(promise.id);
            for (const Record& target : ownTargets) {
                if (!target.value(targets::source).isValid()) {
                    line.uncounted.append(target);
                    continue;
                }
                auto progress = *period ? TargetProgress::between(repository, target, **period, from, to)
                                        : TargetProgress::between(repository, target, from, to);
                if (!progress)
                    return progress.error();
                const double planned = progress->planned();
                const int done = progress->done();
                line.targets.append({*progress, planned, done, lightOf(int(std::lround(planned)), done)});
            }
            for (const Record& status : statusesOf.value(promise.id)) {
                const QDate reported = status.value(promiseStatuses::reportedOn).toDate();
                if (reported <= to &&
                    (!line.status || reported > line.status->value(promiseStatuses::reportedOn).toDate()))
                    line.status = status;
            }
            // The furthest-behind target decides. The reported status decides only where no figure can:
            // without a counted target with anything planned yet.
            for (const Target& target : std::as_const(line.targets)) {
                if (severity(target.light) > severity(line.light))
                    line.light = target.light;
            }
            if (line.light == Light::Grey && line.status)
                line.light = lightOfStatus(line.status->value(promiseStatuses::status).toString());
            lines.append(line);
        }
    }
    return lines;
}

} // namespace lk
