#include "report/odtcontent.h"

#include "report/chartobject.h"
#include "report/odtproperties.h"
#include "report/odtstyles.h"
#include "report/odtxml.h"
#include "report/pagedoutput.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

#include <cmath>
#include <utility>

namespace lk {

namespace {

// The resolution the document's own drawings (the charts) are drawn into pictures at.
constexpr double drawingDpi = 150;

bool near(double a, double b) {
    return std::abs(a - b) < 0.5;
}

bool numbered(QTextListFormat::Style style) {
    switch (style) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

} // namespace

OdtContent::OdtContent(const QTextDocument& document, const QMap<QString, QString>& altTexts,
                       PictureMade pictureMade)
    : m_document(document)
    , m_altTexts(altTexts)
    , m_pictureMade(std::move(pictureMade))
    , m_baseFamily(document.defaultFont().family())
    , m_baseSize(document.defaultFont().pointSizeF() > 0 ? document.defaultFont().pointSizeF() : 10) {}

QByteArray OdtContent::xml() {
    const double page = m_document.pageSize().width();
    flow(m_document.rootFrame()->begin(), Place::Body,
         page > 0 ? page - 2 * m_document.documentMargin() : PagedOutput::contentWidth());
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %1 "
                       "office:version=\"%2\"><office:automatic-styles>")
            .arg(OdtXml::namespaces(), OdtXml::version()) +
        m_styles + QStringLiteral("</office:automatic-styles><office:body><office:text>") + m_body +
        QStringLiteral("</office:text></office:body></office:document-content>");
    return xml.toUtf8();
}

void OdtContent::flow(QTextFrame::iterator it, Place place, double width) {
    bool afterFrame = false;
    for (; !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            closeLists();
            if (auto* inner = qobject_cast<QTextTable*>(frame))
                table(*inner, width);
            else
                flow(frame->begin(), place, width);
            afterFrame = true;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        // Qt keeps an empty block after each table, where the text goes on; in ODF it would be an empty
        // paragraph.
        if (std::exchange(afterFrame, false) && block.length() <= 1 && !block.textList())
            continue;
        if (const QTextList* list = block.textList())
            openListItem(list);
        else
            closeLists();
        paragraph(block, place);
    }
    closeLists();
}

void OdtContent::openListItem(const QTextList* list) {
    const int indent = list->format().indent();
    // Lists deeper than this one, or beside it at its depth, end here.
    qsizetype keep = m_lists.size();
    while (keep > 0 && m_lists.at(keep - 1).list != list && m_lists.at(keep - 1).indent >= indent)
        --keep;
    closeLists(keep);
    if (!m_lists.isEmpty() && m_lists.last().list == list) {
        m_body += QStringLiteral("</text:list-item>");
    } else {
        // A deeper list goes inside the item before it, and takes the outer list's style a level down.
        m_body += m_lists.isEmpty() ? QStringLiteral("<text:list text:style-name=\"%1\">")
                                          .arg(numbered(list->format().style()) ? OdtStyles::numberedList()
                                                                                : OdtStyles::bulletList())
                                    : QStringLiteral("<text:list>");
        m_lists.append({list, indent});
    }
    m_body += QStringLiteral("<text:list-item>");
}

void OdtContent::closeLists(qsizetype keep) {
    while (m_lists.size() > keep) {
        m_body += QStringLiteral("</text:list-item></text:list>");
        m_lists.removeLast();
    }
}

void OdtContent::paragraph(const QTextBlock& block, Place place) {
    const QTextBlockFormat format = block.blockFormat();
    const bool listed = block.textList() != nullptr;
    const int level = place == Place::Body && !listed ? std::min(format.headingLevel(), 6) : 0;
    QString parent = OdtStyles::body();
    QString parentAlignment = QStringLiteral("start");
    if (level > 0) {
        parent = OdtStyles::heading(level);
    } else if (listed) {
        parent = OdtStyles::listItem();
    } else if (place == Place::HeaderCell) {
        parent = OdtStyles::tableHeading();
        parentAlignment = QStringLiteral("center");
    } else if (place == Place::Cell) {
        parent = OdtStyles::tableContents();
    }
    QString properties;
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        properties += QStringLiteral(" fo:break-before=\"page\"");
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
        properties += QStringLiteral(" fo:break-after=\"page\"");
    if (format.hasProperty(QTextFormat::BlockAlignment)) {
        if (const QString align = OdtProperties::alignment(format.alignment()); align != parentAlignment)
            properties += OdtXml::attribute(QStringLiteral("fo:text-align"), align);
    }
    // Body text's spacing is the style's; only a paragraph spaced on purpose (the cover's title) keeps its
    // own. Qt lets the space between two paragraphs be the larger of the two margins, ODF adds them.
    if (place == Place::Body && level == 0 && !listed) {
        const double above = format.topMargin() - OdtStyles::bodySpaceBelow;
        if (above >= 0.5)
            properties += OdtXml::attribute(QStringLiteral("fo:margin-top"), OdtXml::cm(above));
        if (!near(format.bottomMargin(), OdtStyles::bodySpaceBelow))
            properties +=
                OdtXml::attribute(QStringLiteral("fo:margin-bottom"), OdtXml::cm(format.bottomMargin()));
        const double left = format.leftMargin() + format.indent() * m_document.indentWidth();
        if (left >= 0.5)
            properties += OdtXml::attribute(QStringLiteral("fo:margin-left"), OdtXml::cm(left));
    }
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
        properties +=
            QStringLiteral(" fo:border-bottom=\"0.75pt solid #808080\" fo:padding-bottom=\"0.1cm\"");
    if (format.hasProperty(QTextFormat::BackgroundBrush) && format.background().style() != Qt::NoBrush &&
        format.background().color() != m_cellBackground)
        properties +=
            OdtXml::attribute(QStringLiteral("fo:background-color"), format.background().color().name());
    const QString style = properties.isEmpty()
                              ? parent
                              : automatic(QStringLiteral("paragraph"), QStringLiteral("P"), parent,
                                          QStringLiteral("<style:paragraph-properties%1/>").arg(properties));
    if (level > 0)
        m_body +=
            QStringLiteral("<text:h text:style-name=\"%1\" text:outline-level=\"%2\">").arg(style).arg(level);
    else
        m_body += QStringLiteral("<text:p text:style-name=\"%1\">").arg(style);
    runs(block, level > 0 || place == Place::HeaderCell, level > 0);
    m_body += level > 0 ? QStringLiteral("</text:h>") : QStringLiteral("</text:p>");
}

void OdtContent::runs(const QTextBlock& block, bool styledBold, bool styledSize) {
    m_spaces = 0;
    m_afterSpace = true;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            flushSpaces();
            for (int i = 0; i < fragment.length(); ++i)
                image(format.toImageFormat());
            m_afterSpace = false;
            continue;
        }
        if (format.objectType() != QTextFormat::NoObject) {
            flushSpaces();
            for (int i = 0; i < fragment.length(); ++i)
                drawing(format, fragment.position() + i);
            m_afterSpace = false;
            continue;
        }
        const QString style = textStyle(format, styledBold, styledSize);
        const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
        if (link)
            m_body += QStringLiteral("<text:a xlink:type=\"simple\"") +
                      OdtXml::attribute(QStringLiteral("xlink:href"), format.anchorHref()) + u'>';
        if (!style.isEmpty())
            m_body += QStringLiteral("<text:span text:style-name=\"%1\">").arg(style);
        text(fragment.text());
        flushSpaces();
        if (!style.isEmpty())
            m_body += QStringLiteral("</text:span>");
        if (link)
            m_body += QStringLiteral("</text:a>");
    }
}

