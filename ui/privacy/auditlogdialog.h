// AuditLogDialog: Redigera > Ändringslogg…: who changed what and when, filtered by dates, user and register,
// with the whole before and after of the chosen row, and the filtered log exported as CSV.
#pragma once

#include "privacy/auditquery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace lk {

class DateEdit;
class AuditLogModel;
class Document;

class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditLogDialog(Document* document, QWidget* parent = nullptr);

    DateEdit* from() const { return m_from; }
    DateEdit* to() const { return m_to; }
    QComboBox* users() const { return m_users; }
    QComboBox* registers() const { return m_registers; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }
    QLabel* count() const { return m_count; }
    QPushButton* exportButton() const { return m_export; }
    AuditLogModel* model() const { return m_model; }

    // Writes the rows the filter passes to `path`; tells the user how it went. True when written.
    bool exportTo(const QString& path);

private:
    AuditQuery::Filter filter() const;
    void fillChoices();
    void applyFilter();
    void showLoaded();
    void showDetail();
    void chooseExportFile();

    Document* m_document;
    AuditLogModel* m_model;
    DateEdit* m_from;
    DateEdit* m_to;
    QComboBox* m_users;
    QComboBox* m_registers;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QLabel* m_count;
    QLabel* m_done;
    QPushButton* m_export;
    qint64 m_shownId = 0; // the entry chosen before the model reloads
};

} // namespace lk
