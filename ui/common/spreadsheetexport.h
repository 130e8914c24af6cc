// SpreadsheetExport: what leaves the window for Excel: a register table exactly as it shows (its rows under
// the filter and sort, its columns), or every register of the file or of one municipality, each as a sheet
// (RegisterExport). An .xlsx file is a workbook, a .csv file one table for Swedish Excel; either is written
// whole or not at all, and the status bar says where it went.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lk {

class Document;
class RecordTableModel;

class SpreadsheetExport {
    Q_DECLARE_TR_FUNCTIONS(lk::SpreadsheetExport)
public:
    // Writes the table to `path` (.csv: CSV, else a workbook); says why when it cannot. True when written.
    static bool writeTable(const RecordTableModel& model, const QString& path, QWidget* parent);
    // Asks where, then writes the table.
    static void exportTable(const RecordTableModel& model, QWidget* parent);

    // Writes every register of the municipality (0: of the whole file) to the workbook `path`.
    static bool writeFile(Document* document, qint64 municipalityId, const QString& path, QWidget* parent);
    // Arkiv > Exportera till Excel…: asks whether the whole file or the chosen municipality, when the file
    // has more than one, and where; then writes the workbook.
    static void exportFile(Document* document, qint64 chosenMunicipality, QWidget* parent);
};

} // namespace lk
