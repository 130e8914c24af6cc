// DemoData: fills a new file with the Salem template and invented, realistic follow-up (no real persons).
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QStringList>

namespace lk {

class DemoData {
public:
    // "sample": Salem 2021–2022, as the screenshots and report goldens show it; "region": 26 municipalities
    // in three police areas over ten years, about 250,000 records (RegionDemo).
    static QStringList scales();
    // Deterministic: the same scale gives the same records, UUIDs and timestamps every time.
    static Status fill(const Repository& repository, const QString& scale);
};

} // namespace lk
