// PageNumberObject: a page number in a report's contents, written where the number stands once the pages are
// laid out. The contents hold a character of their own for each number; the layout asks this handler for its
// size and has it draw the number it was given, so that filling the numbers in moves nothing and needs no
// second layout of the whole report.
#pragma once

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace lk {

class PageNumberObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int type = QTextFormat::UserObject + 2;

    // Registers the handler on `document` (once) and turns each text `marks[key]` in it into a page number
    // that numbers() fills in under `key`. One edit for all, before the document is laid out.
    static void replaceMarks(QTextDocument& document, const QHash<QString, QString>& marks);
    // The numbers, by key, that the handler of `document` draws; empty until filled.
    static QHash<QString, QString>& numbers(QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    using QObject::QObject;
    QHash<QString, QString> m_numbers;
};

} // namespace lk