void OdtContent::text(QStringView text) {
    QString chunk;
    for (const QChar c : text) {
        if (c == u' ' && m_afterSpace) {
            ++m_spaces;
            continue;
        }
        if (m_spaces > 0) {
            m_body += OdtXml::escaped(std::exchange(chunk, QString()));
            flushSpaces();
        }
        if (c == u'\t') {
            m_body += OdtXml::escaped(std::exchange(chunk, QString())) + QStringLiteral("<text:tab/>");
            m_afterSpace = false;
        } else if (c == QChar::LineSeparator || c == u'\n') {
            m_body += OdtXml::escaped(std::exchange(chunk, QString())) + QStringLiteral("<text:line-break/>");
            m_afterSpace = true;
        } else if (c != QChar::ObjectReplacementCharacter) {
            chunk += c;
            m_afterSpace = c == u' ';
        }
    }
    m_body += OdtXml::escaped(chunk);
}

void OdtContent::flushSpaces() {
    if (m_spaces == 1)
        m_body += QStringLiteral("<text:s/>");
    else if (m_spaces > 1)
        m_body += QStringLiteral("<text:s text:c=\"%1\"/>").arg(m_spaces);
    m_spaces = 0;
}

QString OdtContent::textStyle(const QTextCharFormat& format, bool styledBold, bool styledSize) {
    const QString properties =
        OdtProperties::text(format, {styledBold, styledSize, m_baseFamily, m_baseSize, m_cellBackground});
    if (properties.isEmpty())
        return {};
    return automatic(QStringLiteral("text"), QStringLiteral("T"), {},
                     QStringLiteral("<style:text-properties%1/>").arg(properties));
}

