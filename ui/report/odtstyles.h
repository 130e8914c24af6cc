// OdtStyles: the styles.xml of the reports' OpenDocument text: the A4 page of the PDF with its page number
// "3 (12)" in the footer, the document's default font, and the standard named styles (Heading 1 …, Text
// body, Table Contents) that LibreOffice and Word know, so that a secretary can restyle the text to the
// municipality's own template and the navigator and a table of contents find every heading.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>

namespace lk {

class OdtStyles {
public:
    // `language` as BCP 47 ("sv-SE"): the spelling checker's language for the whole text.
    static QByteArray xml(const QFont& defaultFont, const QString& language);

    // The named styles content.xml builds on.
    static QString heading(int level) { return QStringLiteral("Heading_20_%1").arg(level); }
    static QString body() { return QStringLiteral("Text_20_body"); }
    static QString listItem() { return QStringLiteral("List"); }
    static QString tableContents() { return QStringLiteral("Table_20_Contents"); }
    static QString tableHeading() { return QStringLiteral("Table_20_Heading"); }
    static QString graphics() { return QStringLiteral("Graphics"); }
    static QString bulletList() { return QStringLiteral("List_20_1"); }
    static QString numberedList() { return QStringLiteral("Numbering_20_123"); }
    // The space a paragraph of body text leaves below itself, in the document's unit: the 12 pixels Qt
    // gives an HTML paragraph above and below (the two collapse into one there; in ODF they would add up).
    static constexpr double bodySpaceBelow = 12;
    // Qt's HTML heading sizes, as multiples of the default font's: h1 to h6.
    static double headingScale(int level);
};

} // namespace lk
