// DemoData: fills a new file with the Salem template and invented, realistic follow-up (no real persons).
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QStringList>

namespace lk {

class DemoData {
public:
    static QStringList scales() { return {QStringLiteral("sample")}; }
    // Deterministic: the same scale gives the same records, UUIDs and timestamps every time.
    static Status fill(const Repository& repository, const QString& scale);
};

} // namespace lk
