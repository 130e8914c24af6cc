#include "privacy/auditlogmodel.h"

#include "document/document.h"

namespace lk {

AuditLogModel::AuditLogModel(Document* document, AuditQuery::Filter filter, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_text(document->database().connection())
    , m_filter(std::move(filter)) {
    // Every change writes an audit row, and may rename a record a row points at.
    connect(m_document, &Document::changed, this, &AuditLogModel::reload);
    reload();
}

void AuditLogModel::setFilter(const AuditQuery::Filter& filter) {
    m_filter = filter;
    reload();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : AuditText::ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.value(index.column());
    case Qt::ToolTipRole:
        // The summary is cut to the column; the whole of it on hover.
        return index.column() == AuditText::Changes ? row.texts.value(index.column()) : QVariant();
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= AuditText::ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return AuditText::columnTitle(section);
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<Row> more = load(m_rows.constLast().entry, pageSize);
    if (more.isEmpty()) {
        // The log shrank under the view (an import thinned it): what is loaded is all there is.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QList<AuditLogModel::Row> AuditLogModel::load(const std::optional<AuditEntry>& after, int limit) const {
    QList<Row> rows;
    auto entries = AuditQuery(m_document->database().connection(), m_filter).page(after, limit);
    if (!entries) {
        m_document->reportReadFailure(entries.message());
        return rows;
    }
    rows.reserve(entries->size());
    for (const AuditEntry& entry : std::as_const(*entries))
        rows.append(Row{entry, m_text.row(entry)});
    return rows;
}

void AuditLogModel::reload() {
    m_text.forgetNames();
    auto count = AuditQuery(m_document->database().connection(), m_filter).count();
    if (!count)
        m_document->reportReadFailure(count.message());
    // As many rows as were loaded, so that a view scrolled far down stays where it was.
    const QList<Row> rows = load(std::nullopt, std::max<int>(pageSize, int(m_rows.size())));
    beginResetModel();
    m_rows = rows;
    m_total = count ? std::max<qint64>(*count, m_rows.size()) : m_rows.size();
    endResetModel();
}

} // namespace lk
