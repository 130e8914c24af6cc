#include "report/chartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace lk {

namespace {

constexpr int pictureProperty = QTextFormat::UserProperty + 1;
constexpr int sizeProperty = QTextFormat::UserProperty + 2;

} // namespace

void ChartObject::replaceImages(QTextDocument& document, const QList<QPicture>& pictures) {
    auto* layout = document.documentLayout();
    if (!layout->handlerForObject(type))
        layout->registerHandler(type, new ChartObject(&document));
    // Collected first: replacing a character while walking the fragments would move them.
    QList<QPair<int, QTextImageFormat>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat() &&
                fragment.charFormat().toImageFormat().name().startsWith(QStringLiteral("chart:")))
                images.append({fragment.position(), fragment.charFormat().toImageFormat()});
        }
    }
    // One edit for all: the document is laid out once, not once per chart.
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const auto& [position, image] : images) {
        const int number = image.name().mid(6).toInt();
        if (number < 1 || number > pictures.size())
            continue;
        QTextCharFormat chart;
        chart.setObjectType(type);
        chart.setProperty(pictureProperty, QVariant::fromValue(pictures.at(number - 1)));
        chart.setProperty(sizeProperty, QSizeF(image.width(), image.height()));
        // What the image said it shows stays with the chart, for the ODT's alt text.
        for (const int text : {QTextFormat::ImageAltText, QTextFormat::ImageTitle}) {
            if (image.hasProperty(text))
                chart.setProperty(text, image.property(text));
        }
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    cursor.endEditBlock();
}

QSizeF ChartObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format) {
    return format.property(sizeProperty).toSizeF();
}

QPicture ChartObject::pictureOf(const QTextFormat& format) {
    return format.property(pictureProperty).value<QPicture>();
}

void ChartObject::play(QPainter* painter, const QRectF& rect, const QPicture& picture) {
    const QRectF drawn = picture.boundingRect();
    if (drawn.isEmpty())
        return;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / drawn.width(), rect.height() / drawn.height());
    // Replaying a picture scales it from the resolution it was recorded at to the device's; the painter is
    // already scaled to the page, so that scaling is taken back.
    if (const QPaintDevice* device = painter->device(); device && device->logicalDpiX() > 0)
        painter->scale(double(picture.logicalDpiX()) / device->logicalDpiX(),
                       double(picture.logicalDpiY()) / device->logicalDpiY());
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

void ChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                             const QTextFormat& format) {
    // The layout also offers a chart whose line moved on to the next page; drawn here it would leave its
    // text, invisible but extractable, on the page before.
    if (painter->hasClipping() && painter->clipBoundingRect().intersected(rect).height() < 1)
        return;
    play(painter, rect, pictureOf(format));
}

} // namespace lk
