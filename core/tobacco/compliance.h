// Compliance: how well the retailers keep the rules, slice by slice (years or half-years): the share of test
// purchases where the seller asked for ID or refused to sell, and the share of inspections without any
// deficiency (brist).
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>

namespace lk {

class Compliance {
public:
    struct Slice {
        QString label; // "2021", or "jan–jun 2021"
        QDate from;
        QDate to;
        int purchases = 0;
        int idAsked = 0; // asked for ID, or refused to sell
        int inspections = 0;
        int withoutDeficiency = 0;
        // Per cent, or -1 when there was nothing to count.
        double idAskedShare() const;
        double withoutDeficiencyShare() const;
    };
    enum class Step { Year, HalfYear };

    // The slices from the one holding `from` to the one holding `to`, each cut to those dates, for the
    // municipality's retailers.
    static Result<QList<Slice>> of(const Repository& repository, qint64 municipalityId, const QDate& from,
                                   const QDate& to, Step step);
};

} // namespace lk
