// TodoList: everything due across the registers, in one list for the Att göra page: Operativa gruppen's open
// action items, the open actions from the safety walks, the tobacco retailers due for an inspection or a
// follow-up, and the promises without a status report this tertial. Each item is overdue by the same rule as
// its own register's count (ActionItems, WalkFollowUp, RetailerFollowUp), so the counts agree everywhere.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace lk {

class TodoList {
public:
    enum class Kind { ActionItem, WalkAction, Retailer, PromiseStatus };
    struct Item {
        Kind kind = Kind::ActionItem;
        QString table; // the register of the record it opens
        QString uuid;
        qint64 municipalityId = 0;
        QString municipality;
        QDate due;            // when it is due (today for a retailer never inspected)
        bool overdue = false; // as its own register counts it
        QString what;         // "Bjuda in arbetsmarknadsenheten", "Tillsyn", "Statusrapport"
        QString about;        // where it comes from: "Möte 2021-12-14", "ICA Nära Salem", the promise
        QString responsible;  // as its register writes it; may be empty
    };

    // Retailers are listed this many days before their next inspection falls due.
    static constexpr int retailerNotice = 30;

    // The items of one municipality (0: every municipality), overdue first, then by due date.
    static Result<QList<Item>> of(const Repository& repository, qint64 municipalityId, const QDate& today);
    static int overdueCount(const QList<Item>& items);
    // The responsible parties the items name, in order.
    static QStringList responsibles(const QList<Item>& items);
};

} // namespace lk
