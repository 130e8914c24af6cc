// AuditLogModel: the audit log as a table, newest first, filtered in SQL and loaded a page at a time as the
// view scrolls.
#pragma once

#include "privacy/auditentry.h"
#include "privacy/auditquery.h"
#include "privacy/audittext.h"

#include <QAbstractTableModel>

namespace lk {

class Document;

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int pageSize = 200;

    explicit AuditLogModel(Document* document, AuditQuery::Filter filter = {}, QObject* parent = nullptr);

    void setFilter(const AuditQuery::Filter& filter);
    const AuditQuery::Filter& filter() const { return m_filter; }
    // All rows that pass the filter, loaded or not.
    qint64 totalCount() const { return m_total; }
    const AuditEntry& entry(int row) const { return m_rows.at(row).entry; }
    const AuditText& text() const { return m_text; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row {
        AuditEntry entry;
        QStringList texts; // made once, when the row is loaded
    };

    void reload();
    QList<Row> load(const std::optional<AuditEntry>& after, int limit) const;

    Document* m_document;
    AuditText m_text;
    AuditQuery::Filter m_filter;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace lk
