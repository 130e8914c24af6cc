// PrintedDocument: how a laid-out document leaves the window, the same for every one: a print preview
// (QPrintPreviewDialog on A4, printed from there) and "Save as PDF…" (a save dialog, then the PDF written
// whole or not at all). The council report and a meeting's minutes use it; PagedOutput lays the pages out.
#pragma once

#include <QString>

class QTextDocument;
class QWidget;

namespace lk {

class PrintedDocument {
public:
    // Shows the pages in a print preview, from which they are printed; `caption` titles the window.
    static void preview(QWidget* parent, QTextDocument& document, const QString& caption);
    // Asks where, offering `suggestedName` (no folder) in the user's documents, and writes the PDF there; a
    // failure is shown in a message box and leaves no file. Returns the path written, or nothing.
    static QString savePdf(QWidget* parent, QTextDocument& document, const QString& suggestedName,
                           const QString& caption);
};

} // namespace lk
