// PromiseProgress: how each promise of a period stands between two dates: each counted target's planned
// (by the dates and the target's schedule) against done, the latest status report and its comment, and an
// assessment computed from the very figures a reader sees (ruleText() says the rule in words):
//   green   on track: done at least the planned, as printed (rounded), less a tolerance of 10 % rounded down;
//   yellow  somewhat behind: at least 75 % of it;
//   red     behind: less than that;
//   grey    not assessed: nothing planned yet by the date.
// A promise is as far behind as its furthest-behind target. One without a counted target takes its assessment
// from the reported status, the only thing there is to go by. Otherwise the reported status is the
// coordinator's own and is shown beside the assessment, never mixed into it; disagreement() says in words
// when the two part ("reported done, but 1 of 4 safety walks was held"). Every screen, the council report and
// the public page read it.
#pragma once

#include "common/result.h"
#include "promises/targetprogress.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace lk {

class PromiseProgress {
public:
    enum class Light { Grey, Green, Yellow, Red };

    struct Target {
        TargetProgress::Progress progress = {};
        double planned = 0; // by the range's end
        int done = 0;
        Light light = Light::Grey;
        // What was planned as every screen prints it, and as the assessment counts it: a whole number.
        int shown() const;
    };
    struct Line {
        Record focusArea = {};
        Record promise = {};
        QList<Target> targets = {};        // counted from a register
        QList<Record> uncounted = {};      // targets counted by hand: shown, not measured
        std::optional<Record> status = {}; // the latest report on or before the range's end
        Light light = Light::Grey;
    };

    // The promises of a period in their order, each with its progress between `from` and `to`.
    static Result<QList<Line>> of(const Repository& repository, qint64 periodId, const QDate& from,
                                  const QDate& to);

    // The assessment of `done` against `shown` planned (a whole number, as printed): green when done reaches
    // it less the tolerance, yellow from 75 % of it, red below; grey when nothing was planned yet.
    static Light lightOf(int shown, int done);
    // How many fewer than planned still count as on track: 10 % of it, rounded down (9 of 10 is on track,
    // 4 of 5 is not).
    static int tolerance(int shown);
    // The rule in words, as the council report's second page prints it and the screens' legends explain it.
    static QStringList ruleText();
    // When the reported status and the assessment part, why, in a sentence with the figures ("Reported done,
    // but the figures fall short: Safety walks 1 of 4."); empty when they agree.
    static QString disagreement(const Line& line);
    // "Enligt plan", "Något efter", "Efter", "Ej bedömt" (translated).
    static QString lightName(Light light);
    // What a light means, in a sentence: the rule above, for the legend and the tooltips of every screen.
    static QString lightMeaning(Light light);
    // Why a promise has its light, with the numbers behind it: its meaning, each counted target's done
    // against planned by `to`, and the reported status when it decided.
    static QString explanation(const Line& line, const QDate& to);
    // The range a screen follows up unless the user chooses another: the period from its start up to today,
    // or the whole period when it has not begun or is over. Every screen and the report's default agree.
    static std::pair<QDate, QDate> defaultRange(const QDate& start, const QDate& end,
                                                const QDate& today = QDate::currentDate());
};

} // namespace lk
