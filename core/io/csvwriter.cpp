#include "io/csvwriter.h"

#include "common/filewrite.h"

#include <csv.h>

namespace lk {

CsvWriter::CsvWriter(const QString& path, char separator)
    : m_file(path)
    , m_separator(separator) {}

Error CsvWriter::failed() const {
    return FileWrite::failed(m_file.fileName(), FileWrite::reason(m_file.fileName(), m_file, m_bytes));
}

Status CsvWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly))
        return failed();
    // Without the BOM, Excel reads UTF-8 as the Windows code page and garbles å, ä and ö.
    m_file.write("\xEF\xBB\xBF");
    return {};
}

void CsvWriter::writeRow(const QStringList& cells) {
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line.append(m_separator);
        const QByteArray utf8 = cells.at(i).toUtf8();
        // libcsv quotes the whole cell and doubles the quotation marks in it: at most twice the size, plus
        // the two around it.
        const qsizetype start = m_line.size();
        m_line.resize(start + 2 * utf8.size() + 2);
        const size_t written = csv_write(m_line.data() + start, size_t(2 * utf8.size() + 2), utf8.constData(),
                                         size_t(utf8.size()));
        m_line.resize(start + qsizetype(written));
    }
    // CRLF, as RFC 4180 and Excel have it; line ends inside a quoted cell stay as they are.
    m_line.append("\r\n");
    // A write error stays on the file: commit() finds it.
    m_file.write(m_line);
    m_bytes += m_line.size();
    ++m_rows;
}

Status CsvWriter::commit() {
    return FileWrite::commit(m_file, m_file.fileName(), m_bytes);
}

} // namespace lk
