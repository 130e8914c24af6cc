// ValueImportDialog: the preview of a CSV file of indicator values: what the file is (encoding, separator),
// each value it holds and whether it is new, changes a stored one or is already there, and every bad line
// with its number. Import stores all of it as one undoable step; with any bad line it stores nothing.
#pragma once

#include "indicators/indicatorcsv.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace lk {

class Document;

class ValueImportDialog : public QDialog {
    Q_OBJECT
public:
    // `indicatorId`: the indicator a file without an Indikator column is about (0 for none).
    ValueImportDialog(Document* document, qint64 municipalityId, qint64 indicatorId, const QByteArray& bytes,
                      const QString& fileName, QWidget* parent = nullptr);

    // Could the file be read at all (else the summary says why, and there is nothing to import)?
    bool readable() const { return m_preview.has_value(); }
    QLabel* summary() const { return m_summary; }
    QTableWidget* rows() const { return m_rows; }
    QListWidget* errors() const { return m_errors; }
    QPushButton* importButton() const { return m_import; }

    void accept() override;

private:
    void showPreview(const IndicatorCsv::Preview& preview);

    Document* m_document;
    std::optional<IndicatorCsv::Preview> m_preview;
    QLabel* m_summary;
    QTableWidget* m_rows;
    QListWidget* m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace lk
