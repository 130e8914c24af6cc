#include "io/xlsxworkbook.h"

#include "common/filewrite.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <xlsxwriter.h>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::XlsxWorkbook)
};

// Excel counts days from 1899-12-30 (its 1900 date system, with the leap day 1900 never had).
const QDate excelEpoch(1899, 12, 30);

// The widest a column is made, in characters: a longer note wraps within it.
constexpr int widestColumn = 60;
// Room beside a header for the filter's drop-down arrow, and a bold header's wider letters.
constexpr int headerRoom = 3;

// How many lines a cell's text takes once wrapped in a column of widestColumn: a spreadsheet program sizes no
// row by itself when it opens a file (LibreOffice keeps the height the file gives), so a note would overlap
// the row below it. Words do not break where the characters run out, hence a line's room of a little less.
int linesOf(const QString& text) {
    constexpr int room = widestColumn - 6;
    int lines = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines += std::max(1, int((line.size() + room - 1) / room));
    return lines;
}

// How wide a cell's text is, in Excel's characters: its longest line.
int widthOf(const QString& text) {
    int widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        widest = std::max(widest, int(line.size()));
    return widest;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString& path)
    : m_path(path) {
    if (!m_scratch.isValid()) {
        m_error = failed(m_scratch.errorString());
        return;
    }
    // Rows go to a temporary file as they are written, so that a region's records never sit in memory
    // all at once; its strings are then written inline, which Excel reads the same.
    QByteArray folder = QDir::toNativeSeparators(m_scratch.path()).toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = folder.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook =
        workbook_new_opt(QDir::toNativeSeparators(m_scratch.filePath(QStringLiteral("workbook.xlsx")))
                             .toLocal8Bit()
                             .constData(),
                         &options);
    if (!m_workbook) {
        m_error = failed(Text::tr("the workbook could not be started"));
        return;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    // Each cell at the top of its row, and text wrapped within its column: a long note or one of several
    // lines shows (and prints) whole in a taller row rather than cut at the column's edge.
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    format_set_align(m_date, LXW_ALIGN_VERTICAL_TOP);
    m_number = workbook_add_format(m_workbook);
    format_set_align(m_number, LXW_ALIGN_VERTICAL_TOP);
    m_text = workbook_add_format(m_workbook);
    format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(m_text);
}

XlsxWorkbook::~XlsxWorkbook() {
    // An unfinished workbook is closed into the scratch folder, which goes with this object.
    if (m_workbook)
        workbook_close(m_workbook);
}

Error XlsxWorkbook::failed(const QString& reason) const {
    return FileWrite::failed(m_path, reason);
}

QString XlsxWorkbook::sheetName(const QString& title, QSet<QString>& taken) {
    QString name;
    for (const QChar c : title) {
        if (QStringLiteral(":\\/?*[]").contains(c) || c.category() == QChar::Other_Control)
            name += u' ';
        else
            name += c;
    }
    // Excel takes no apostrophe at either end.
    const auto tidy = [](QString text) {
        text = text.simplified();
        while (text.startsWith(u'\'') || text.endsWith(u'\''))
            text = text.startsWith(u'\'') ? text.mid(1).trimmed() : text.chopped(1).trimmed();
        return text;
    };
    name = tidy(tidy(name).left(LXW_SHEETNAME_MAX));
    if (name.isEmpty())
        name = Text::tr("Sheet");
    const QString base = name;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(LXW_SHEETNAME_MAX - int(suffix.size())).trimmed() + suffix;
    }
    taken.insert(name.toCaseFolded());
    return name;
}

Status XlsxWorkbook::addSheet(const QString& title, const QList<Column>& columns) {
    if (m_error)
        return *m_error;
    finishSheet();
    m_title = sheetName(title, m_names);
    m_sheet = workbook_add_worksheet(m_workbook, m_title.toUtf8().constData());
    if (!m_sheet) {
        m_error = failed(Text::tr("the sheet “%1” could not be added").arg(m_title));
        return *m_error;
    }
    m_columns = columns;
    m_widths.clear();
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Column& column = columns.at(c);
        worksheet_write_string(m_sheet, 0, lxw_col_t(c), column.header.toUtf8().constData(), m_header);
        m_widths << widthOf(column.header) + headerRoom;
    }
    m_row = 1;
    return {};
}

