// AuditExport: the audit log under a filter as a CSV file for a spreadsheet: the columns the viewer shows,
// the record's key, and the whole stored values before and after as JSON.
#pragma once

#include "common/result.h"
#include "privacy/auditquery.h"

#include <QSqlDatabase>

namespace lk {

class AuditExport {
public:
    // Writes every row that passes `filter`, newest first, to `path` (replaced only when all is written);
    // returns how many rows were written.
    static Result<qint64> write(const QSqlDatabase& db, const AuditQuery::Filter& filter,
                                const QString& path);
    static QStringList header();
};

} // namespace lk
