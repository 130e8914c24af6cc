// OdtContent: the content.xml of an OpenDocument text, from a laid-out QTextDocument: its frames, blocks,
// lists, tables and pictures walked in order. Headings become text:h on the named heading styles, and only
// what differs from those styles (a page break, a size, bold, a colour) becomes an automatic style, so
// that the text takes a template's styles when restyled. An object the document draws itself (a chart as
// vector graphics, ChartObject) becomes a picture drawn at print resolution.
#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>
#include <QTextFrame>

#include <functional>

class QTextBlock;
class QTextCharFormat;
class QTextDocument;
class QTextImageFormat;
class QTextList;
class QTextTable;
class QTextTableCell;

namespace lk {

class OdtContent {
public:
    struct Picture {
        QString path;   // in the package: "Pictures/Picture3.png"
        QImage image;   // when only pixels were at hand: to be written as PNG
        QByteArray png; // when the document held the PNG itself
        // A chart's drawing, to be drawn into `image` first, on any thread.
        std::function<QImage()> draw;
        QSizeF natural; // its size in the document's unit, for an image format without one
    };

    // Told of each picture as soon as it is met, while the walk goes on: to draw it and make it PNG on
    // another core.
    using PictureMade = std::function<void(const Picture&)>;

    // `altTexts` (image name to text) stands in for images whose format has no alt text of its own.
    OdtContent(const QTextDocument& document, const QMap<QString, QString>& altTexts,
               PictureMade pictureMade = {});
    QByteArray xml();
    // Every picture content.xml points at, once each, in order.
    const QList<Picture>& pictures() const { return m_pictures; }

private:
    enum class Place { Body, Cell, HeaderCell };
    struct ListLevel {
        const QTextList* list;
        int indent;
    };

    void flow(QTextFrame::iterator it, Place place, double width);
    void openListItem(const QTextList* list);
    void closeLists(qsizetype keep = 0);
    void paragraph(const QTextBlock& block, Place place);
    void runs(const QTextBlock& block, bool styledBold, bool styledSize);
    void text(QStringView text);
    void flushSpaces();
    void image(const QTextImageFormat& format);
    qsizetype picture(const QString& name);
    void drawing(const QTextCharFormat& format, int position);
    void frame(const Picture& picture, QSizeF size, const QTextFormat& format);
    void add(const Picture& picture);
    void table(QTextTable& table, double width);
    QList<double> columnWidths(const QTextTable& table, double width) const;
    QString cellStyle(const QTextTable& table, const QTextTableCell& cell);
    // `styled`: the paragraph's style makes its text bold (a heading, a table's head) and, for a heading,
    // sizes it.
    QString textStyle(const QTextCharFormat& format, bool styledBold, bool styledSize);
    // The automatic style with these properties, made on first use: "P3", "T12".
    QString automatic(const QString& family, const QString& prefix, const QString& parent,
                      const QString& properties);

    const QTextDocument& m_document;
    QMap<QString, QString> m_altTexts;
    PictureMade m_pictureMade;
    QString m_baseFamily;
    double m_baseSize = 10;
    QString m_styles;
    QString m_body;
    QHash<QString, QString> m_styleNames;
    QHash<QString, int> m_styleCounts;
    QList<ListLevel> m_lists;
    QList<Picture> m_pictures;
    QHash<QString, qsizetype> m_pictureOf; // image name to its index in m_pictures
    QHash<QString, int> m_frameNames;
    // The background of the cell being written: Qt gives a row's colour to its text as well, which in ODF
    // would be painted twice.
    QColor m_cellBackground;
    int m_tables = 0;
    int m_frames = 0;
    // Spaces that ODF would collapse: written as <text:s/> when the text goes on.
    int m_spaces = 0;
    bool m_afterSpace = true;
};

} // namespace lk