Status XlsxWorkbook::addRow(const QVariantList& cells) {
    if (m_error)
        return *m_error;
    if (!m_sheet)
        return Error{QStringLiteral("XlsxWorkbook::addRow before addSheet")};
    if (m_row >= maxRows) {
        m_error = failed(Text::tr("the sheet “%1” would have more than the %2 rows Excel takes")
                             .arg(m_title, QLocale().toString(maxRows)));
        return *m_error;
    }
    const auto row = lxw_row_t(m_row);
    int lines = 1;
    for (qsizetype c = 0; c < std::min(cells.size(), m_columns.size()); ++c) {
        const QVariant& cell = cells.at(c);
        if (!cell.isValid() || cell.isNull())
            continue;
        const auto column = lxw_col_t(c);
        int width = 0;
        switch (m_columns.at(c).kind) {
        case Kind::Date: {
            const QDate date = cell.toDate();
            if (date.isValid() && date >= QDate(1900, 3, 1)) {
                worksheet_write_number(m_sheet, row, column, double(excelEpoch.daysTo(date)), m_date);
                width = 11; // yyyy-mm-dd and room before the next column
                break;
            }
            const QString text = cell.toString();
            worksheet_write_string(m_sheet, row, column, text.toUtf8().constData(), m_text);
            width = widthOf(text);
            break;
        }
        case Kind::Integer:
        case Kind::Decimal: {
            bool number = false;
            const double value = cell.toDouble(&number);
            if (number) {
                worksheet_write_number(m_sheet, row, column, value, m_number);
                width = int(QString::number(value, 'g', 15).size());
                break;
            }
            const QString text = cell.toString();
            worksheet_write_string(m_sheet, row, column, text.toUtf8().constData(), m_text);
            width = widthOf(text);
            break;
        }
        case Kind::Text: {
            const QString text = cell.toString();
            worksheet_write_string(m_sheet, row, column, text.toUtf8().constData(), m_text);
            width = widthOf(text);
            lines = std::max(lines, linesOf(text));
            break;
        }
        }
        // A space's room on each side: a number right-aligned would otherwise touch the text after it.
        m_widths[c] = std::max(m_widths.at(c), width + 2);
    }
    if (lines > 1) {
        constexpr double lineHeight = 15; // points: Excel's default row
        worksheet_set_row(m_sheet, row, lines * lineHeight, nullptr);
    }
    ++m_row;
    return {};
}

void XlsxWorkbook::finishSheet() {
    if (!m_sheet)
        return;
    const auto lastColumn = lxw_col_t(std::max<qsizetype>(m_columns.size(), 1) - 1);
    for (qsizetype c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                             double(std::clamp(m_widths.at(c), 6, widestColumn)), nullptr);
    worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lastColumn);
    worksheet_freeze_panes(m_sheet, 1, 0);
    printSetup();
    m_sheet = nullptr;
}

// Printed as a coordinator would print a register from Excel: A4 landscape, every column on one page's width
// (the rows run on over as many pages as they need), the header row on each page, and the sheet's name and
// "Page 2 of 5" on each.
void XlsxWorkbook::printSetup() {
    constexpr uint8_t a4 = 9;
    worksheet_set_paper(m_sheet, a4);
    worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    worksheet_repeat_rows(m_sheet, 0, 0);
    worksheet_set_header(m_sheet, "&L&A");
    // The page number's fields are Excel's: &P the page, &N their number.
    worksheet_set_footer(m_sheet, (QStringLiteral("&C") + Text::tr("Page &P of &N")).toUtf8().constData());
}

Status XlsxWorkbook::commit() {
    if (m_error)
        return *m_error;
    finishSheet();
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(closed)));
    QFile written(m_scratch.filePath(QStringLiteral("workbook.xlsx")));
    if (!written.open(QIODevice::ReadOnly))
        return failed(written.errorString());
    // Written under a temporary name beside the target, synced and renamed: whole or not at all.
    return FileWrite::whole(m_path, written.readAll());
}

} // namespace lk
