// The migration steps in C++ that db/MigrationCode names: defined here, where the registers are known.
#include "db/migrationcode.h"

#include "privacy/accessrules.h"
#include "register/rowversions.h"
#include "search/searchindex.h"

namespace lk::MigrationCode {

std::function<Status(const QSqlDatabase&)> named(const QString& name) {
    if (name == QStringLiteral("search_index"))
        return [](const QSqlDatabase& db) -> Status { return SearchIndex::install(db); };
    if (name == QStringLiteral("access_rules"))
        return &AccessRules::install;
    if (name == QStringLiteral("row_versions"))
        return RowVersions::install;
    return {};
}

} // namespace lk::MigrationCode
