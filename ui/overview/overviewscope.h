// OverviewScope: what the overview shows: one municipality's period, between two dates the user chose.
#pragma once

#include <QDate>

namespace lk {

struct OverviewScope {
    qint64 municipalityId = 0;
    qint64 periodId = 0;
    QDate from;
    QDate to;
};

} // namespace lk
