// CsvWriter: writes a CSV file that Swedish Excel opens as it is (UTF-8 with BOM, ';' between cells, every
// cell quoted), through a temporary file that only replaces the target when everything was written.
#pragma once

#include "common/result.h"

#include <QSaveFile>
#include <QStringList>

namespace lk {

class CsvWriter {
public:
    explicit CsvWriter(const QString& path, char separator = ';');

    // Creates the temporary file beside the target and writes the BOM. The target is not touched yet.
    Status open();
    // One row; a cell may hold the separator, quotation marks and line ends.
    void writeRow(const QStringList& cells);
    // Puts the file in place of the target. Until then, and when anything failed, the target is as it was
    // and the temporary file is removed.
    Status commit();

    qint64 rowsWritten() const { return m_rows; }

private:
    Error failed() const;

    QSaveFile m_file;
    char m_separator;
    QByteArray m_line;
    qint64 m_rows = 0;
    qint64 m_bytes = 0; // written so far: a disk with less free is full
};

} // namespace lk
