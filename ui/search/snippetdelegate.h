// SnippetDelegate: a search hit's text with the words found in bold (the model's marked snippet).
#pragma once

#include <QStyledItemDelegate>

namespace lk {

class SnippetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The marked text as HTML: escaped, the words found in <b>.
    static QString html(const QString& marked);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace lk
