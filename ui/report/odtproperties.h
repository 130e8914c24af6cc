// OdtProperties: how Qt's formats read as ODF formatting properties: a run's bold, size and colour, a table
// cell's lines, padding and background, a paragraph's alignment. Only what differs from what the paragraph's
// named style already gives: that is what makes an automatic style.
#pragma once

#include <QColor>
#include <QString>

class QTextCharFormat;
class QTextTable;
class QTextTableCell;

namespace lk {

class OdtProperties {
public:
    // What a run of text has from its paragraph and cell.
    struct Inherited {
        bool bold = false;  // its style is bold (a heading, a table's head)
        bool sized = false; // its style sets its size (a heading)
        QString family;     // the document's font
        double size = 10;   // the document's point size
        QColor background;  // its cell's, which Qt gives the text as well
    };

    // ` fo:font-weight="bold" …`, or nothing when the run is as its paragraph.
    static QString text(const QTextCharFormat& format, const Inherited& inherited);
    // The lines as LibreOffice writes them (each once), the padding, the background and the vertical
    // alignment of `cell`.
    static QString cell(const QTextTable& table, const QTextTableCell& cell);
    // fo:text-align's value: "start", "center", "end" or "justify".
    static QString alignment(Qt::Alignment value);
};

} // namespace lk
