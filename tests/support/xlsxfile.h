// XlsxFile: an Excel workbook as a test reads it back: its sheets by name, each cell's type, style and value,
// each sheet's autofilter, frozen pane and column widths, and the number format of a cell's style.
#pragma once

#include "catchqt.h"
#include "zipparts.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace lk::test {

class XlsxFile {
public:
    struct Cell {
        QString type; // "n" (a number, also a date), "inlineStr", "s" (shared string), "str", "b"
        int style = 0;
        QString value; // the number as written, or the text
    };
    struct Sheet {
        QString name;
        QHash<QString, Cell> cells;        // by reference: "A1"
        QString autoFilter;                // its ref: "A1:M92"
        QString frozenAt;                  // the top-left cell below a frozen pane, "A2"
        QList<double> widths;              // per <col>, in order
        QHash<QString, QString> pageSetup; // <pageSetup>'s attributes: orientation, paperSize, fitToWidth, …
        bool fitToPage = false;            // <pageSetUpPr fitToPage="1">: the fit above applies
        QString header;                    // what each printed page says at its head and foot
        QString footer;
        QString printTitles;        // the rows repeated on each printed page: "'Blad'!$1:$1"
        int rows = 0;               // the rows with any cell, the header included
        QHash<int, double> heights; // the rows given a height of their own (1-based), in points
        // The cells of a row (1-based) from column A on, as text.
        QStringList row(int number) const;
    };

    explicit XlsxFile(const QString& path) {
        for (const ZipPart& part : zipParts(path))
            m_parts.insert(part.name, part.bytes);
        readStyles();
        readSheets();
    }

    QList<Sheet> sheets;
    QStringList names() const {
        QStringList all;
        for (const Sheet& sheet : sheets)
            all << sheet.name;
        return all;
    }
    const Sheet& sheet(const QString& name) const {
        for (const Sheet& sheet : sheets) {
            if (sheet.name == name)
                return sheet;
        }
        FAIL("no sheet " << name.toStdString() << " among "
                         << names().join(QStringLiteral(", ")).toStdString());
        return sheets.first();
    }
    // The number format of a cell style: "yyyy-mm-dd", or "General".
    QString numberFormat(int style) const {
        const int id = m_styleFormats.value(style, 0);
        return m_formats.value(id,
                               id == 0 ? QStringLiteral("General") : QStringLiteral("built-in %1").arg(id));
    }

    // Whether a cell style wraps its text within the column.
    bool wraps(int style) const { return m_wrapping.contains(style); }

private:
    QByteArray part(const QString& name) const {
        REQUIRE(m_parts.contains(name));
        return m_parts.value(name);
    }
    static QString attribute(const QXmlStreamReader& reader, const char* name) {
        return reader.attributes().value(QLatin1String(name)).toString();
    }

