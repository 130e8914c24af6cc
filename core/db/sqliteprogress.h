// SqliteProgress: a statement that runs long in SQLite itself (VACUUM INTO, which writes a backup) calls
// `step` now and then while it runs, and is interrupted, its work undone by SQLite, when `step` says false.
// For as long as the object lives, on one connection.
#pragma once

#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace lk {

class SqliteProgress {
public:
    SqliteProgress(const QSqlDatabase& db, std::function<bool()> step);
    ~SqliteProgress();
    SqliteProgress(const SqliteProgress&) = delete;
    SqliteProgress& operator=(const SqliteProgress&) = delete;

private:
    static int call(void* self);

    sqlite3* m_connection = nullptr;
    std::function<bool()> m_step;
};

} // namespace lk
