// WalkProtocol: the protocol of one safety walk (protokoll från trygghetsvandring), the document a
// municipality publishes within weeks of a walk: the walk, who took part, every observation with its action,
// who is responsible and by when, and a summary. One QTextDocument, from which the PDF, the ODT, the printout
// and the plain text the golden test compares are all made. It holds what the registers hold and nothing
// more: participants are counts, and citizens who sent something in are never named.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;
class QWidget;

namespace lk {

struct WalkProtocolContent;

class WalkProtocol {
public:
    enum class Format { Pdf, Odt };

    static Result<std::unique_ptr<QTextDocument>> build(const Repository& repository, qint64 walkId);
    // "Protokoll från trygghetsvandring, Salems centrum 2021-10-12": the PDF's title.
    static Result<QString> title(const Repository& repository, qint64 walkId);
    // "Trygghetsvandring Salems centrum 2021-10-12.pdf": what the save dialog offers, without a folder.
    static Result<QString> suggestedFileName(const Repository& repository, qint64 walkId,
                                             Format format = Format::Pdf);
    // The protocol as plain text, a table cell a line: what the golden file holds.
    static Result<QString> text(const Repository& repository, qint64 walkId);

    static Status write(const Repository& repository, qint64 walkId, const QString& path,
                        Format format = Format::Pdf);
    static Status writePdf(const Repository& repository, qint64 walkId, const QString& path) {
        return write(repository, walkId, path, Format::Pdf);
    }
    // Onto a printer or any other paged device, on A4 with page numbers.
    static Status paint(const Repository& repository, qint64 walkId, QPagedPaintDevice& device);

    // Asks for a file (PDF or ODT, by the name's suffix) and writes the protocol there; a failure is shown in
    // a message box. Returns the path written, or nothing when the user cancelled or it failed.
    static QString exportInteractively(QWidget* parent, const Repository& repository, qint64 walkId);
    // Shows the print dialog and prints the protocol; false when cancelled or failed (and then said).
    static bool printInteractively(QWidget* parent, const Repository& repository, qint64 walkId);

private:
    static QString title(const WalkProtocolContent& content);
};

} // namespace lk
