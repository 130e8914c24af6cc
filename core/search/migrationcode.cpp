// The migration steps in C++ that db/MigrationCode names: defined here, where the registers are known.
#include "db/migrationcode.h"

#include "search/searchindex.h"

namespace lk::MigrationCode {

std::function<Status(const QSqlDatabase&)> named(const QString& name) {
    if (name == QStringLiteral("search_index"))
        return [](const QSqlDatabase& db) -> Status { return SearchIndex::install(db); };
    return {};
}

} // namespace lk::MigrationCode
