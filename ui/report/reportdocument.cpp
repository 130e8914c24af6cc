#include "report/reportdocument.h"

#include "report/chartobject.h"
#include "report/councilfront.h"
#include "report/pagenumberobject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

namespace lk {

namespace {

// The block each anchor names, by the anchor.
QHash<QString, QTextBlock> anchoredBlocks(const QTextDocument& document) {
    QHash<QString, QTextBlock> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames())
                blocks.insert(name, block);
        }
    }
    return blocks;
}

// Writes each heading's page into the contents, where its mark stands. The contents have a line per heading
// whatever the numbers, so writing them moves nothing; all pages are read before the first is written, since
// each change would lay the document out anew.
void numberContents(QTextDocument& document, const QList<CouncilMarkup::Heading>& headings, bool paged) {
    const QHash<QString, QTextBlock> blocks = anchoredBlocks(document);
    QHash<QString, QString> numbers;
    for (const CouncilMarkup::Heading& heading : headings)
        numbers.insert(CouncilMarkup::pageMark(heading.anchor),
                       paged && blocks.contains(heading.anchor)
                           ? QString::number(PagedOutput::pageOf(document, blocks.value(heading.anchor)))
                           : QString());
    QTextCursor edit(&document);
    edit.beginEditBlock();
    QTextCursor mark(&document);
    for (const CouncilMarkup::Heading& heading : headings) {
        // The marks stand in the contents in the headings' order.
        mark = document.find(CouncilMarkup::pageMark(heading.anchor), mark);
        if (mark.isNull())
            break;
        mark.insertText(numbers.value(CouncilMarkup::pageMark(heading.anchor)));
    }
    edit.endEditBlock();
}

// Gives each heading's mark in the contents the page the heading stands on, once the pages are laid out: the
// marks were made page numbers (PageNumberObject) before, which draw what they are given and move nothing.
void givePages(QTextDocument& document, const QList<CouncilMarkup::Heading>& headings) {
    const QHash<QString, QTextBlock> blocks = anchoredBlocks(document);
    QHash<QString, QString>& numbers = PageNumberObject::numbers(document);
    for (const CouncilMarkup::Heading& heading : headings) {
        if (blocks.contains(heading.anchor))
            numbers.insert(heading.anchor,
                           QString::number(PagedOutput::pageOf(document, blocks.value(heading.anchor))));
    }
}

} // namespace

std::unique_ptr<QTextDocument> ReportDocument::paper(const CouncilMarkup& markup, const QString& cover,
                                                     const QString& rest,
                                                     const PagedOutput::Description& description,
                                                     ChartForm form, bool numbered) {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    // A page of no size until the charts are in: QTextDocument lays nothing out on it, where an unset size
    // (-1 × -1) would lay the whole report out once for the HTML and again for the charts.
    document->setPageSize(QSizeF(0, 0));
    document->setHtml(
        QStringLiteral("<html><body>%1%2%3</body></html>").arg(cover, CouncilFront::contents(markup), rest));
    // After the HTML, which would reset them.
    PagedOutput::describe(*document, description);
    const QList<ReportChart>& charts = markup.charts();
    if (form == ChartForm::Vector) {
        QList<QPicture> pictures;
        for (const ReportChart& chart : charts)
            pictures << chart.picture;
        ChartObject::replaceImages(*document, pictures);
        if (numbered) {
            QHash<QString, QString> marks;
            for (const CouncilMarkup::Heading& heading : markup.headings())
                marks.insert(heading.anchor, CouncilMarkup::pageMark(heading.anchor));
            PageNumberObject::replaceMarks(*document, marks);
        }
        // Lays the pages out, the first time, on A4.
        PagedOutput::keepTogether(*document);
        if (numbered)
            givePages(*document, markup.headings());
        else
            numberContents(*document, markup.headings(), false);
        return document;
    }
    for (qsizetype i = 0; i < charts.size(); ++i)
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i + 1)),
                              charts.at(i).image);
    document->setPageSize(QSizeF(PagedOutput::contentWidth(), PagedOutput::bodyHeight()));
    numberContents(*document, markup.headings(), false);
    return document;
}

QByteArray ReportDocument::web(const CouncilMarkup& markup, const QString& cover, const QString& rest,
                               const PagedOutput::Description& description) {
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"author\" content=\"%2\">\n<meta name=\"description\" content=\"%3\">\n"
            "<title>%4</title>\n<style>%5</style>\n</head>\n<body>\n<main>\n%6%7%8</main>\n</body>\n"
            "</html>\n")
            .arg(description.language, CouncilMarkup::esc(description.author),
                 CouncilMarkup::esc(description.subject), CouncilMarkup::esc(description.title),
                 CouncilMarkup::styleSheet(), cover, CouncilFront::contents(markup), rest);
    return page.toUtf8();
}

} // namespace lk
