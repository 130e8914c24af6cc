// OdtWriter: a report's QTextDocument as an OpenDocument text (ODT) to go on editing in LibreOffice or Word:
// real headings on the standard heading styles (the navigator, a table of contents and a municipality's
// template all work on them), the PDF's A4 page with its page numbers, its page breaks, tables with their
// repeated head, and the charts as PNG pictures with their alt text.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

class QTextDocument;

namespace lk {

class OdtWriter {
public:
    // What the file says about itself (meta.xml), chosen by the caller; each part may be left out
    // ({.title = …, .language = …}).
    struct Meta {
        QString title = {};
        QString author = {}; // who sends it: the municipality's report sender
        QString subject = {};
        // BCP 47, "sv-SE": the language the text is written in, for the spelling checker and screen readers.
        QString language = {};
        // Alt text by image name, for an image whose format carries none (QTextFormat::ImageAltText).
        QMap<QString, QString> altTexts = {};
        // When the file was made; the current time when left empty.
        QDateTime created = {};
    };

    // The whole file. `document` should be laid out for PagedOutput::a4(), so that a column without a
    // width keeps the width it has on the PDF's page.
    static Result<QByteArray> package(const QTextDocument& document, const Meta& meta);
    // Writes the file whole or not at all (FileWrite).
    static Status write(const QTextDocument& document, const QString& path, const Meta& meta);
};

} // namespace lk
