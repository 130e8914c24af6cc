// RetailerFollowUp: what each retailer is due for: the next inspection (a set time after the last one, 12
// months unless the file says otherwise) and the follow-ups an inspection asked for that no later follow-up
// inspection has answered.
#pragma once

#include "common/result.h"
#include "register/computedcolumn.h"
#include "register/name.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace lk {

// The columns the retailers' list adds (RetailerFollowUp::columns): worked out, never stored.
namespace retailerDue {
inline constexpr Name nextInspection{u"next_inspection"};
inline constexpr Name standing{u"inspection_standing"};
inline constexpr Name never{u"aldrig"};
inline constexpr Name overdue{u"forsenad"};
inline constexpr Name onTime{u"i_tid"};
} // namespace retailerDue

class RetailerFollowUp {
public:
    struct Due {
        Record retailer;
        QDate lastInspection;        // invalid when never inspected
        QDate nextInspection;        // the last one plus the set time; today when never inspected
        QList<Record> openFollowUps; // inspections whose follow-up is still to be made, earliest first
        // Never inspected, or overdue for its next inspection or a follow-up.
        bool late(const QDate& today) const;
        // The earliest of the next inspection and the open follow-ups' dates: when someone must go next.
        QDate nextDue() const;
    };

    static Result<int> months(const Repository& repository);
    // Audited, as every setting; between 1 and 60 months.
    static Status setMonths(const Repository& repository, int months);

    // The municipality's active retailers, by name.
    static Result<QList<Due>> of(const Repository& repository, qint64 municipalityId, const QDate& today);
    // The ids of those that are late (Due::late), in one query: the navigation's badge, counted at start-up,
    // and the tint of the retailers' list, found again at every change.
    static Result<QSet<qint64>> late(const Repository& repository, qint64 municipalityId, const QDate& today);
    // For the retailers' list, with the retailer aliased `t`: when it is next due (nextDue), and its standing
    // in words (never inspected, overdue, on time); both empty for a retailer no longer active. The same SQL
    // as late(), so the list, its tint, the badge and Att göra agree.
    static Result<QList<ComputedColumn>> columns(const Repository& repository, const QDate& today);
    // One retailer's.
    static Result<Due> ofRetailer(const Repository& repository, const Record& retailer, const QDate& today);

private:
    // From the retailer's inspections, newest first.
    static Due dueOf(const Record& retailer, const QList<Record>& held, int every, const QDate& today);
};

} // namespace lk
