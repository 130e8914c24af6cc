// TargetProgress: how far the records that count for a promise (the activities linked to it, or the new
// neighbourhood-watch areas of its municipality) have come against its target, slice by slice: each year,
// each school term (spring: January–June, autumn: July–December), each tertial (January–April, May–August,
// September–December) or the whole period. What is planned by a date inside a slice follows the months the
// target's work is done in (fire-safety information in November: nothing by April), or spreads evenly over
// the slice when it names none. A target may ask for so many visits to each unit of a kind; then each unit
// counts up to what it is asked for, so that four visits to one school do not hide none at another.
#pragma once

#include "common/result.h"
#include "register/monthset.h"
#include "register/repository.h"

#include <QDate>
#include <QList>

namespace lk {

class TargetProgress {
public:
    struct Slice {
        QString label; // "2021", "VT 2022", "T1 2021", or the period's name
        QDate from;
        QDate to;
        int done = 0; // activities counted (for each unit: up to what each is asked for)
        int goal =
            0; // what the target asks for in the slice (its share, when the slice is cut by the period)
        double planned = 0; // what the target asks for by the slice's end: the goal, or its share to a date
        int units = 0;      // for each unit: how many units of the kind there are
        int unitsShort = 0; // for each unit: how many got fewer than asked
    };
    struct Progress {
        Record target;
        QList<Slice> slices;
        int done() const;
        int goal() const;
        double planned() const;
    };

    // The slices of a period by the target's "per", not yet counted: each with its goal, the share of the
    // target's quantity whose work lies in the part of the slice inside the period.
    static QList<Slice> slicesOf(const Record& period, const Record& target);
    // What the target asks for between `first` and `last` of one of its slices: the slice's goal times the
    // share of the slice's work days that lie between them.
    static double plannedIn(const Record& target, const Slice& slice, const QDate& first, const QDate& last);
    // The share of a slice's work that lies between `first` and `last`: the days of its work months there
    // against all of them, or of all its days when none of its months is a work month.
    static double share(const MonthSet& months, const QDate& sliceFrom, const QDate& sliceTo,
                        const QDate& first, const QDate& last);

    // What a target asks, without its slices: "12 per år", "2 per termin för varje: skola, under jan–maj".
    static QString asked(const Record& target);
    // One line for a reader: "Trafikkontroller (100 per period): 2021–2022 89 of 100".
    static QString summary(const Progress& progress);

    // The progress of one target that is counted from a register; an empty list of slices when it is not.
    static Result<Progress> of(const Repository& repository, const Record& target);
    // The same between two dates: only the slices that overlap them, each cut to them, with what was planned
    // for the part inside them pro rata by days (12 a year, by the end of March: about 3).
    static Result<Progress> between(const Repository& repository, const Record& target, const QDate& from,
                                    const QDate& to);
    // The same for a target of `period`'s promises, when the caller has the period at hand: a period's
    // overview asks this for every target, and looking the period up through the promise and its focus area
    // was a third of the window's start on a large file.
    static Result<Progress> between(const Repository& repository, const Record& target, const Record& period,
                                    const QDate& from, const QDate& to);
    // Every counted target of a period's promises, optionally only those counted from `source` (a table).
    static Result<QList<Progress>> ofPeriod(const Repository& repository, qint64 periodId,
                                            const QString& source = {});
};

} // namespace lk
