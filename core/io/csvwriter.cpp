#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QDir>

#include <csv.h>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CsvWriter)
};
} // namespace

CsvWriter::CsvWriter(const QString& path, char separator)
    : m_file(path)
    , m_separator(separator) {}

Error CsvWriter::failed(const QString& reason) const {
    return Error{Text::tr("The file %1 could not be written: %2. Nothing was saved there; choose another "
                          "folder or free some space, and try again.")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), reason)};
}

Status CsvWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly))
        return failed(m_file.errorString());
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
    // QSaveFile keeps the first write error and refuses to commit: commit() reports it.
    m_file.write(m_line);
    ++m_rows;
}

Status CsvWriter::commit() {
    if (m_file.error() != QFileDevice::NoError) {
        const Error error = failed(m_file.errorString());
        m_file.cancelWriting();
        return error;
    }
    if (!m_file.commit())
        return failed(m_file.errorString());
    return {};
}

} // namespace lk
