// CouncilMarkup: the pieces the council report is written in, once for paper and once for the web. Paper is a
// QTextDocument, which reads HTML 4's table attributes (width, border, cellpadding) and inline styles; the
// web page is HTML5, styled by its own sheet, with scoped header cells and alt text on every chart. The
// report's parts say what they hold (a heading, a table with its header row, a chart); this says how each
// medium writes it, so that one content serves the PDF, the ODT and the web page alike.
#pragma once

#include "progress/promiseprogress.h"
#include "report/reportcharts.h"

#include <QList>
#include <QString>

namespace lk {

class CouncilMarkup {
public:
    enum class Medium { Paper, Web };
    struct Column {
        QString header; // HTML
        int width = 0;  // per cent of the table's width
        bool number = false;
    };
    struct Heading {
        int level = 2;
        QString text;
        QString anchor;
    };

    CouncilMarkup(Medium medium, ChartForm form);
    Medium medium() const { return m_medium; }

    static QString esc(const QString& text);
    // The user's text as paragraphs: blank lines part them, single line breaks stay.
    static QString paragraphs(const QString& text);
    // The page number a table of contents shows for `anchor`, to be filled in once the pages are laid out.
    static QString pageMark(const QString& anchor);

    // A heading; the ones `listed` go in the table of contents, in order.
    QString heading(int level, const QString& text, bool listed = true, bool newPage = false);
    const QList<Heading>& headings() const { return m_headings; }
    // A paragraph of HTML in one of the report's looks: "note" (smaller, grey), "lead" (the promise, italic).
    QString paragraph(const QString& html, const QString& look = {}) const;
    // The assessment: its coloured mark and its word.
    QString light(PromiseProgress::Light light) const;
    // Only its coloured mark, for a table too narrow for the words; a key beside it gives them.
    QString lightMark(PromiseProgress::Light light) const;

    // A table with a header row of `columns` (each header cell scoped to its column); "grid" for a table of
    // figures with lines, "plain" for one without.
    QString table(const QList<Column>& columns, const QString& rows,
                  const QString& look = QStringLiteral("grid")) const;
    // A table without a header row (a list of labels and values, the key): its first row's cells give the
    // widths.
    QString bare(const QString& rows, const QString& look = QStringLiteral("grid")) const;
    // One cell; `width` in per cent, on a header-less table's first row.
    QString cell(const QString& html, bool number = false, int span = 1, int width = 0) const;
    // A cell that heads its row, or with the look "group" a group of rows (a promise over its targets).
    QString rowHeader(const QString& html, int span = 1, const QString& look = {}, int width = 0) const;
    static QString row(const QString& cells) { return QStringLiteral("<tr>%1</tr>").arg(cells); }

    // A chart, as wide as it is drawn, with its title and description as alt text.
    QString chart(const ReportChart& chart);
    const QList<ReportChart>& charts() const { return m_charts; }
    // Two blocks side by side (on the web: beside each other where the window is wide enough).
    QString pair(const QString& left, const QString& right) const;

    // The web page's style sheet.
    static QString styleSheet();

private:
    QString tableStart(const QString& look) const;

    Medium m_medium;
    ChartForm m_form;
    QList<Heading> m_headings;
    QList<ReportChart> m_charts;
};

} // namespace lk
