// BulkWrite: a larger page cache for one long write (an import), given back when it ends.
#pragma once

#include <QSqlDatabase>
#include <QVariant>

namespace lk {

class BulkWrite {
public:
    // On a file, raises SQLite's page cache while the object lives; on a server it does nothing. Made before
    // the write's Transaction, so that it ends after it.
    explicit BulkWrite(QSqlDatabase db);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

    // In KiB, as PRAGMA cache_size takes a negative number: most of the pages an import of a region's
    // records keeps going back to (each table's UUID index and the change log's indexes, written in random
    // order), within the 150 MB an import may take at any file size (measured: 48 MiB, 9.7 s of CPU and a
    // peak of 88 MB; 64 MiB, 8.4 s and 107 MB; 96 MiB, 8.9 s and 145 MB).
    static constexpr int cacheKiB = 64 * 1024;

private:
    QSqlDatabase m_db;
    QVariant m_before; // the connection's own cache size; invalid when it was left alone
};

} // namespace lk
