#include "common/imagedata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ImageData)
};

// Well above any picture worth keeping; a bigger file is refused before it is decoded.
constexpr qsizetype largestFile = 40 * 1024 * 1024;

} // namespace

QString ImageData::formatOf(const QByteArray& bytes) {
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("PNG");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("JPEG");
    return {};
}

QSize ImageData::sizeOf(const QByteArray& bytes) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatOf(bytes).toLatin1());
    return reader.size();
}

Status ImageData::check(const QByteArray& bytes, int maxSide, const QString& label) {
    if (formatOf(bytes).isEmpty())
        return Error{Text::tr("“%1” is not a PNG or JPEG picture.").arg(label)};
    const QSize size = sizeOf(bytes);
    if (!size.isValid() || size.isEmpty())
        return Error{Text::tr("“%1” is a damaged picture: its size cannot be read.").arg(label)};
    if (size.width() > maxSide || size.height() > maxSide)
        return Error{Text::tr("“%1” is %2 × %3 pixels; at most %4 pixels either way are kept.")
                         .arg(label)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(maxSide)};
    return {};
}

Result<QByteArray> ImageData::fit(const QByteArray& bytes, int maxSide) {
    if (bytes.size() > largestFile)
        return Error{Text::tr("The picture is %1 MB; pictures up to %2 MB can be read.")
                         .arg(bytes.size() / (1024 * 1024))
                         .arg(largestFile / (1024 * 1024))};
    const QString format = formatOf(bytes);
    if (format.isEmpty())
        return Error{
            Text::tr("This is not a PNG or JPEG picture. Save it as one of those and choose it again.")};
    const QSize size = sizeOf(bytes);
    if (size.isValid() && !size.isEmpty() && size.width() <= maxSide && size.height() <= maxSide)
        return bytes;
    QImage image = QImage::fromData(bytes, format.toLatin1());
    if (image.isNull())
        return Error{Text::tr("The picture is damaged and cannot be read.")};
    image = image.scaled(QSize(maxSide, maxSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray scaled;
    QBuffer buffer(&scaled);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format.toLatin1());
    if (format == QStringLiteral("JPEG"))
        writer.setQuality(85);
    if (!writer.write(image))
        return Error{Text::tr("The picture could not be scaled: %1").arg(writer.errorString())};
    return scaled;
}

QString ImageData::describe(const QByteArray& bytes) {
    const QString format = formatOf(bytes);
    if (format.isEmpty())
        return Text::tr("not a picture (%n byte(s))", "", int(std::min<qsizetype>(bytes.size(), INT_MAX)));
    const QSize size = sizeOf(bytes);
    // A few characters of its hash tell two pictures of the same size apart in the change log.
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(8));
    return Text::tr("%1, %2 × %3 px, %4 kB (%5)")
        .arg(format)
        .arg(size.width())
        .arg(size.height())
        .arg(QLocale().toString((bytes.size() + 1023) / 1024))
        .arg(hash);
}

} // namespace lk