    void readStyles() {
        QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
                m_formats.insert(attribute(xml, "numFmtId").toInt(), attribute(xml, "formatCode"));
            else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
                m_styleFormats << attribute(xml, "numFmtId").toInt();
            else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("alignment") &&
                     attribute(xml, "wrapText") == QStringLiteral("1"))
                m_wrapping.insert(int(m_styleFormats.size()) - 1);
        }
        if (m_parts.contains(QStringLiteral("xl/sharedStrings.xml"))) {
            QXmlStreamReader strings(part(QStringLiteral("xl/sharedStrings.xml")));
            while (!strings.atEnd()) {
                strings.readNext();
                if (strings.isStartElement() && strings.name() == QLatin1String("t"))
                    m_shared << strings.readElementText();
            }
        }
    }

    void readSheets() {
        // The workbook names the sheets and their relationship ids; the relationships name their parts.
        QHash<QString, QString> targets;
        QXmlStreamReader rels(part(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!rels.atEnd()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1String("Relationship"))
                targets.insert(attribute(rels, "Id"), attribute(rels, "Target"));
        }
        QXmlStreamReader workbook(part(QStringLiteral("xl/workbook.xml")));
        QHash<int, QString> printTitles; // by the sheet's index
        while (!workbook.atEnd()) {
            workbook.readNext();
            if (workbook.isStartElement() && workbook.name() == QLatin1String("definedName") &&
                attribute(workbook, "name") == QStringLiteral("_xlnm.Print_Titles")) {
                const int index = attribute(workbook, "localSheetId").toInt();
                printTitles.insert(index, workbook.readElementText());
                continue;
            }
            if (!workbook.isStartElement() || workbook.name() != QLatin1String("sheet"))
                continue;
            Sheet sheet;
            sheet.name = attribute(workbook, "name");
            readSheet(sheet, QStringLiteral("xl/") +
                                 targets.value(workbook.attributes()
                                                   .value(QLatin1String("http://schemas.openxmlformats.org/"
                                                                        "officeDocument/2006/relationships"),
                                                          QLatin1String("id"))
                                                   .toString()));
            sheets << sheet;
        }
        // The names come after the sheets in workbook.xml.
        for (auto it = printTitles.cbegin(); it != printTitles.cend(); ++it) {
            if (it.key() < sheets.size())
                sheets[it.key()].printTitles = it.value();
        }
    }

    void readSheet(Sheet& sheet, const QString& name) {
        QXmlStreamReader xml(part(name));
        Cell* cell = nullptr;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto element = xml.name();
                if (element == QLatin1String("pane") && attribute(xml, "state") == QStringLiteral("frozen"))
                    sheet.frozenAt = attribute(xml, "topLeftCell");
                else if (element == QLatin1String("col"))
                    sheet.widths << attribute(xml, "width").toDouble();
                else if (element == QLatin1String("autoFilter"))
                    sheet.autoFilter = attribute(xml, "ref");
                else if (element == QLatin1String("pageSetup")) {
                    for (const QXmlStreamAttribute& a : xml.attributes())
                        sheet.pageSetup.insert(a.name().toString(), a.value().toString());
                } else if (element == QLatin1String("pageSetUpPr"))
                    sheet.fitToPage = attribute(xml, "fitToPage") == QStringLiteral("1");
                else if (element == QLatin1String("oddHeader"))
                    sheet.header = xml.readElementText();
                else if (element == QLatin1String("oddFooter"))
                    sheet.footer = xml.readElementText();
                else if (element == QLatin1String("row")) {
                    ++sheet.rows;
                    if (!attribute(xml, "ht").isEmpty())
                        sheet.heights.insert(attribute(xml, "r").toInt(), attribute(xml, "ht").toDouble());
                } else if (element == QLatin1String("c")) {
                    cell = &sheet.cells[attribute(xml, "r")];
                    cell->type = attribute(xml, "t").isEmpty() ? QStringLiteral("n") : attribute(xml, "t");
                    cell->style = attribute(xml, "s").toInt();
                } else if (cell && (element == QLatin1String("v") || element == QLatin1String("t"))) {
                    cell->value += xml.readElementText();
                    if (cell->type == QStringLiteral("s"))
                        cell->value = m_shared.value(cell->value.toInt());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                cell = nullptr;
            }
        }
    }

    QHash<QString, QByteArray> m_parts;
    QHash<int, QString> m_formats;
    QList<int> m_styleFormats;
    QSet<int> m_wrapping; // the styles whose text wraps within its column
    QStringList m_shared;
};

inline QStringList XlsxFile::Sheet::row(int number) const {
    QStringList texts;
    for (char column = 'A'; column <= 'Z'; ++column) {
        const QString ref = QString(QChar::fromLatin1(column)) + QString::number(number);
        if (!cells.contains(ref)) {
            // Empty cells are left out of the file: go on while a later one of the row is there.
            bool later = false;
            for (char next = char(column + 1); next <= 'Z'; ++next)
                later = later || cells.contains(QString(QChar::fromLatin1(next)) + QString::number(number));
            if (!later)
                break;
        }
        texts << cells.value(ref).value;
    }
    return texts;
}

} // namespace lk::test
