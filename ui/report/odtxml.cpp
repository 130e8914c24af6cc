#include "report/odtxml.h"

namespace lk {

namespace {

QString number(double value) {
    QString text = QString::number(value, 'f', 3);
    // "4.200" reads as "4.2": shorter parts, same lengths.
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

} // namespace

QString OdtXml::namespaces() {
    return QStringLiteral(
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
        "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"");
}

QString OdtXml::escaped(const QString& text) {
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            safe += QStringLiteral("&amp;");
            break;
        case u'<':
            safe += QStringLiteral("&lt;");
            break;
        case u'>':
            safe += QStringLiteral("&gt;");
            break;
        case u'"':
            safe += QStringLiteral("&quot;");
            break;
        case u'\t':
        case u'\n':
            safe += c;
            break;
        default:
            // Control characters, and the non-characters (Qt marks a frame's start and end with two).
            if (c.unicode() >= 0x20 && !c.isNonCharacter())
                safe += c;
        }
    }
    return safe;
}

QString OdtXml::attribute(const QString& name, const QString& value) {
    return QStringLiteral(" %1=\"%2\"").arg(name, escaped(value));
}

QString OdtXml::cm(double pixels) {
    return number(pixels * 2.54 / 96) + QStringLiteral("cm");
}

QString OdtXml::pt(double pixels) {
    return number(pixels * 72 / 96) + QStringLiteral("pt");
}

QString OdtXml::points(double size) {
    return number(size) + QStringLiteral("pt");
}

} // namespace lk
