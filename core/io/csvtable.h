// CsvTable: a CSV file as a spreadsheet or a web survey tool saves it (';' or ',' separated, UTF-8 with or
// without BOM or Windows-1252, any line ends), read into a header and rows that remember their line in the
// file.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace lk {

struct CsvTable {
    struct Row {
        int line = 0;      // the 1-based line in the file where the row starts
        QStringList cells; // each cell as written, trimmed of surrounding spaces (also no-break spaces)
    };

    QStringList header; // the first non-empty line's cells, trimmed; empty cells at its end are dropped
    int headerLine = 0; // the 1-based line of the header
    QList<Row> rows;    // every later line that has any non-empty cell; never more cells than the header
    QChar separator;    // ';' or ','
    QString encoding;   // "UTF-8", "UTF-8 with BOM" or "Windows-1252": shown in a preview

    // The largest file read, in bytes (20 MB).
    static constexpr qsizetype maxBytes = 20 * 1024 * 1024;

    // Reads a whole file. Fails, with a message naming the line where it helps, on an empty or binary file, a
    // file over maxBytes, a quoted cell that is never closed, or a row with more non-empty cells than the
    // header. Empty cells after the header's last column are dropped; a shorter row is kept as it is.
    static Result<CsvTable> read(const QByteArray& bytes);

    // The index of the first column whose header matches one of `names` (case-insensitive, trimmed), or -1.
    int column(const QStringList& names) const;

    // The cell of a row in a column, or an empty string when the row is shorter or column is -1.
    static QString cell(const Row& row, int column);
};

} // namespace lk
