// PrintedDocument: how a laid-out document leaves the window, the same for every one: a print preview
// (QPrintPreviewDialog on A4, printed from there) and "Save as PDF…" (a save dialog, then the PDF written
// whole or not at all). The council report and a meeting's minutes use it; PagedOutput lays the pages out.
#pragma once

#include <QString>

#include <memory>

class QTextDocument;
class QWidget;

namespace lk {

class PrintedDocument {
public:
    // An empty document for an A4 page of text (a protocol, minutes): DejaVu Sans 10 pt, no margin of its
    // own, the page's content area as its page; fill it with setHtml().
    static std::unique_ptr<QTextDocument> blank();
    // Shows the pages in a print preview, from which they are printed; `caption` titles the window.
    static void preview(QWidget* parent, QTextDocument& document, const QString& caption);
    // Asks where, offering `suggestedName` (no folder) in the user's documents, and writes the PDF there; a
    // failure is shown in a message box and leaves no file. Returns the path written, or nothing.
    static QString savePdf(QWidget* parent, QTextDocument& document, const QString& suggestedName,
                           const QString& caption);
};

} // namespace lk
