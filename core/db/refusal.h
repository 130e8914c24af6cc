// refusal: a database's refusal of a statement in the user's words (what happened, that nothing was changed,
// what to do), from PostgreSQL's SQLSTATE or SQLite's message for the same case.
#pragma once

#include <QString>

class QSqlError;

namespace lk::sql {

// Empty when the database's own words are all there is to say (a unique value taken, which the register's
// repository names by field; an error of the program's own SQL).
QString refusal(const QSqlError& error);

} // namespace lk::sql
