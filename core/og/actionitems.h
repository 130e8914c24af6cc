// ActionItems: which of Operativa gruppen's action items are overdue, for the list, its colours and the
// badge.
#pragma once

#include "common/result.h"
#include "register/record.h"
#include "register/repository.h"

#include <QDate>

namespace lk {

class ActionItems {
public:
    // Conditions for a RecordTableModel over action_items (alias t): the items of one municipality's
    // meetings, and those of them still open past their due date. Both take their values from the functions
    // below.
    static QString ofMunicipality() {
        return QStringLiteral("t.meeting_id IN (SELECT id FROM og_meetings WHERE municipality_id = ?)");
    }
    static QString overdue() { return QStringLiteral("t.status IN ('oppen', 'pagar') AND t.due_on < ?"); }

    static bool isOverdue(const Record& item, const QDate& today);
    static Result<int> overdueCount(const Repository& repository, qint64 municipalityId, const QDate& today);
};

} // namespace lk
