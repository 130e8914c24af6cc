// OdtXml: what every part of an OpenDocument text shares: its namespaces, its lengths and text made safe to
// stand in XML.
#pragma once

#include <QString>

namespace lk {

class OdtXml {
public:
    // The ODF version every part declares: what LibreOffice 7 writes.
    static QString version() { return QStringLiteral("1.3"); }
    // The xmlns declarations for a part's root element.
    static QString namespaces();
    // `text` for an attribute or an element: markup characters escaped, and the characters XML 1.0 cannot
    // hold (control characters other than tab, a line or a paragraph break) left out.
    static QString escaped(const QString& text);
    // ` name="value"`, the value escaped.
    static QString attribute(const QString& name, const QString& value);
    // A length in the document's unit (a pixel at 96 dpi) as ODF writes it: "4.233cm", "0.75pt".
    static QString cm(double pixels);
    static QString pt(double pixels);
    // A point size as ODF writes it: "10pt", "8.5pt".
    static QString points(double size);
};

} // namespace lk
