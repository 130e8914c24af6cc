// SheetWriter: where a table goes when it leaves the program for a spreadsheet: sheets, each a header row and
// rows of typed cells (text, whole numbers, decimals, dates), so that Excel counts, sorts and filters them as
// numbers and dates rather than as text.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace lk {

class SheetWriter {
public:
    enum class Kind { Text, Integer, Decimal, Date };
    struct Column {
        QString header;
        Kind kind = Kind::Text;
    };

    virtual ~SheetWriter() = default;

    // Starts a sheet titled `title` with these columns; the sheet before it is finished.
    virtual Status addSheet(const QString& title, const QList<Column>& columns) = 0;
    // One row of the current sheet, a cell per column: a QString, a qint64, a double, a QDate, or an invalid
    // QVariant for an empty cell.
    virtual Status addRow(const QVariantList& cells) = 0;
    // Puts the file in place of the target, whole; when anything failed, the target is as it was.
    virtual Status commit() = 0;
};

} // namespace lk
