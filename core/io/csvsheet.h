// CsvSheet: one table as a CSV file for Swedish Excel (CsvWriter: ';' between cells, UTF-8 with BOM), its
// numbers with a decimal comma and its dates as 2021-03-15, which Excel reads as numbers and dates. A CSV
// file holds one sheet only.
#pragma once

#include "io/csvwriter.h"
#include "io/sheetwriter.h"

namespace lk {

class CsvSheet : public SheetWriter {
public:
    explicit CsvSheet(const QString& path);

    Status addSheet(const QString& title, const QList<Column>& columns) override;
    Status addRow(const QVariantList& cells) override;
    Status commit() override;

    // A cell as the file writes it.
    static QString textOf(Kind kind, const QVariant& cell);

private:
    CsvWriter m_writer;
    QList<Column> m_columns;
    bool m_open = false;
    std::optional<Error> m_error;
};

} // namespace lk
