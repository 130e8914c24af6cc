#include "search/searchresultmodel.h"

#include "common/isodate.h"
#include "search/search.h"

#include <QFont>

namespace lk {

namespace {
// A register's row has no parent; a hit's row carries its register's row number plus one.
constexpr quintptr groupRow = 0;
} // namespace

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void SearchResultModel::setResult(const SearchResult& result) {
    beginResetModel();
    m_result = result;
    endResetModel();
}

const SearchHit* SearchResultModel::hitAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == groupRow)
        return nullptr;
    const SearchGroup& group = m_result.groups.at(int(index.internalId() - 1));
    return &group.hits.at(index.row());
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SearchResultModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == groupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRow);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_result.groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRow)
        return 0;
    return int(m_result.groups.at(parent.row()).hits.size());
}

int SearchResultModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupRow) {
        const SearchGroup& group = m_result.groups.at(index.row());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == TitleColumn)
            return group.spec->countOf(group.count);
        if (index.column() == TextColumn && group.hits.size() < group.count)
            return tr("the best %n shown", "", int(group.hits.size()));
        return {};
    }
    const SearchHit& hit = *hitAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return hit.title;
        case TextColumn:
            return Search::plain(hit.snippet);
        case DateColumn:
            return isoDate(hit.date);
        case MunicipalityColumn:
            return hit.municipality;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn    ? Search::plain(hit.snippet)
               : index.column() == TitleColumn ? hit.title
                                               : QVariant();
    case MarkedRole:
        return index.column() == TextColumn    ? hit.snippet
               : index.column() == TitleColumn ? hit.markedTitle
                                               : QVariant();
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Hit");
    case TextColumn:
        return tr("Text");
    case DateColumn:
        return tr("Date");
    case MunicipalityColumn:
        return tr("Municipality");
    default:
        return {};
    }
}

} // namespace lk
