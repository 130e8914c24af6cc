// SearchResultModel: a search's hits as a tree: a row per register with how many it has, beneath it its best
// hits (title, the text around the words found, date, municipality).
#pragma once

#include "search/searchresult.h"

#include <QAbstractItemModel>

namespace lk {

class SearchResultModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, TextColumn, DateColumn, MunicipalityColumn, ColumnCount };
    // The title's and the text's words found marked (SearchHit::matchStart … matchEnd), for a delegate that
    // shows them in bold; empty where none is.
    static constexpr int MarkedRole = Qt::UserRole + 1;

    explicit SearchResultModel(QObject* parent = nullptr);

    void setResult(const SearchResult& result);
    const SearchResult& result() const { return m_result; }
    // The hit of a row, or nullptr for a register's row.
    const SearchHit* hitAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SearchResult m_result;
};

} // namespace lk
