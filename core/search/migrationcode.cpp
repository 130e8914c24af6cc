// The migration steps in C++ that db/MigrationCode names: defined here, where the registers are known.
#include "db/migrationcode.h"

#include "db/engine.h"
#include "privacy/accessrules.h"
#include "register/rowversions.h"
#include "search/fts5index.h"

namespace lk::MigrationCode {

std::function<Status(const QSqlDatabase&)> named(const QString& name) {
    if (name == QStringLiteral("search_index"))
        return [](const QSqlDatabase& db) -> Status {
            // The index is SQLite's FTS5; a server's (a tsvector with the Swedish configuration) is issue
            // 20's next phase, and until then its schema has no index to fill.
            if (engineOf(db) != Engine::Sqlite)
                return {};
            return Fts5Index::install(db);
        };
    if (name == QStringLiteral("access_rules"))
        return &AccessRules::install;
    if (name == QStringLiteral("row_versions"))
        return RowVersions::install;
    return {};
}

} // namespace lk::MigrationCode
