// ImageData: the pictures a file holds (a photo of an observation, a map of an area) as the bytes of a PNG or
// JPEG. Checked by their content, not their file name, and scaled down on the way in, so that a photo from a
// phone (4000 px, 5 MB) does not make the file grow by megabytes.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace lk {

class ImageData {
public:
    // "PNG" or "JPEG", from the first bytes; empty for anything else.
    static QString formatOf(const QByteArray& bytes);
    // The width and height the header gives, without decoding the picture; invalid when unreadable.
    static QSize sizeOf(const QByteArray& bytes);
    // Checks that the bytes are a readable PNG or JPEG no larger than `maxSide` pixels either way; the
    // message names `label`.
    static Status check(const QByteArray& bytes, int maxSide, const QString& label);
    // Reads a picture (as read from a file) and returns it as PNG or JPEG no larger than `maxSide` either
    // way: kept byte for byte when it already is, else scaled with its proportions kept and written in its
    // own format (a photo stays JPEG).
    static Result<QByteArray> fit(const QByteArray& bytes, int maxSide);
    // "JPEG, 1600 × 1200 px, 240 kB": how a picture reads in a list, the change log or a message.
    static QString describe(const QByteArray& bytes);
};

} // namespace lk
