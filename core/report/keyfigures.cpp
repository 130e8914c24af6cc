#include "report/keyfigures.h"

#include "common/isodate.h"
#include "og/ogregisters.h"
#include "walks/situation.h"
#include "walks/walkregisters.h"
#include "watch/watchregisters.h"

#include <QCoreApplication>
#include <QLocale>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::KeyFigures)
};

int percent(qint64 part, qint64 whole) {
    return whole > 0 ? qRound(100.0 * double(part) / double(whole)) : 0;
}

QString number(qint64 value) {
    return QLocale().toString(value);
}

} // namespace

Result<KeyFigures> KeyFigures::of(const Repository& repository, qint64 municipalityId, const QDate& from,
                                  const QDate& to) {
    KeyFigures figures;
    figures.from = from;
    figures.to = to;
    auto walks = WalkFollowUp::totals(repository, municipalityId, to, from, to);
    if (!walks)
        return walks.error();
    figures.walkActions = *walks;
    auto og = ActionItemStanding::on(repository, municipalityId, to);
    if (!og)
        return og.error();
    figures.ogActions = *og;
    auto watch = WatchTotals::of(repository, municipalityId, from, to);
    if (!watch)
        return watch.error();
    figures.watch = *watch;
    auto states = Situation::at(repository, municipalityId, to);
    if (!states)
        return states.error();
    for (const Situation::PlaceState& state : *states) {
        ++figures.places.places;
        switch (Situation::rank(state.level)) {
        case 0:
            ++figures.places.high;
            break;
        case 1:
            ++figures.places.medium;
            break;
        case 2:
            ++figures.places.low;
            break;
        default:
            break;
        }
    }
    // The places on the last date are those just counted: only the first date's are read again.
    auto before = Situation::at(repository, municipalityId, from);
    if (!before)
        return before.error();
    for (const Situation::PlaceChange& change : Situation::changes(*before, *states)) {
        switch (change.change) {
        case Situation::Change::New:
            ++figures.places.newlyAssessed;
            break;
        case Situation::Change::Higher:
            ++figures.places.higher;
            break;
        case Situation::Change::Lower:
            ++figures.places.lower;
            break;
        }
    }
    return figures;
}

QList<KeyFigures::Figure> KeyFigures::figures() const {
    QList<Figure> figures;
    const QStringList walkTables{walks::table.toString(), observations::table.toString()};
    if (walkActions.actions > 0) {
        // Only the actions whose six months are over (or that are settled) can have been fixed in time.
        figures.append({walkTables, Text::tr("Actions from safety walks fixed within six months"),
                        walkActions.settled == 0
                            ? Text::tr("none due yet (%n action(s) open)", "", walkActions.open)
                            : Text::tr("%1 of %2 (%3 %)")
                                  .arg(walkActions.inTime)
                                  .arg(walkActions.settled)
                                  .arg(percent(walkActions.inTime, walkActions.settled))});
        figures.append({walkTables,
                        Text::tr("Actions from safety walks past their due date on %1").arg(isoDate(to)),
                        Text::tr("%n action(s)", "", walkActions.overdue)});
    }
    figures.append({{ogMeetings::table.toString(), actionItems::table.toString()},
                    Text::tr("Operativa gruppen's action items overdue on %1").arg(isoDate(to)),
                    Text::tr("%1 of %n open", "", ogActions.open).arg(ogActions.overdue)});
    const QStringList watchTables{watchAreas::table.toString(), watchEvents::table.toString()};
    if (watch.activeAreas > 0) {
        const QString areas = Text::tr("in %n active area(s)", "", watch.activeAreas);
        figures.append({watchTables, Text::tr("Households joined in neighbourhood watch"),
                        watch.households > 0
                            ? Text::tr("%1 of %2 (%3 %) %4")
                                  .arg(number(watch.householdsJoined), number(watch.households))
                                  .arg(percent(watch.householdsJoined, watch.households))
                                  .arg(areas)
                            : Text::tr("%1 %2").arg(number(watch.householdsJoined), areas)});
        if (watch.householdsJoined > 0)
            figures.append({watchTables, Text::tr("Of them in apartment buildings"),
                            Text::tr("%1 of %2 (%3 %)")
                                .arg(number(watch.flatHouseholdsJoined), number(watch.householdsJoined))
                                .arg(percent(watch.flatHouseholdsJoined, watch.householdsJoined))});
    }
    const QStringList placeTables{places::table.toString(), placeAssessments::table.toString()};
    if (places.places > 0) {
        figures.append({placeTables,
                        Text::tr("Unsafe places in the situation picture on %1").arg(isoDate(to)),
                        Text::tr("%n place(s): %1 high, %2 medium, %3 low unsafety", "", places.places)
                            .arg(places.high)
                            .arg(places.medium)
                            .arg(places.low)});
        QStringList changed;
        if (places.newlyAssessed > 0)
            changed << Text::tr("%n newly assessed", "", places.newlyAssessed);
        if (places.higher > 0)
            changed << Text::tr("%n more unsafe", "", places.higher);
        if (places.lower > 0)
            changed << Text::tr("%n less unsafe", "", places.lower);
        figures.append({placeTables, Text::tr("Changed since %1").arg(isoDate(from)),
                        changed.isEmpty() ? Text::tr("no place") : changed.join(QStringLiteral(", "))});
    }
    return figures;
}

QList<KeyFigures::Figure> KeyFigures::about(const QStringList& tables) const {
    QList<Figure> found;
    for (const Figure& figure : figures()) {
        for (const QString& table : figure.tables) {
            if (tables.contains(table)) {
                found.append(figure);
                break;
            }
        }
    }
    return found;
}

QList<KeyFigures::Figure> KeyFigures::unclaimed(const QStringList& claimed) const {
    QList<Figure> found;
    for (const Figure& figure : figures()) {
        bool taken = false;
        for (const QString& table : figure.tables)
            taken = taken || claimed.contains(table);
        if (!taken)
            found.append(figure);
    }
    return found;
}

} // namespace lk