qsizetype OdtContent::picture(const QString& name) {
    if (const auto found = m_pictureOf.constFind(name); found != m_pictureOf.cend())
        return *found;
    const QVariant resource = m_document.resource(QTextDocument::ImageResource, QUrl(name));
    Picture picture;
    if (resource.userType() == QMetaType::QImage) {
        picture.image = resource.value<QImage>();
        picture.natural = picture.image.deviceIndependentSize();
    } else if (resource.userType() == QMetaType::QPixmap) {
        picture.image = resource.value<QPixmap>().toImage();
        picture.natural = picture.image.deviceIndependentSize();
    } else if (resource.userType() == QMetaType::QByteArray) {
        // The PNG itself goes in as it is; any other kind of picture is made a PNG.
        QByteArray bytes = resource.toByteArray();
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        picture.natural = reader.size();
        if (reader.format() == "png")
            picture.png = bytes;
        else
            picture.image = reader.read();
    }
    if (picture.image.isNull() && picture.png.isEmpty()) {
        m_pictureOf.insert(name, -1);
        return -1;
    }
    add(picture);
    m_pictureOf.insert(name, m_pictures.size() - 1);
    return m_pictures.size() - 1;
}

void OdtContent::image(const QTextImageFormat& format) {
    const qsizetype index = picture(format.name());
    if (index < 0)
        return;
    const Picture& stored = m_pictures.at(index);
    // The size the image has in the text, as on the PDF's page; a side not given keeps the proportions.
    QSizeF size(format.width(), format.height());
    const QSizeF natural = stored.natural.isEmpty() ? QSizeF(100, 100) : stored.natural;
    if (size.width() <= 0 && size.height() <= 0)
        size = natural;
    else if (size.height() <= 0)
        size.setHeight(size.width() * natural.height() / natural.width());
    else if (size.width() <= 0)
        size.setWidth(size.height() * natural.width() / natural.height());
    frame(stored, size, format);
}

void OdtContent::drawing(const QTextCharFormat& format, int position) {
    QTextObjectInterface* handler = m_document.documentLayout()->handlerForObject(format.objectType());
    if (!handler)
        return;
    auto* document = const_cast<QTextDocument*>(&m_document);
    const QSizeF size = handler->intrinsicSize(document, position, format);
    if (size.isEmpty())
        return;
    // At print resolution: sharp on paper, yet a third of the pixels (and of the time) of a chart drawn at
    // twice its size on screen.
    const auto canvas = [size] {
        const double scale = drawingDpi / 96.0;
        QImage image((size * scale).toSize(), QImage::Format_RGB32);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        return image;
    };
    // Only once drawn: a drawing is scaled by the device's resolution, which must stay the screen's.
    const auto printable = [](QImage image) {
        image.setDotsPerMeterX(std::lround(drawingDpi / 0.0254));
        image.setDotsPerMeterY(std::lround(drawingDpi / 0.0254));
        return image;
    };
    Picture picture;
    picture.natural = size;
    if (format.objectType() == ChartObject::type) {
        // A chart is a recorded drawing that any thread can replay: drawn on another core, from a copy of its
        // own, since playing a QPicture reads through the buffer its copies share.
        const QPicture recorded = ChartObject::pictureOf(format);
        QPicture own;
        own.setData(recorded.data(), recorded.size());
        own.setBoundingRect(recorded.boundingRect());
        picture.draw = [canvas, printable, own, size] {
            QImage image = canvas();
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            ChartObject::play(&painter, QRectF(QPointF(0, 0), size), own);
            painter.end();
            return printable(image);
        };
    } else {
        // Any other object's handler is asked here, on the document's own thread.
        QImage image = canvas();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        handler->drawObject(&painter, QRectF(QPointF(0, 0), size), document, position, format);
        painter.end();
        picture.image = printable(image);
    }
    add(picture);
    frame(m_pictures.last(), size, format);
}

