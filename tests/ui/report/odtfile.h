// Helpers for the ODT tests: an ODT file opened with libzip (its parts in order, how each is packed), and
// its structure as text (headings, page, footer, meta, page breaks, tables, pictures) for the golden file.
#pragma once

#include "catchqt.h"
#include "zipparts.h"

#include <QByteArray>
#include <QImage>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace lk::test {

class OdtFile {
public:
    using Part = ZipPart;

    explicit OdtFile(const QString& path)
        : parts(zipParts(path)) {}

    QList<Part> parts;

    QByteArray part(const QString& name) const {
        for (const Part& part : parts) {
            if (part.name == name)
                return part.bytes;
        }
        FAIL("no part " << name.toStdString());
        return {};
    }
    QString xml(const char* name) const { return QString::fromUtf8(part(QString::fromLatin1(name))); }
};

// The attribute `name` (prefix:local) of the reader's current element.
inline QString attribute(const QXmlStreamReader& reader, const char* name) {
    for (const QXmlStreamAttribute& attribute : reader.attributes()) {
        if (attribute.qualifiedName() == QLatin1String(name))
            return attribute.value().toString();
    }
    return {};
}

// Every element's text up to its end, the reader then on that end.
inline QString textOf(QXmlStreamReader& reader) {
    QString text;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (reader.qualifiedName() == QLatin1String("text:line-break"))
                text += u'\n';
            else if (reader.qualifiedName() == QLatin1String("text:s"))
                text += QString(std::max(1, attribute(reader, "text:c").toInt()), u' ');
        } else if (reader.isEndElement()) {
            --depth;
        } else if (reader.isCharacters()) {
            text += reader.text();
        }
    }
    return text;
}

