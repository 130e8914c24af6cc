#include "io/csvtable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CsvTable)
};

// Windows-1252 from 0x80 to 0x9F; the five bytes it leaves undefined keep their own code point, as in
// Latin-1.
constexpr char16_t windows1252From0x80[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                              0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// For a Qt built without ICU, which has no Windows-1252 codec.
QString windows1252ByTable(const QByteArray& bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ =
            byte >= 0x80 && byte <= 0x9F ? QChar(windows1252From0x80[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

struct Decoded {
    QString text;
    QString encoding;
};

Decoded decode(const QByteArray& bytes) {
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    if (bytes.startsWith(bom)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(QByteArrayView(bytes).sliced(bom.size()));
        return {std::move(text), QStringLiteral("UTF-8 with BOM")};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return {std::move(text), QStringLiteral("UTF-8")};
    QStringDecoder windows1252("windows-1252", QStringDecoder::Flag::Stateless);
    if (windows1252.isValid())
        text = windows1252(bytes);
    else
        text = windows1252ByTable(bytes);
    return {std::move(text), QStringLiteral("Windows-1252")};
}

// A NUL byte, or more control characters (other than tab and line ends) than a text file holds by accident.
bool looksBinary(const QByteArray& bytes) {
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F)
            ++controls;
    }
    return controls > 8 && controls * 1000 > bytes.size();
}

bool isSeparator(QChar c) {
    return c == u';' || c == u',';
}
bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

// ';' when the first line with any cell has a ';' outside quotes, else ','. Quotes are read as libcsv reads
// them: a cell is quoted when it starts with '"', "" is a quote inside it, and text after the closing quote
// other than spaces keeps the cell open.
QChar detectSeparator(const QString& text) {
    enum class State { CellNotBegun, Unquoted, Quoted, QuoteMayClose };
    State state = State::CellNotBegun;
    bool content = false;
    bool semicolon = false;
    bool spacesAfterQuote = false;
    for (const QChar c : text) {
        switch (state) {
        case State::CellNotBegun:
        case State::Unquoted:
            if (c == u'\n') {
                if (content)
                    return semicolon ? QChar(u';') : QChar(u',');
                state = State::CellNotBegun;
            } else if (isSeparator(c)) {
                semicolon = semicolon || c == u';';
                state = State::CellNotBegun;
            } else if (state == State::CellNotBegun && c == u'"') {
                content = true;
                state = State::Quoted;
            } else if (!isBlank(c)) {
                content = true;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteMayClose;
                spacesAfterQuote = false;
            }
            break;
        case State::QuoteMayClose:
            if (c == u'\n') {
                return semicolon ? QChar(u';') : QChar(u',');
            } else if (isSeparator(c)) {
                semicolon = semicolon || c == u';';
                state = State::CellNotBegun;
            } else if (isBlank(c)) {
                spacesAfterQuote = true;
            } else if (c != u'"' || !spacesAfterQuote) {
                state = State::Quoted;
            }
            break;
        }
    }
    return semicolon ? QChar(u';') : QChar(u',');
}

// What the libcsv callbacks build, and where in the file they are.
struct Reading {
    CsvTable table;
    int line = 1;      // the physical line at the parser's position after the last callback
    int rowLine = 1;   // the line where the row being read starts
    QStringList cells; // the row being read
    std::optional<Error> error;

    void addCell(const char* data, size_t size) {
        if (error)
            return;
        if (cells.isEmpty())
            rowLine = line;
        const QString cell = QString::fromUtf8(data, static_cast<qsizetype>(size));
        // A quoted cell may hold line ends: the next cell starts that many lines further down.
        line += static_cast<int>(cell.count(u'\n'));
        cells.append(cell.trimmed());
    }

    void endRow(int end) {
        finishRow();
        // Every line end is reported (CSV_REPALL_NL), also of an empty line; the end of the file is -1.
        if (end == '\n')
            ++line;
    }

    void finishRow() {
        QStringList row = std::exchange(cells, {});
        if (error ||
            std::all_of(row.cbegin(), row.cend(), [](const QString& cell) { return cell.isEmpty(); }))
            return;
        if (table.header.isEmpty()) {
            while (row.last().isEmpty())
                row.removeLast();
            table.header = std::move(row);
            table.headerLine = rowLine;
            return;
        }
        while (row.size() > table.header.size() && row.last().isEmpty())
            row.removeLast();
        if (row.size() > table.header.size()) {
            error =
                Error{Text::tr("Line %1 has %2 cells, but the header on line %3 has only %4 columns. A cell "
                               "may hold the separator (%5) without quotation marks around it: put that "
                               "cell in quotation marks, or remove the extra cells, and import the file "
                               "again.")
                          .arg(rowLine)
                          .arg(row.size())
                          .arg(table.headerLine)
                          .arg(table.header.size())
                          .arg(table.separator)};
            return;
        }
        table.rows.append(CsvTable::Row{rowLine, std::move(row)});
    }
};

void onCell(void* data, size_t size, void* reading) {
    static_cast<Reading*>(reading)->addCell(static_cast<const char*>(data), size);
}

void onRowEnd(int end, void* reading) {
    static_cast<Reading*>(reading)->endRow(end);
}

Error parserFailed(int line, int code) {
    return Error{
        Text::tr("Line %1: the file could not be read (%2). Nothing was imported; check that the file "
                 "is a CSV file and that the computer has free memory, and try again.")
            .arg(line)
            .arg(QString::fromUtf8(csv_strerror(code)))};
}

} // namespace

Result<CsvTable> CsvTable::read(const QByteArray& bytes) {
    if (bytes.size() > maxBytes) {
        const QLocale locale;
        return Error{
            Text::tr("The file is %1 MB, more than the %2 MB a CSV file may be. It was not read; split "
                     "it into smaller files, or remove the rows and columns that are not needed, and "
                     "import each part.")
                .arg(locale.toString(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 'f', 1))
                .arg(maxBytes / (1024 * 1024))};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return Error{
            Text::tr("The file is saved as UTF-16 (\"Unicode text\"), which is not read. Save it in the "
                     "spreadsheet program as \"CSV UTF-8\" or \"CSV (semicolon separated)\" and import "
                     "that file.")};
    }
    if (looksBinary(bytes)) {
        return Error{Text::tr("The file is not a CSV text file: it holds binary data (it may be an Excel "
                              "workbook, a PDF or an image). Save it in the spreadsheet program as \"CSV "
                              "UTF-8\" or \"CSV (semicolon separated)\" and import that file.")};
    }

    Decoded decoded = decode(bytes);
    QString& text = decoded.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    Reading reading;
    reading.table.separator = detectSeparator(text);
    reading.table.encoding = decoded.encoding;
    const QByteArray utf8 = text.toUtf8();

    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0)
        return parserFailed(1, CSV_ENOMEM);
    struct FreeParser {
        csv_parser* parser;
        ~FreeParser() { csv_free(parser); }
    } freeParser{&parser};
    csv_set_delim(&parser, static_cast<unsigned char>(reading.table.separator.unicode()));

    // In pieces, so that a row with too many cells stops the reading there.
    constexpr qsizetype piece = 64 * 1024;
    for (qsizetype at = 0; at < utf8.size() && !reading.error; at += piece) {
        const auto size = static_cast<size_t>(std::min(piece, utf8.size() - at));
        if (csv_parse(&parser, utf8.constData() + at, size, onCell, onRowEnd, &reading) != size)
            return parserFailed(reading.line, csv_error(&parser));
    }
    if (reading.error)
        return *reading.error;

    // Non-strict parsing takes the usual quirks (a quote inside an unquoted cell, text after a closing
    // quote), but then csv_fini would also close a quoted cell left open at the end of the file without a
    // word. With strict options set now that the parsing is done, it reports that instead.
    csv_set_opts(&parser, CSV_REPALL_NL | CSV_STRICT | CSV_STRICT_FINI);
    const int quotedCellLine = reading.line;
    if (csv_fini(&parser, onCell, onRowEnd, &reading) != 0) {
        if (csv_error(&parser) == CSV_EPARSE) {
            return Error{
                Text::tr("Line %1: a quoted cell is never closed. It starts with a quotation mark (\"), "
                         "but the file ends before the closing one, so the rest of the file would be "
                         "read as that one cell. Add the missing quotation mark on line %1 and import "
                         "the file again.")
                    .arg(quotedCellLine)};
        }
        return parserFailed(reading.line, csv_error(&parser));
    }
    if (reading.error)
        return *reading.error;

    if (reading.table.header.isEmpty()) {
        return Error{
            Text::tr("The file is empty: it has no line with any text. Choose a CSV file with a header "
                     "line (the column names) and one row per line below it.")};
    }
    return std::move(reading.table);
}

int CsvTable::column(const QStringList& names) const {
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            continue;
        for (const QString& wanted : names) {
            if (name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
        }
    }
    return -1;
}

QString CsvTable::cell(const Row& row, int column) {
    if (column < 0 || column >= row.cells.size())
        return QString();
    return row.cells.at(column);
}

} // namespace lk
