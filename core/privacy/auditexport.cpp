#include "privacy/auditexport.h"

#include "io/csvwriter.h"
#include "privacy/audittext.h"

#include <QCoreApplication>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::AuditExport)
};
} // namespace

QStringList AuditExport::header() {
    QStringList titles;
    for (int column = 0; column < AuditText::ColumnCount; ++column)
        titles << AuditText::columnTitle(column);
    return titles << Text::tr("Key") << Text::tr("Before (JSON)") << Text::tr("After (JSON)");
}

Result<qint64> AuditExport::write(const QSqlDatabase& db, const AuditQuery::Filter& filter,
                                  const QString& path) {
    CsvWriter csv(path);
    if (auto opened = csv.open(); !opened)
        return opened.error();
    csv.writeRow(header());
    const AuditText text(db);
    // Row by row from the query: the file gets every matching row, also those the viewer has not loaded, and
    // memory holds one at a time.
    const Status read = AuditQuery(db, filter).forEach([&csv, &text](const AuditEntry& entry) {
        csv.writeRow(text.row(entry) << entry.key << entry.oldJson << entry.newJson);
        return true;
    });
    if (!read)
        return Error{
            Text::tr("The change log could not be read: %1. No file was written.").arg(read.message())};
    if (auto committed = csv.commit(); !committed)
        return committed.error();
    return csv.rowsWritten() - 1;
}

} // namespace lk
