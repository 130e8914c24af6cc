#include "report/pagenumberobject.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace lk {

namespace {

constexpr int keyProperty = QTextFormat::UserProperty + 10;

PageNumberObject* handlerOf(QTextDocument& document) {
    auto* layout = document.documentLayout();
    if (auto* handler = dynamic_cast<PageNumberObject*>(layout->handlerForObject(PageNumberObject::type)))
        return handler;
    return nullptr;
}

// A number set as the text around it is: laid out on the screen's resolution as the document's own lines
// are, so that it is drawn glyph for glyph as the number written in the text would be.
struct Line {
    QTextLayout layout;
    QTextLine line;
    Line(const QString& text, const QFont& font)
        : layout(text, font) {
        layout.beginLayout();
        line = layout.createLine();
        layout.endLayout();
    }
};

} // namespace

void PageNumberObject::replaceMarks(QTextDocument& document, const QHash<QString, QString>& marks) {
    auto* layout = document.documentLayout();
    if (!layout->handlerForObject(type))
        layout->registerHandler(type, new PageNumberObject(&document));
    QTextCursor edit(&document);
    edit.beginEditBlock();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        const QTextCursor mark = document.find(it.value());
        if (mark.isNull())
            continue;
        QTextCharFormat number = mark.charFormat();
        number.setObjectType(type);
        number.setProperty(keyProperty, it.key());
        QTextCursor at(mark);
        at.insertText(QString(QChar::ObjectReplacementCharacter), number);
    }
    edit.endEditBlock();
}

QHash<QString, QString>& PageNumberObject::numbers(QTextDocument& document) {
    static QHash<QString, QString> none;
    PageNumberObject* handler = handlerOf(document);
    return handler ? handler->m_numbers : none;
}

QSizeF PageNumberObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format) {
    // As wide as two digits and as high as the text above its baseline: the line keeps the height, and the
    // number its baseline, that the text beside it has.
    const Line line(QStringLiteral("00"), format.toCharFormat().font());
    return {line.line.naturalTextWidth(), line.line.ascent()};
}

void PageNumberObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                  const QTextFormat& format) {
    const QString text = m_numbers.value(format.property(keyProperty).toString());
    if (text.isEmpty())
        return;
    const Line line(text, format.toCharFormat().font());
    // Its right edge where the object's is (the contents' numbers stand right-aligned), on the same baseline.
    line.layout.draw(
        painter, QPointF(rect.right() - line.line.naturalTextWidth(), rect.bottom() - line.line.ascent()));
}

} // namespace lk
