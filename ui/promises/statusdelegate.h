// StatusDelegate: paints each promise's latest status (PromiseTreeModel::StatusCodeRole) as a coloured dot in
// the promise tree, in the colours the council report uses for the activity scale, so that the tree reads
// the same way. The model only says which status a row has; the colour is the view's.
#pragma once

#include <QStyledItemDelegate>

namespace lk {

class StatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The colour of a status code; grey for one not reported (an empty code).
    static QColor colourOf(const QString& status);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace lk
