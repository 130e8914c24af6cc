// Retention: thinning (gallring) of Operativa gruppen's cases: after a set time closed or without activity, a
// case keeps its code, dates, path and outcome for statistics and loses its notes and free text.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace lk {

class Retention {
public:
    static constexpr int defaultMonths = 24;

    struct Due {
        QString uuid;
        QString code;
        QString reason; // "closed 2022-03-01", "no activity since 2022-01-15"
        QDate since;
        QString municipality;
    };

    static Result<int> months(const Repository& repository);
    static Status setMonths(const Repository& repository, int months);

    // The cases of a municipality (all when 0) with text about the person still in them that have been
    // closed, or without a discussion, for the set time by `today`.
    static Result<QList<Due>> due(const Repository& repository, qint64 municipalityId, const QDate& today);

    // Thins those of the cases that are still due, in one transaction: their background and the notes and
    // decisions of every discussion are removed, also from the audit log's earlier rows, and an audit row
    // records the thinning. It cannot be undone, on purpose. Returns how many were thinned.
    static Result<int> thin(const Repository& repository, const QStringList& caseUuids, const QDate& today);
};

} // namespace lk
