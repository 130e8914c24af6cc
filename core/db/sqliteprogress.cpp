#include "db/sqliteprogress.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace lk {

namespace {

// SQLite's virtual machine instructions between two calls: about a millisecond of a VACUUM's work, so that
// a stop is felt at once and the calls cost nothing measurable.
constexpr int instructionsPerStep = 20000;

} // namespace

SqliteProgress::SqliteProgress(const QSqlDatabase& db, std::function<bool()> step)
    : m_step(std::move(step)) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return; // another engine: the statement runs without progress
    m_connection = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_progress_handler(m_connection, instructionsPerStep, &SqliteProgress::call, this);
}

SqliteProgress::~SqliteProgress() {
    if (m_connection)
        sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
}

int SqliteProgress::call(void* self) {
    // Non-zero interrupts the statement (SQLITE_INTERRUPT).
    return static_cast<SqliteProgress*>(self)->m_step() ? 0 : 1;
}

} // namespace lk
