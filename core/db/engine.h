// Engine: which database engine a connection talks to, the one name every dialect difference is keyed on.
#pragma once

#include <QSqlDatabase>

namespace lk {

// A local file (SQLite, the default) or a shared server (PostgreSQL, issue 20).
enum class Engine { Sqlite, Postgres };

// Known from the connection's Qt driver, so that code holding only a QSqlDatabase (a repository, a migration
// step) asks the connection itself instead of carrying a flag beside it.
inline Engine engineOf(const QSqlDatabase& db) {
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

} // namespace lk
