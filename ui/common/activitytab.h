// ActivityTab: one kind of dated activity (a police visit, a traffic control, a test purchase): how far the
// period's targets have come, and the municipality's records of the period in a table that sorts and filters
// in SQL. New opens a form with "save and new" for entering a notebook of them; Edit opens one in the same
// form. A register that a CSV list can come into (RegisterCsv) has an import button for it.
#pragma once

#include "common/recordlistpanel.h"
#include "register/registerspec.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lk {

class Document;
class RecordDialog;

class ActivityTab : public QWidget {
    Q_OBJECT
public:
    // `columns`: what the table shows; the form shows every field.
    ActivityTab(Document* document, const RegisterSpec& spec, const QStringList& columns,
                const QString& stretch, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId, qint64 periodId);

    RecordListPanel* list() const { return m_list; }
    // More for the register's own dialog, after what every activity's gets (the promise it counts for).
    void setDialogExtra(std::function<void(RecordDialog&, const Record* stored)> extra) {
        m_dialogExtra = std::move(extra);
    }
    QCheckBox* allYears() const { return m_allYears; }
    QLabel* summary() const { return m_summary; }
    // "Import from CSV…", or nullptr for a register no CSV file comes into.
    QPushButton* importButton() const { return m_import; }
    // Reads a CSV list of this register into the municipality, after the preview; true when imported.
    bool importFile(const QString& path);
    // What the New dialog starts with: today, or the period's nearest day when today lies outside it, and the
    // promise that counts this kind on that day.
    QVariantMap newValues() const;

private:
    void applyCondition();
    void setUpDialog(RecordDialog& dialog, const Record* stored) const;
    // A line in the dialog that says when its date lies outside the chosen period.
    void notePeriodOf(RecordDialog& dialog) const;
    void refreshSummary();
    void chooseImportFile();
    RecordListPanel::Whereabouts whereabouts(const Record& saved);

    Document* m_document;
    const RegisterSpec& m_spec;
    QLabel* m_summary;
    QCheckBox* m_allYears;
    QPushButton* m_import = nullptr;
    RecordListPanel* m_list;
    qint64 m_municipalityId = 0;
    qint64 m_periodId = 0;
    QDate m_start;
    QDate m_end;
    QString m_periodName;
    std::function<void(RecordDialog&, const Record*)> m_dialogExtra;
};

} // namespace lk