// What a reader of the ODT meets, as lines of text: meta, page, footer, headings, page breaks, tables and
// pictures. The creation date is left out, as it changes with every run.
inline QString odtStructure(const OdtFile& odt) {
    QStringList lines;
    QXmlStreamReader meta(odt.xml("meta.xml"));
    while (!meta.atEnd()) {
        meta.readNext();
        if (!meta.isStartElement())
            continue;
        const QString name = meta.qualifiedName().toString();
        if (name == QStringLiteral("dc:title") || name == QStringLiteral("dc:language") ||
            name == QStringLiteral("dc:creator") || name == QStringLiteral("dc:subject"))
            lines << QStringLiteral("meta %1: %2").arg(name, meta.readElementText());
        else if (name == QStringLiteral("meta:generator"))
            lines << QStringLiteral("meta generator: %1").arg(meta.readElementText().section(u'/', 0, 0));
    }
    QXmlStreamReader styles(odt.xml("styles.xml"));
    while (!styles.atEnd()) {
        styles.readNext();
        if (!styles.isStartElement())
            continue;
        const QString name = styles.qualifiedName().toString();
        if (name == QStringLiteral("style:page-layout-properties"))
            lines << QStringLiteral("page %1 × %2 %3, margins top %4 bottom %5 left %6 right %7")
                         .arg(attribute(styles, "fo:page-width"), attribute(styles, "fo:page-height"),
                              attribute(styles, "style:print-orientation"),
                              attribute(styles, "fo:margin-top"), attribute(styles, "fo:margin-bottom"),
                              attribute(styles, "fo:margin-left"), attribute(styles, "fo:margin-right"));
        else if (name == QStringLiteral("style:default-style") &&
                 attribute(styles, "style:family") == QStringLiteral("paragraph")) {
            while (styles.readNextStartElement()) {
                if (styles.qualifiedName() == QLatin1String("style:text-properties"))
                    lines << QStringLiteral("default font %1 %2, language %3-%4")
                                 .arg(attribute(styles, "style:font-name"), attribute(styles, "fo:font-size"),
                                      attribute(styles, "fo:language"), attribute(styles, "fo:country"));
                styles.skipCurrentElement();
            }
        } else if (name == QStringLiteral("style:footer")) {
            QString footer;
            while (!(styles.isEndElement() && styles.qualifiedName() == QLatin1String("style:footer"))) {
                styles.readNext();
                if (styles.isStartElement() && styles.qualifiedName() != QLatin1String("text:p"))
                    footer += QStringLiteral("<%1>").arg(styles.qualifiedName());
                else if (styles.isCharacters() && !styles.isWhitespace() &&
                         !(styles.text() == QLatin1String("1")))
                    footer += styles.text();
            }
            lines << QStringLiteral("footer %1").arg(footer);
        }
    }
    // Which automatic styles break the page before their paragraph or table.
    QXmlStreamReader content(odt.xml("content.xml"));
    QSet<QString> breaking;
    QString style;
    int breaks = 0;
    int tables = 0;
    while (!content.atEnd()) {
        content.readNext();
        if (!content.isStartElement())
            continue;
        const QString name = content.qualifiedName().toString();
        if (name == QStringLiteral("style:style")) {
            style = attribute(content, "style:name");
        } else if (name == QStringLiteral("style:paragraph-properties") ||
                   name == QStringLiteral("style:table-properties")) {
            if (attribute(content, "fo:break-before") == QStringLiteral("page"))
                breaking.insert(style);
        } else if (name == QStringLiteral("text:h")) {
            const QString level = attribute(content, "text:outline-level");
            const bool newPage = breaking.contains(attribute(content, "text:style-name"));
            breaks += newPage;
            lines << QStringLiteral("%1heading %2%3: %4")
                         .arg(QString(level.toInt() * 2, u' '), level,
                              newPage ? QStringLiteral(" (new page)") : QString(), textOf(content));
        } else if (name == QStringLiteral("text:p")) {
            breaks += breaking.contains(attribute(content, "text:style-name"));
        } else if (name == QStringLiteral("table:table")) {
            ++tables;
            breaks += breaking.contains(attribute(content, "table:style-name"));
            int columns = 0;
            int rows = 0;
            int headerRows = 0;
            bool inHeader = false;
            int depth = 1;
            while (depth > 0) {
                content.readNext();
                if (content.isStartElement()) {
                    ++depth;
                    const QString inner = content.qualifiedName().toString();
                    if (inner == QStringLiteral("table:table-column"))
                        ++columns;
                    else if (inner == QStringLiteral("table:table-header-rows"))
                        inHeader = true;
                    else if (inner == QStringLiteral("table:table-row")) {
                        ++rows;
                        headerRows += inHeader;
                    }
                } else if (content.isEndElement()) {
                    --depth;
                    if (content.qualifiedName() == QLatin1String("table:table-header-rows"))
                        inHeader = false;
                }
            }
            lines << QStringLiteral("table %1: %2 rows × %3 columns, %4 header rows")
                         .arg(tables)
                         .arg(rows)
                         .arg(columns)
                         .arg(headerRows);
        } else if (name == QStringLiteral("draw:frame")) {
            const QString size = QStringLiteral("%1 × %2").arg(attribute(content, "svg:width"),
                                                               attribute(content, "svg:height"));
            QString href;
            QString title;
            QString description;
            while (content.readNextStartElement()) {
                if (content.qualifiedName() == QLatin1String("draw:image")) {
                    href = attribute(content, "xlink:href");
                    content.skipCurrentElement();
                } else if (content.qualifiedName() == QLatin1String("svg:title")) {
                    title = content.readElementText();
                } else if (content.qualifiedName() == QLatin1String("svg:desc")) {
                    description = content.readElementText();
                } else {
                    content.skipCurrentElement();
                }
            }
            const QImage image = QImage::fromData(odt.part(href));
            lines << QStringLiteral("picture %1 (%2 × %3 px) %4: title “%5”, description “%6”")
                         .arg(href)
                         .arg(image.width())
                         .arg(image.height())
                         .arg(size, title, description);
        }
    }
    lines << QStringLiteral("page breaks: %1").arg(breaks);
    return lines.join(u'\n') + u'\n';
}

} // namespace lk::test
