// Templates: the promise sets a new file can start from (Salem 2021–2022, or nothing).
#pragma once

#include "common/result.h"
#include "io/jsonimporter.h"
#include "register/repository.h"

#include <QStringList>

namespace lk {

class Templates {
public:
    static QString defaultName() { return QStringLiteral("salem-2021-2022"); }
    static QStringList names();
    // Loads the template through the same import as any export; "empty" adds nothing.
    static Result<ImportSummary> apply(const Repository& repository, const QString& name);
};

} // namespace lk
