#include "report/odtproperties.h"

#include "report/odtxml.h"

#include <QTextTable>

#include <cmath>

namespace lk {

namespace {

QString line(double width, QTextFrameFormat::BorderStyle style, const QBrush& brush) {
    if (width <= 0 || style == QTextFrameFormat::BorderStyle_None)
        return QStringLiteral("none");
    const QString kind = style == QTextFrameFormat::BorderStyle_Dotted   ? QStringLiteral("dotted")
                         : style == QTextFrameFormat::BorderStyle_Dashed ? QStringLiteral("dashed")
                         : style == QTextFrameFormat::BorderStyle_Double ? QStringLiteral("double")
                                                                         : QStringLiteral("solid");
    // Qt draws a table's lines dark grey unless told a colour.
    const QColor colour = brush.style() == Qt::NoBrush ? QColor(Qt::darkGray) : brush.color();
    return QStringLiteral("%1 %2 %3").arg(OdtXml::pt(width), kind, colour.name());
}

// Qt's scale of the HTML font sizes (<small>, <big>, h1 …) around the default: adjustments -2 to +4.
double sizeAdjusted(double base, int adjustment) {
    static const double scales[] = {0.7, 0.8, 1.0, 1.2, 1.5, 2.0, 2.4};
    return base * scales[std::clamp(adjustment + 2, 0, 6)];
}

} // namespace

QString OdtProperties::alignment(Qt::Alignment value) {
    if (value & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (value & Qt::AlignRight)
        return QStringLiteral("end");
    if (value & Qt::AlignJustify)
        return QStringLiteral("justify");
    return QStringLiteral("start");
}

QString OdtProperties::text(const QTextCharFormat& format, const Inherited& inherited) {
    QString properties;
    if (format.hasProperty(QTextFormat::FontWeight)) {
        const bool bold = format.fontWeight() >= QFont::DemiBold;
        if (bold != inherited.bold)
            properties += bold ? QStringLiteral(" fo:font-weight=\"bold\"")
                               : QStringLiteral(" fo:font-weight=\"normal\"");
    }
    if (format.fontItalic())
        properties += QStringLiteral(" fo:font-style=\"italic\"");
    // A link is underlined by the word processor's own link style.
    if (format.fontUnderline() && !format.isAnchor())
        properties +=
            QStringLiteral(" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" "
                           "style:text-underline-color=\"font-color\"");
    if (format.fontStrikeOut())
        properties += QStringLiteral(" style:text-line-through-style=\"solid\"");
    double size = 0;
    if (format.hasProperty(QTextFormat::FontPointSize))
        size = format.fontPointSize();
    else if (format.hasProperty(QTextFormat::FontPixelSize))
        size = format.intProperty(QTextFormat::FontPixelSize) * 72.0 / 96;
    else if (!inherited.sized && format.hasProperty(QTextFormat::FontSizeAdjustment))
        size = sizeAdjusted(inherited.size, format.intProperty(QTextFormat::FontSizeAdjustment));
    if (size > 0 && (inherited.sized || std::abs(size - inherited.size) > 0.01))
        properties += OdtXml::attribute(QStringLiteral("fo:font-size"), OdtXml::points(size));
    if (format.hasProperty(QTextFormat::ForegroundBrush) && format.foreground().style() != Qt::NoBrush &&
        format.foreground().color() != QColor(Qt::black))
        properties += OdtXml::attribute(QStringLiteral("fo:color"), format.foreground().color().name());
    if (format.hasProperty(QTextFormat::BackgroundBrush) && format.background().style() != Qt::NoBrush &&
        format.background().color() != inherited.background)
        properties +=
            OdtXml::attribute(QStringLiteral("fo:background-color"), format.background().color().name());
    if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        properties += QStringLiteral(" style:text-position=\"super 58%\"");
    else if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
        properties += QStringLiteral(" style:text-position=\"sub 58%\"");
    if (format.hasProperty(QTextFormat::FontFamilies)) {
        const QStringList families = format.property(QTextFormat::FontFamilies).toStringList();
        if (!families.isEmpty() && families.first() != inherited.family)
            properties += OdtXml::attribute(QStringLiteral("fo:font-family"),
                                            QStringLiteral("'%1'").arg(families.first()));
    }
    return properties;
}

QString OdtProperties::cell(const QTextTable& table, const QTextTableCell& cell) {
    const QTextTableFormat format = table.format();
    const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    const QString frame = line(format.border(), format.borderStyle(), format.borderBrush());
    // Each line once, as LibreOffice writes them: the top one only in the first row, the right one only in
    // the last column.
    QString properties =
        OdtXml::attribute(QStringLiteral("fo:border-left"), frame) +
        OdtXml::attribute(QStringLiteral("fo:border-bottom"), frame) +
        OdtXml::attribute(QStringLiteral("fo:border-top"), cell.row() == 0 ? frame : QStringLiteral("none")) +
        OdtXml::attribute(QStringLiteral("fo:border-right"),
                          cell.column() + cell.columnSpan() >= table.columns() ? frame
                                                                               : QStringLiteral("none"));
    const double padding = format.cellPadding();
    const auto side = [&](QTextFormat::Property property) {
        return cellFormat.hasProperty(property) ? cellFormat.doubleProperty(property) : padding;
    };
    properties += OdtXml::attribute(QStringLiteral("fo:padding-left"),
                                    OdtXml::cm(side(QTextFormat::TableCellLeftPadding))) +
                  OdtXml::attribute(QStringLiteral("fo:padding-right"),
                                    OdtXml::cm(side(QTextFormat::TableCellRightPadding))) +
                  OdtXml::attribute(QStringLiteral("fo:padding-top"),
                                    OdtXml::cm(side(QTextFormat::TableCellTopPadding))) +
                  OdtXml::attribute(QStringLiteral("fo:padding-bottom"),
                                    OdtXml::cm(side(QTextFormat::TableCellBottomPadding)));
    if (cellFormat.hasProperty(QTextFormat::BackgroundBrush) &&
        cellFormat.background().style() != Qt::NoBrush)
        properties +=
            OdtXml::attribute(QStringLiteral("fo:background-color"), cellFormat.background().color().name());
    if (cellFormat.verticalAlignment() == QTextCharFormat::AlignMiddle)
        properties += QStringLiteral(" style:vertical-align=\"middle\"");
    else if (cellFormat.verticalAlignment() == QTextCharFormat::AlignBottom)
        properties += QStringLiteral(" style:vertical-align=\"bottom\"");
    return properties;
}

} // namespace lk
