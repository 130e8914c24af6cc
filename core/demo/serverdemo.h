// ServerDemo: `lofteskollen demo --server URL`: a demo written into a temporary file, where 250,000 records
// are quick to write one by one, then copied onto a server in multi-row INSERTs in one transaction.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lk {

class ServerDemo {
public:
    // Loads the demo of `scale` into the server database at `url`, which must hold no records yet (just
    // after `server init`); the number of rows copied. On any failure the server is left as it was.
    static Result<qint64> load(const QString& url, const QString& scale);
    // Copies every row of the file's tables into the same tables of `server` (ids kept, sequences set
    // above them), parents before the tables that refer to them, in the caller's transaction. The
    // server's search index is kept by its triggers; the file's own is not copied.
    static Result<qint64> copy(const QSqlDatabase& file, const QSqlDatabase& server);
};

} // namespace lk
