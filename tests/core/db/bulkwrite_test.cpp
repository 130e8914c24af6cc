#include "catchqt.h"
#include "db/bulkwrite.h"
#include "db/sql.h"
#include "rawconnection.h"

#include <QTemporaryDir>

using namespace lk;
using lk::test::RawConnection;

TEST_CASE("A bulk write has the larger page cache while it lasts and gives the connection's own back",
          "[transaction][import]") {
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("t.sqlite")));
    raw.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    {
        const BulkWrite bulk(raw.db());
        CHECK(raw.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong() == -BulkWrite::cacheKiB);
    }
    CHECK(raw.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong() == -2000);
    // A connection that was given a larger cache keeps it.
    raw.exec(QStringLiteral("PRAGMA cache_size = -200000"));
    {
        const BulkWrite bulk(raw.db());
        CHECK(raw.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong() == -200000);
    }
    CHECK(raw.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong() == -200000);
}
