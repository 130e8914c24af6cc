// Templates: the promise sets a new file can start from (Salem 2021–2022, or nothing).
#pragma once

#include "common/result.h"
#include "db/database.h"
#include "io/jsonimporter.h"
#include "register/repository.h"

#include <QStringList>

#include <memory>

namespace lk {

class Templates {
public:
    static QString defaultName() { return QStringLiteral("salem-2021-2022"); }
    static QStringList names();
    // Loads the template through the same import as any export; "empty" adds nothing.
    static Result<ImportSummary> apply(const Repository& repository, const QString& name);
    // A new file (never over an existing one) that starts from the template; nothing is left behind on
    // failure.
    static Result<std::unique_ptr<Database>> createFile(const QString& path, const QString& name);
};

} // namespace lk
