// RecordTableModel: the rows of one register as a table that loads page by page and sorts and filters in SQL.
#pragma once

#include "common/progress.h"
#include "common/result.h"
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

    // `columns` names the fields shown, in order.
    RecordTableModel(Document* document, const RegisterSpec& spec, const QStringList& columns,
                     QObject* parent = nullptr);

    const RegisterSpec& spec() const { return m_spec; }
    const FieldSpec& columnField(int column) const { return *m_columns.at(column); }

    // Only rows whose `field` equals `value` (the targets of one promise). An invalid value shows no rows.
    void setParentFilter(const QString& field, const QVariant& value);
    // A further condition written by the program, never from user text: "t.status IN ('oppen')"; `values`
    // bind its ? marks in order. An empty condition removes it.
    void setCondition(const QString& condition, const QVariantList& values = {});
    // Only the records of one municipality (their own or their owner's) and, when `from` is valid, those
    // dated from `from` to `to` by the register's dateField. Replaces the condition.
    void setScope(qint64 municipalityId, const QDate& from = {}, const QDate& to = {});
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

private:
    struct Row {
        Record record;
        QHash<QString, QString> referenced; // the display text of each reference column
    };

    void reload();
    QList<Row> query(int offset, int limit) const;
    // Calls `each` with the rows from `offset`, at most `limit` of them (-1: all), in the order shown.
    Status read(int offset, int limit, const std::function<Status(const Row&)>& each) const;
    QString fromAndWhere(QVariantList& values) const;
    QString orderExpression(QVariantList& values) const;
    QString expressionFor(const FieldSpec& field) const;

    Document* m_document;
    const RegisterSpec& m_spec;
    QList<const FieldSpec*> m_columns;
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
};

} // namespace lk
