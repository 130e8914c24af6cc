// LightDelegate: paints each promise's assessment (PromiseTreeModel::LightRole) as the traffic-light dot that
// Översikt and the report show for it, so that the promise tree reads the same way. The model only says which
// light a row has; the dot is the view's. The reported status beside it is words, not a colour.
#pragma once

#include <QStyledItemDelegate>

namespace lk {

class LightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace lk