void OdtContent::add(const Picture& picture) {
    m_pictures.append(picture);
    m_pictures.last().path = QStringLiteral("Pictures/Picture%1.png").arg(m_pictures.size());
    if (m_pictureMade)
        m_pictureMade(m_pictures.last());
}

void OdtContent::frame(const Picture& picture, QSizeF size, const QTextFormat& format) {
    const QString name = format.isImageFormat() ? format.toImageFormat().name() : QString();
    QString alt = format.stringProperty(QTextFormat::ImageAltText);
    if (alt.isEmpty())
        alt = m_altTexts.value(name);
    QString title = format.stringProperty(QTextFormat::ImageTitle);
    if (title.isEmpty())
        title = alt;
    // Named after what it shows, so that the navigator's list of images reads as a list of charts.
    const QString base = title.isEmpty() ? QStringLiteral("Image") : title;
    const int seen = ++m_frameNames[base];
    const QString frameName = seen == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(seen);
    m_body += QStringLiteral("<draw:frame draw:style-name=\"%1\"").arg(OdtStyles::graphics()) +
              OdtXml::attribute(QStringLiteral("draw:name"), frameName) +
              QStringLiteral(" text:anchor-type=\"as-char\" svg:width=\"%1\" svg:height=\"%2\" "
                             "draw:z-index=\"0\"><draw:image xlink:href=\"%3\" xlink:type=\"simple\" "
                             "xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>")
                  .arg(OdtXml::cm(size.width()), OdtXml::cm(size.height()), picture.path);
    if (!title.isEmpty())
        m_body += QStringLiteral("<svg:title>%1</svg:title>").arg(OdtXml::escaped(title));
    if (!alt.isEmpty())
        m_body += QStringLiteral("<svg:desc>%1</svg:desc>").arg(OdtXml::escaped(alt));
    m_body += QStringLiteral("</draw:frame>");
}

void OdtContent::table(QTextTable& table, double available) {
    const QTextTableFormat format = table.format();
    const QTextLength length = format.width();
    double width = length.type() == QTextLength::PercentageLength ? available * length.rawValue() / 100
                   : length.type() == QTextLength::FixedLength
                       ? length.rawValue()
                       : m_document.documentLayout()->frameBoundingRect(&table).width();
    width = std::min(width, available);
    QString properties = OdtXml::attribute(QStringLiteral("style:width"), OdtXml::cm(width));
    if (length.type() == QTextLength::PercentageLength)
        properties += OdtXml::attribute(QStringLiteral("style:rel-width"),
                                        QStringLiteral("%1%").arg(std::lround(length.rawValue())));
    const QString align = near(width, available)                  ? QStringLiteral("margins")
                          : format.alignment() & Qt::AlignHCenter ? QStringLiteral("center")
                          : format.alignment() & Qt::AlignRight   ? QStringLiteral("right")
                                                                  : QStringLiteral("left");
    properties += OdtXml::attribute(QStringLiteral("table:align"), align);
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        properties += QStringLiteral(" fo:break-before=\"page\"");
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
        properties += QStringLiteral(" fo:break-after=\"page\"");
    const QString style = automatic(QStringLiteral("table"), QStringLiteral("Table"), {},
                                    QStringLiteral("<style:table-properties%1/>").arg(properties));
    m_body += QStringLiteral("<table:table table:name=\"Table%1\" table:style-name=\"%2\">")
                  .arg(++m_tables)
                  .arg(style);
    const QList<double> widths = columnWidths(table, width);
    for (const double column : widths)
        m_body +=
            QStringLiteral("<table:table-column table:style-name=\"%1\"/>")
                .arg(automatic(QStringLiteral("table-column"), QStringLiteral("Column"), {},
                               QStringLiteral("<style:table-column-properties style:column-width=\"%1\" "
                                              "style:rel-column-width=\"%2*\"/>")
                                   .arg(OdtXml::cm(column))
                                   .arg(std::lround(column * 10))));
    // The head repeats on every page the table runs over, as in the PDF.
    const int headerRows = std::clamp(format.headerRowCount(), 0, table.rows());
    for (int row = 0; row < table.rows(); ++row) {
        if (row == 0 && headerRows > 0)
            m_body += QStringLiteral("<table:table-header-rows>");
        m_body += QStringLiteral("<table:table-row>");
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                m_body += QStringLiteral("<table:covered-table-cell/>");
                continue;
            }
            m_body += QStringLiteral("<table:table-cell table:style-name=\"%1\" office:value-type=\"string\"")
                          .arg(cellStyle(table, cell));
            if (cell.columnSpan() > 1)
                m_body += QStringLiteral(" table:number-columns-spanned=\"%1\"").arg(cell.columnSpan());
            if (cell.rowSpan() > 1)
                m_body += QStringLiteral(" table:number-rows-spanned=\"%1\"").arg(cell.rowSpan());
            m_body += u'>';
            double cellWidth = 0;
            for (int spanned = column; spanned < std::min<int>(column + cell.columnSpan(), widths.size());
                 ++spanned)
                cellWidth += widths.at(spanned);
            const QTextCharFormat cellFormat = cell.format();
            const QColor outer =
                std::exchange(m_cellBackground, cellFormat.hasProperty(QTextFormat::BackgroundBrush) &&
                                                        cellFormat.background().style() != Qt::NoBrush
                                                    ? cellFormat.background().color()
                                                    : QColor());
            flow(cell.begin(), row < headerRows ? Place::HeaderCell : Place::Cell,
                 cellWidth - 2 * format.cellPadding());
            m_cellBackground = outer;
            m_body += QStringLiteral("</table:table-cell>");
        }
        m_body += QStringLiteral("</table:table-row>");
        if (row == headerRows - 1)
            m_body += QStringLiteral("</table:table-header-rows>");
    }
    m_body += QStringLiteral("</table:table>");
}

