// RecordTableModel: the rows of one register as a table that loads page by page and sorts and filters in SQL.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "register/computedcolumn.h"
#include "register/conflict.h"
#include "register/record.h"
#include "register/registerspec.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>

#include <functional>

namespace lk {

class Document;
class SheetWriter;

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int pageSize = 200;

    // Now: the rows are read at once. WhenAsked: not before the first filter, condition or scope, or
    // ensureLoaded(): a list that is scoped to a municipality right after it is made would otherwise first
    // read and sort the whole register (every municipality's ten years, in a region's file).
    enum class Load { Now, WhenAsked };
    // `columns` names the fields shown, in order.
    RecordTableModel(Document* document, const RegisterSpec& spec, const QStringList& columns,
                     QObject* parent = nullptr, Load load = Load::Now);
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }

    // While one lives, the changes that would read the rows again (a parent, a condition, a filter, an order)
    // are only noted, and the rows are read once when the last goes: a list given its municipality and its
    // period's dates in turn read them twice, the first time for all ten years.
    class Deferred {
    public:
        explicit Deferred(RecordTableModel* model);
        ~Deferred();
        Deferred(const Deferred&) = delete;
        Deferred& operator=(const Deferred&) = delete;

    private:
        RecordTableModel* m_model;
    };

    const RegisterSpec& spec() const { return m_spec; }
    const FieldSpec& columnField(int column) const { return *m_columns.at(column); }
    // The stored fields shown, in order (the computed columns follow them).
    const QList<const FieldSpec*>& fieldColumns() const { return m_fieldColumns; }

    // Only rows whose `field` equals `value` (the targets of one promise). An invalid value shows no rows.
    void setParentFilter(const QString& field, const QVariant& value);
    // A further condition written by the program, never from user text: "t.status IN ('oppen')"; `values`
    // bind its ? marks in order. An empty condition removes it.
    void setCondition(const QString& condition, const QVariantList& values = {});
    // Only the records of one municipality (their own or their owner's) and, when `from` is valid, those
    // dated from `from` to `to` by the register's dateField. Replaces the condition.
    void setScope(qint64 municipalityId, const QDate& from = {}, const QDate& to = {});
    // Columns worked out rather than stored, shown after the fields' columns, read only; replaces those set
    // before (their expression may name a date or a setting that has since changed).
    void setComputedColumns(const QList<ComputedColumn>& columns);
    // Columns shown but not edited in this table (a case's status, changed by closing it).
    void setReadOnlyFields(const QStringList& fields) { m_readOnly = fields; }
    // A colour for rows that need attention (an overdue action); an invalid colour leaves a row as it is.
    void setRowTint(std::function<QColor(const Record&)> tint);
    // Rows where any shown text, code label or referenced name contains `text`, or whose searched text
    // (Search) holds each of its words.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

    QString uuidAt(int row) const;
    // The row of a loaded record, or -1.
    int rowOf(const QString& uuid) const;
    // The row of a record the filters let through, loading the pages down to it; -1 when they hide it.
    int loadRowOf(const QString& uuid);
    // All rows that pass the filters, loaded or not.
    qint64 totalCount() const { return m_total; }
    // Every row that passes the filters, loaded or not, in the order shown, as a sheet titled `title` with
    // the columns shown: what the table shows, for a spreadsheet.
    Status writeTo(SheetWriter& writer, const QString& title, Progress& progress = Progress::none()) const;
    // Reads again the loaded rows among `uuids` (changed by another client on a server), and only those: a
    // row that no longer passes the filters, or no longer exists, leaves the table.
    void refreshRows(const QSet<QString>& uuids);
    // The rows read from the database since the model was made: how tests see what a refresh cost.
    qint64 rowsRead() const { return m_rowsRead; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // An edit in the table that the file refused; the message is for the user.
    void editFailed(const QString& message);
    // An edit in the table refused because another client changed the row since it was read: the row as it
    // is now, and the row as this edit would have left it. Nothing was saved.
    void editConflicted(const lk::Conflict& conflict, const QVariantMap& mine);

private:
    struct Row {
        Record record;
        QHash<QString, QString> referenced; // the display text of each reference column
        QHash<QString, QVariant> computed;  // the value of each computed column
    };

    void reload();
    // All rows that pass the filters, counted in SQL.
    qint64 countRows() const;
    QList<Row> query(int offset, int limit) const;
    // Calls `each` with the rows from `offset`, at most `limit` of them (-1: all), in the order shown.
    // With `onlyUuid`, that record alone, if the filters let it through.
    Status read(int offset, int limit, const std::function<Status(const Row&)>& each,
                const QString& onlyUuid = {}) const;
    QString fromAndWhere(QVariantList& values) const;
    QString orderExpression(QVariantList& values) const;
    // The SQL of a column's value; a computed column's bound values are appended to `values`.
    QString expressionFor(const FieldSpec& field, QVariantList& values) const;
    const ComputedColumn* computedOf(const FieldSpec& field) const;
    QVariant valueOf(const Row& row, const FieldSpec& field) const;
    void setColumns();

    Document* m_document;
    const RegisterSpec& m_spec;
    QList<const FieldSpec*> m_fieldColumns;
    QList<ComputedColumn> m_computed;
    QList<const FieldSpec*> m_columns; // the fields' columns, then the computed ones
    QString m_parentField;
    QVariant m_parentValue;
    QString m_text;
    QString m_condition;
    QStringList m_readOnly;
    QVariantList m_conditionValues;
    std::function<QColor(const Record&)> m_tint;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_loaded = false;
    int m_deferring = 0;         // Deferred objects alive
    bool m_reloadWanted = false; // a reload was asked for while deferring
    mutable qint64 m_rowsRead = 0;
};

} // namespace lk
