// XlsxWorkbook: an Excel workbook (.xlsx) written with libxlsxwriter: a sheet per table, its header row bold,
// frozen and filtered, dates shown as yyyy-mm-dd, numbers as numbers, each column as wide as its content;
// put in place of the target whole, or not at all.
#pragma once

#include "io/sheetwriter.h"

#include <QSet>
#include <QTemporaryDir>

#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace lk {

class XlsxWorkbook : public SheetWriter {
public:
    explicit XlsxWorkbook(const QString& path);
    ~XlsxWorkbook() override;
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    Status addSheet(const QString& title, const QList<Column>& columns) override;
    Status addRow(const QVariantList& cells) override;
    Status commit() override;

    // The most rows a sheet holds, its header included (Excel's limit).
    static constexpr int maxRows = 1048576;
    // A title made a sheet's name: at most 31 characters, none of : \ / ? * [ ], and unlike the names in
    // `taken` (compared without case, as Excel does; the name is added to them).
    static QString sheetName(const QString& title, QSet<QString>& taken);

private:
    void finishSheet();
    void printSetup();
    Error failed(const QString& reason) const;

    QString m_path;
    QTemporaryDir m_scratch; // libxlsxwriter's file and its own temporary files, never beside the target
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_number = nullptr;
    lxw_format* m_text = nullptr;
    QList<Column> m_columns;
    QList<int> m_widths; // the widest cell of each column so far, in characters
    QString m_title;
    int m_row = 0;
    QSet<QString> m_names;
    std::optional<Error> m_error;
};

} // namespace lk
