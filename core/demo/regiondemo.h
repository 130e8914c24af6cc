// RegionDemo: the demo's region scale: the 26 municipalities of Stockholm county in three police areas, each
// with the Salem template's promises for five two-year periods (2017–2018 … 2025–2026) and follow-up sized to
// the municipality, about 250,000 records with their change log, the same every time.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QStringList>

namespace lk {

class RegionDemo {
public:
    // How much of the region to make: the first municipalities of its list (the smallest first) and the
    // first periods. Tests make a corner of it; the demo makes all of it.
    struct Extent {
        int municipalities = 26;
        int periods = 5;
    };
    // Writes through the Repository, audit rows included: the template's promises in one import, then each
    // municipality in one transaction.
    static Status fill(const Repository& repository, const Extent& extent);
    static Status fill(const Repository& repository) { return fill(repository, Extent()); }
    static QStringList policeAreas();
    static QStringList periodNames();
};

} // namespace lk
