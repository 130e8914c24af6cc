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
    // ignoring case. A PostgreSQL mode would define the same names with lower() and an sv_SE collation.
    static Status install(const QSqlDatabase& db);
};

} // namespace lk
