#include "db/bulkwrite.h"

#include "db/engine.h"
#include "db/sql.h"

namespace lk {

BulkWrite::BulkWrite(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (engineOf(m_db) != Engine::Sqlite)
        return;
    // SQLite's default of 2 MB made it write pages of a large import out to the log before the commit, and
    // read them back: a sixth of the import's time went to the disk. The change is only in memory: how the
    // file is written, and what survives a crash, stays as it is.
    auto before = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!before)
        return;
    // Negative: KiB; positive: pages (of 4 KiB, the program's page size).
    const qint64 kib = before->toLongLong() < 0 ? -before->toLongLong() : before->toLongLong() * 4;
    if (kib >= cacheKiB)
        return;
    // PRAGMA takes no bound values; the number is a constant.
    if (sql::run(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB)))
        m_before = *before;
}

BulkWrite::~BulkWrite() {
    if (m_before.isValid())
        (void)sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_before.toLongLong()));
}

} // namespace lk
