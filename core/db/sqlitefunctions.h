// SqliteFunctions: the SQL functions and collation Löfteskollen adds to each SQLite connection for Swedish
// text.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace lk {

class SqliteFunctions {
public:
    // casefold(text): the text in Unicode case-folded form, so that a filter for "örebro" finds "Örebro"
    // (SQLite's own LIKE and lower() fold A-Z only). COLLATE swedish: Swedish alphabetical order (… Z Å Ä Ö),
    // ignoring case. nth_largest(x, n): the n-th largest x of a group (its smallest when it has fewer), so
    // that one pass finds where the newest n of each group begin. A PostgreSQL mode would define the same
    // names with lower(), an sv_SE collation and a window function.
    static Status install(const QSqlDatabase& db);
};

} // namespace lk
