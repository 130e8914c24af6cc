// What a server's session keeps that a new session must not inherit: the writes sql::write prepared on it.
#pragma once

#include <QSqlDatabase>

namespace lk::sql {

// Lets go of the writes prepared on `db`'s session, before it is opened again after it was lost
// (ConnectionWatch): the server forgot them with the session. Defined in sql.cpp, beside the cache it
// empties.
void forgetPreparedWrites(const QSqlDatabase& db);

} // namespace lk::sql
