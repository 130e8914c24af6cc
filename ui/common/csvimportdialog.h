// CsvImportDialog: the preview of a CSV file before it is imported (CsvImport), for every kind of CSV import
// alike (indicator values, the police's lists): what the file is (encoding, separator), each line and what
// it will do (added, changed, already stored), the file's columns that are not read, and every bad line by
// its number. Import stores it all as one undoable step; with any bad line it stores nothing.
#pragma once

#include "common/result.h"
#include "io/csvimport.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace lk {

class Document;

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    // `preview`: the file as its kind of import read it, or why it could not be read. `undoText` names the
    // step on Edit > Undo.
    CsvImportDialog(Document* document, const Result<CsvImport::Preview>& preview, const QString& title,
                    const QString& undoText, QWidget* parent = nullptr);

    using Reader = std::function<Result<CsvImport::Preview>(const QByteArray& bytes)>;
    // Reads `path` (no more than a CSV file may be), shows what `read` makes of it, and stores it on Import.
    // True when it was imported; a file that cannot be opened is said in a message.
    static bool importFile(Document* document, const QString& path, const Reader& read, const QString& title,
                           const QString& undoText, QWidget* parent);

    // Could the file be read at all (else the summary says why, and there is nothing to import)?
    bool readable() const { return m_preview.has_value(); }
    QLabel* summary() const { return m_summary; }
    QLabel* unused() const { return m_unused; }
    QTableWidget* rows() const { return m_rows; }
    QListWidget* errors() const { return m_errors; }
    QPushButton* importButton() const { return m_import; }

    void accept() override;

private:
    void showPreview(const CsvImport::Preview& preview);

    Document* m_document;
    QString m_undoText;
    std::optional<CsvImport::Preview> m_preview;
    QLabel* m_summary;
    QLabel* m_unused;
    QTableWidget* m_rows;
    QListWidget* m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace lk
