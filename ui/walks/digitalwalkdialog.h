// DigitalWalkDialog: the review of observations citizens sent in as a CSV file (a digital walk): each row
// with its place, category, text and notes, included or left out one by one; Import stores the included
// ones in the walk as one undoable step. A file that cannot be used says why and changes nothing.
#pragma once

#include "walks/digitalwalkcsv.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lk {

class Document;

class DigitalWalkDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { IncludeColumn, PlaceColumn, CategoryColumn, DescriptionColumn, NotesColumn };

    // `csvPath` may be empty: the user then chooses the file with “Choose file…”.
    DigitalWalkDialog(Document& document, qint64 walkId, const QString& csvPath = {},
                      QWidget* parent = nullptr);

    // Asks for the file, then shows the review. True when observations were imported.
    static bool importInto(QWidget* parent, Document& document, qint64 walkId);

    // Reads a file in place of the one shown.
    void load(const QString& path);
    bool readable() const { return m_preview.has_value(); }
    const DigitalWalkCsv::Preview* preview() const { return m_preview ? &*m_preview : nullptr; }
    int imported() const { return m_imported; }

    QLabel* fileInfo() const { return m_fileInfo; }
    QLabel* problem() const { return m_problem; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* rows() const { return m_rows; }
    QCheckBox* includeBox(int row) const;
    QComboBox* categoryBox(int row) const;
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* includeCleanButton() const { return m_includeClean; }
    QPushButton* includeNoneButton() const { return m_includeNone; }
    QPushButton* importButton() const { return m_import; }

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void chooseFile();
    void showFailure(const QString& message);
    void showRows();
    void addRow(int index);
    // Notes, check boxes and the summary after any change to the rows.
    void refresh();
    void descriptionEdited(int row, int column);

    Document& m_document;
    qint64 m_walkId;
    std::optional<DigitalWalkCsv::Preview> m_preview;
    int m_imported = 0;
    bool m_filling = false;
    QLabel* m_fileName;
    QPushButton* m_choose;
    QLabel* m_fileInfo;
    QLabel* m_problem;
    QTableWidget* m_rows;
    QPushButton* m_includeClean;
    QPushButton* m_includeNone;
    QLabel* m_summary;
    QPushButton* m_import;
};

} // namespace lk
