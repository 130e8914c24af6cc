#include "promises/statusdelegate.h"

#include "promises/promisetreemodel.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace lk {

namespace {

QIcon statusIcon(const QString& status) {
    static QHash<QString, QIcon> icons;
    auto found = icons.find(status);
    if (found != icons.end())
        return *found;
    QPixmap dot(16, 16);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(StatusDelegate::colourOf(status));
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return *icons.insert(status, QIcon(dot));
}

} // namespace

QColor StatusDelegate::colourOf(const QString& status) {
    if (status == QStringLiteral("genomford"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QStringLiteral("paborjad"))
        return QColor(0x15, 0x65, 0xc0);
    if (status == QStringLiteral("forsenad"))
        return QColor(0xef, 0x6c, 0x00);
    if (status == QStringLiteral("avford"))
        return QColor(0x42, 0x42, 0x42);
    return QColor(0xbd, 0xbd, 0xbd);
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // A focus area has no status of its own: only the promises beneath one get a dot.
    if (index.column() != PromiseTreeModel::StatusColumn || !index.parent().isValid())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = statusIcon(index.data(PromiseTreeModel::StatusCodeRole).toString());
    // Sized as Qt sizes an icon that a model gives: its own size, at most the view's.
    const QIcon::Mode mode = !(option->state & QStyle::State_Enabled)   ? QIcon::Disabled
                             : (option->state & QStyle::State_Selected) ? QIcon::Selected
                                                                        : QIcon::Normal;
    const QIcon::State state = option->state & QStyle::State_Open ? QIcon::On : QIcon::Off;
    option->decorationSize =
        option->decorationSize.boundedTo(option->icon.actualSize(option->decorationSize, mode, state));
}

} // namespace lk
