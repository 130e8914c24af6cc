#include "progress/promiseprogress.h"

#include "common/isodate.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>
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

PromiseProgress::Light PromiseProgress::lightOf(double planned, int done) {
    // Half an activity planned is not yet one that is missing.
    if (planned < 0.5)
        return Light::Grey;
    if (done >= planned - 1e-9)
        return Light::Green;
    return done >= 0.75 * planned ? Light::Yellow : Light::Red;
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
        return Text::tr("On track: every counted target has reached what was planned by the date; without a "
                        "counted target, the promise is reported started or done.");
    case Light::Yellow:
        return Text::tr("Somewhat behind: a counted target has reached at least 75 % of what was planned by "
                        "the date, but not all of it.");
    case Light::Red:
        return Text::tr(
            "Behind: a counted target has reached less than 75 % of what was planned by the date, "
            "or the promise is reported delayed.");
    case Light::Grey:
        return Text::tr("Not assessed: nothing was planned yet by the date, and no status report says more.");
    }
    return {};
}

QString PromiseProgress::plannedText(double planned) {
    return std::abs(planned - std::round(planned)) < 0.05 ? QLocale().toString(qRound(planned))
                                                          : QLocale().toString(planned, 'f', 1);
}

QString PromiseProgress::explanation(const Line& line, const QDate& to) {
    QStringList lines{lightMeaning(line.light)};
    for (const Target& target : line.targets) {
        const QString counted = target.progress.target.value(targets::counted).toString();
        lines << (target.planned < 0.5 ? Text::tr("%1: %2 done, nothing planned yet by %3")
                                             .arg(counted)
                                             .arg(target.done)
                                             .arg(isoDate(to))
                                       : Text::tr("%1: %2 done of %3 planned by %4 (%5 %)")
                                             .arg(counted)
                                             .arg(target.done)
                                             .arg(plannedText(target.planned), isoDate(to))
                                             .arg(qRound(100.0 * target.done / target.planned)));
    }
    if (line.status) {
        const FieldSpec& status = PromiseRegisters::statuses().field(promiseStatuses::status);
        lines << Text::tr("Reported status: %1 (%2)")
                     .arg(status.codeLabel(line.status->value(promiseStatuses::status).toString()),
                          isoDate(line.status->value(promiseStatuses::reportedOn).toDate()));
    }
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
    QList<Line> lines;
    for (const Record& area : *areas) {
        auto promises = repository.list(PromiseRegisters::promises(), promises::focusAreaId, area.id);
        if (!promises)
            return promises.error();
        for (const Record& promise : *promises) {
            Line line{.focusArea = area, .promise = promise};
            auto targets = repository.list(PromiseRegisters::targets(), targets::promiseId, promise.id);
            if (!targets)
                return targets.error();
            for (const Record& target : *targets) {
                if (!target.value(targets::source).isValid()) {
                    line.uncounted.append(target);
                    continue;
                }
                auto progress = TargetProgress::between(repository, target, from, to);
                if (!progress)
                    return progress.error();
                const double planned = progress->planned();
                const int done = progress->done();
                line.targets.append({*progress, planned, done, lightOf(planned, done)});
            }
            auto statuses =
                repository.list(PromiseRegisters::statuses(), promiseStatuses::promiseId, promise.id);
            if (!statuses)
                return statuses.error();
            for (const Record& status : *statuses) {
                const QDate reported = status.value(promiseStatuses::reportedOn).toDate();
                if (reported <= to &&
                    (!line.status || reported > line.status->value(promiseStatuses::reportedOn).toDate()))
                    line.status = status;
            }
            // The furthest-behind target decides; a status of "delayed" makes it red whatever was counted.
            for (const Target& target : std::as_const(line.targets)) {
                if (severity(target.light) > severity(line.light))
                    line.light = target.light;
            }
            const Light reported = line.status
                                       ? lightOfStatus(line.status->value(promiseStatuses::status).toString())
                                       : Light::Grey;
            if (reported == Light::Red || line.light == Light::Grey)
                line.light = std::max(line.light, reported,
                                      [](Light a, Light b) { return severity(a) < severity(b); });
            lines.append(line);
        }
    }
    return lines;
}

} // namespace lk
