#include "promises/lightdelegate.h"

#include "common/trafficlight.h"
#include "promises/promisetreemodel.h"

namespace lk {

void LightDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // A focus area has no assessment of its own: only the promises beneath one get a dot.
    const QVariant light = index.data(PromiseTreeModel::LightRole);
    if (!light.isValid() || !index.parent().isValid())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = lightIcon(PromiseProgress::Light(light.toInt()));
    // Sized as Qt sizes an icon that a model gives: its own size, at most the view's.
    const QIcon::Mode mode = !(option->state & QStyle::State_Enabled)   ? QIcon::Disabled
                             : (option->state & QStyle::State_Selected) ? QIcon::Selected
                                                                        : QIcon::Normal;
    const QIcon::State state = option->state & QStyle::State_Open ? QIcon::On : QIcon::Off;
    option->decorationSize =
        option->decorationSize.boundedTo(option->icon.actualSize(option->decorationSize, mode, state));
}

} // namespace lk
