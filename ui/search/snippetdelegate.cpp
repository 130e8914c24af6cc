#include "search/snippetdelegate.h"

#include "search/searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace lk {

QString SnippetDelegate::html(const QString& marked) {
    QString text = marked.simplified().toHtmlEscaped();
    text.replace(SearchHit::matchStart, QStringLiteral("<b>"))
        .replace(SearchHit::matchEnd, QStringLiteral("</b>"));
    return text;
}

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    const QString marked = index.data(SearchResultModel::MarkedRole).toString();
    if (marked.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    document.setDefaultFont(item.font);
    document.setDocumentMargin(0);
    document.setHtml(html(marked));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(
        QPalette::Text,
        item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    painter->save();
    painter->translate(area.left(), area.top() + (area.height() - int(document.size().height())) / 2);
    // One line, cut at the column's edge: the whole text is in the tooltip.
    context.clip = QRectF(0, 0, area.width(), area.height());
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace lk