QList<double> OdtContent::columnWidths(const QTextTable& table, double width) const {
    const int columns = table.columns();
    const QList<QTextLength> constraints = table.format().columnWidthConstraints();
    QList<double> widths(columns, 0);
    QList<bool> variable(columns, false);
    double given = 0;
    double measured = 0;
    for (int column = 0; column < columns; ++column) {
        const QTextLength length = constraints.value(column);
        if (length.type() == QTextLength::PercentageLength) {
            widths[column] = width * length.rawValue() / 100;
        } else if (length.type() == QTextLength::FixedLength) {
            widths[column] = length.rawValue();
        } else {
            // A column without a width is as wide as Qt laid it out: by its content.
            variable[column] = true;
            for (int row = 0; row < table.rows(); ++row) {
                const QTextTableCell cell = table.cellAt(row, column);
                if (cell.column() != column || cell.columnSpan() != 1)
                    continue;
                const QRectF laid =
                    m_document.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block());
                widths[column] = std::max(widths[column], laid.width() + 2 * table.format().cellPadding());
            }
            measured += widths[column];
            continue;
        }
        given += widths[column];
    }
    if (measured > 0 && width - given > 0) {
        for (int column = 0; column < columns; ++column) {
            if (variable[column])
                widths[column] *= (width - given) / measured;
        }
    }
    // Whatever is left over or missing is shared in proportion, so that the columns fill the table.
    double total = 0;
    for (const double column : widths)
        total += column;
    for (double& column : widths)
        column = total > 0 ? column * width / total : width / columns;
    return widths;
}

QString OdtContent::cellStyle(const QTextTable& table, const QTextTableCell& cell) {
    return automatic(
        QStringLiteral("table-cell"), QStringLiteral("Cell"), {},
        QStringLiteral("<style:table-cell-properties%1/>").arg(OdtProperties::cell(table, cell)));
}

QString OdtContent::automatic(const QString& family, const QString& prefix, const QString& parent,
                              const QString& properties) {
    const QString key = family + u'|' + parent + u'|' + properties;
    if (const auto found = m_styleNames.constFind(key); found != m_styleNames.cend())
        return *found;
    const QString name = prefix + QString::number(++m_styleCounts[prefix]);
    m_styles += QStringLiteral("<style:style style:name=\"%1\" style:family=\"%2\"").arg(name, family);
    if (!parent.isEmpty())
        m_styles += QStringLiteral(" style:parent-style-name=\"%1\"").arg(parent);
    m_styles += u'>' + properties + QStringLiteral("</style:style>");
    m_styleNames.insert(key, name);
    return name;
}

} // namespace lk
