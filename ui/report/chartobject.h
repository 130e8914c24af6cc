// ChartObject: a chart inside a report's QTextDocument as vector graphics. The document holds the chart's
// recorded drawing (a QPicture) in a character of its own; the layout asks this handler for its size and has
// it replay the drawing wherever the page is painted, PDF or printer, at the page's full resolution.
#pragma once

#include <QObject>
#include <QPicture>
#include <QTextObjectInterface>

class QTextDocument;

namespace lk {

class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int type = QTextFormat::UserObject + 1;

    // Registers the handler on `document` (once) and turns each image "chart:N" of it into the picture
    // `pictures[N - 1]`, at the size the image had in the text.
    static void replaceImages(QTextDocument& document, const QList<QPicture>& pictures);

    // The drawing a chart's character holds.
    static QPicture pictureOf(const QTextFormat& format);
    // Replays `picture` into `rect` on `painter`'s device, whatever its resolution. Needs nothing but its
    // arguments, so that any thread may draw a chart into an image (the ODT's pictures).
    static void play(QPainter* painter, const QRectF& rect, const QPicture& picture);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    using QObject::QObject;
};

} // namespace lk
