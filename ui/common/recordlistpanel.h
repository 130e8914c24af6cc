// RecordListPanel: a register's records as an editable table with New, Delete and a filter box; its context
// menu exports the table as it shows to Excel.
#pragma once

#include "register/record.h"
#include "register/recordtablemodel.h"
#include "register/registerspec.h"

#include <QColor>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace lk {

class Document;
class RecordDialog;
class NoticeBar;

class RecordListPanel : public QWidget {
    Q_OBJECT
public:
    RecordListPanel(Document* document, const RegisterSpec& spec, const QStringList& columns,
                    QWidget* parent = nullptr);

    // Shows only the children of one record (a promise's targets); new records get that parent.
    void setParentRecord(const QString& field, qint64 id);
    // Values a new record starts with (today's date, the latest status).
    void setDefaults(std::function<QVariantMap()> defaults) { m_defaults = std::move(defaults); }
    // A register with its own New dialog (a meeting, a case) gives it here; it returns the new record's UUID.
    void setNewHandler(std::function<QString()> handler) { m_newHandler = std::move(handler); }
    // The fields the default New dialog asks for, when they are not the shown columns.
    void setNewFields(const QStringList& fields) { m_newFields = fields; }
    // Readies the New or Edit dialog before it opens ("save and new", the promises of the period); gets the
    // stored record when editing.
    void setDialogSetup(std::function<void(RecordDialog&, const Record* stored)> setup) {
        m_dialogSetup = std::move(setup);
    }
    // Adds Edit…, which opens the selected record in a dialog with these fields (also by double-click).
    void setEditFields(const QStringList& fields);
    // A register with its own dialog (an inspection with its checklist) opens it here; true when saved.
    void setEditHandler(std::function<bool(const QString& uuid)> handler) {
        m_editHandler = std::move(handler);
    }
    // The municipality whose records the New and Edit dialogs offer in their reference fields; without one,
    // a list of a municipality's records (setParentRecord on municipality_id) offers that municipality's.
    void setMunicipality(qint64 municipalityId) { m_municipality = municipalityId; }
    // Where a record saved here went when the list does not show it (dated outside the period): the notice's
    // text, and a button's text and action that go there. Without one, or when it gives no text, the notice
    // names the filter that hides the record, or says only that the list does not show it.
    struct Whereabouts {
        QString text;
        QString goText = {};
        std::function<void()> go = {};
    };
    void setWhereabouts(std::function<Whereabouts(const Record& saved)> whereabouts) {
        m_whereabouts = std::move(whereabouts);
    }
    NoticeBar* notice() const { return m_notice; }
    void setFilterVisible(bool visible);
    // The column that takes the width left over (a description); the others fit their contents.
    void setStretchColumn(const QString& field);
    // The table stays tall enough for `rows` rows under its header (a list in a detail that scrolls would
    // otherwise shrink to a box of two).
    void setMinimumRows(int rows);
    // Puts the owner's own buttons at the start of the bar above the table, beside New and Delete, where they
    // take no row of their own.
    void addToBar(QWidget* widget);

    // What RecordTableModel does with rows and cells, said as the list is made: unlike model(), these leave
    // it unread until it is scoped or shown.
    void setRowTint(std::function<QColor(const Record&)> tint);
    void setReadOnlyFields(const QStringList& fields);
    void setComputedColumns(const QList<ComputedColumn>& columns);

    // view()->model() is the same model, unread until the list is scoped or shown: a page made for one
    // municipality connects to it without reading every municipality's rows first.
    QTableView* view() const { return m_view; }
    // Read first if nothing has read it yet (RecordTableModel::Load::WhenAsked).
    RecordTableModel* model() const;
    // Changes to the list made while the result lives read its rows once, when it goes (see
    // RecordTableModel::Deferred): `const auto together = list->deferReloads();`.
    [[nodiscard]] RecordTableModel::Deferred deferReloads() const {
        return RecordTableModel::Deferred(m_model);
    }
    QPushButton* newButton() const { return m_new; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* editButton() const { return m_edit; }
    // The table's context menu (right-click, or the menu key): "Export the table to Excel…".
    QMenu* contextMenu() const { return m_menu; }

    // Opens the New dialog; returns the new record's UUID, or nothing when cancelled.
    QString addNew();
    void removeSelected();
    // Opens the selected record in the Edit dialog; true when it was saved.
    bool editSelected();
    void selectRecord(const QString& uuid);
    // Selects the record, loading the list down to it, and clearing the filter when that is what hides it;
    // false when the list does not show it (another promise's targets, another period).
    bool reveal(const QString& uuid);
    // The filter's text, and the line that says when it hides every row.
    QLineEdit* filter() const { return m_filter; }
    QLabel* noMatch() const { return m_noMatch; }
    QString selectedUuid() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    // After a save: says where the record went when the list does not show it.
    void noticeWhereabouts(const QString& uuid);
    void fitColumns();
    void fitColumnWidths();
    // The header as tall as its labels wrap to at the columns' widths now (three lines at most).
    void fitHeaderHeight();
    void fitMinimumHeight();
    // Says so when the filter hides every row, rather than leave an empty table that looks like nothing
    // was ever entered.
    void showNoMatch();
    // A cell's edit met another client's change: theirs beside the row as edited, and the user keeps one.
    void resolveConflict(const Conflict& conflict, const QVariantMap& mine);

    Document* m_document;
    const RegisterSpec& m_spec;
    QStringList m_columns;
    RecordTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_noMatch;
    NoticeBar* m_notice;
    std::function<Whereabouts(const Record&)> m_whereabouts;
    QPushButton* m_new;
    QPushButton* m_delete;
    QString m_parentField;
    qint64 m_parentId = 0;
    qint64 m_municipality = 0;
    std::function<QVariantMap()> m_defaults;
    std::function<QString()> m_newHandler;
    std::function<void(RecordDialog&, const Record*)> m_dialogSetup;
    std::function<bool(const QString&)> m_editHandler;
    QPushButton* m_edit = nullptr;
    QHBoxLayout* m_bar;
    QMenu* m_menu;
    QStringList m_editFields;
    QString m_stretchField;
    int m_minimumRows = 0;
    int m_addedToBar = 0;
    QStringList m_newFields;
};

} // namespace lk
