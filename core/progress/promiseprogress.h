// PromiseProgress: how each promise of a period stands between two dates: each counted target's planned
// (pro rata to the dates) against done, the latest status report and its comment, and a traffic light:
//   green   on track (done at least what was planned by then), or reported started or done;
//   yellow  behind by less than 25 %;
//   red     further behind, or reported delayed;
//   grey    not assessed: no counted target with anything planned yet, and no status saying more.
// The Översikt page and the council report both read it.
#pragma once

#include "common/result.h"
#include "promises/targetprogress.h"
#include "register/repository.h"

#include <QDate>
#include <QList>

#include <optional>
#include <utility>

namespace lk {

class PromiseProgress {
public:
    enum class Light { Grey, Green, Yellow, Red };

    struct Target {
        TargetProgress::Progress progress;
        double planned = 0; // by the range's end
        int done = 0;
        Light light = Light::Grey;
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

    // Green when done reaches what was planned, yellow within 25 % of it, red further behind; grey when
    // nothing was planned yet.
    static Light lightOf(double planned, int done);
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
    // A planned figure as the screens print it: whole when within 0.05 of a whole number, else one decimal.
    static QString plannedText(double planned);
};

} // namespace lk
