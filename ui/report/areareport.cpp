#include "report/areareport.h"

#include "common/isodate.h"
#include "common/language.h"
#include "promises/promiseregisters.h"
#include "report/councilfront.h"
#include "report/councilmarkup.h"
#include "report/councilsummary.h"
#include "report/policearea.h"
#include "report/reportdocument.h"
#include "report/reportfigures.h"

#include <QCoreApplication>
#include <QLocale>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::AreaReport)
};

QString esc(const QString& text) {
    return CouncilMarkup::esc(text);
}

const QString dash = QStringLiteral("—");

// The area and, for each municipality with a period of the name, what its council report tells.
struct Gathered {
    PoliceArea area;
    QList<ReportFigures> figures;
};

Result<Gathered> gather(const Repository& repository, const AreaReport::Scope& scope) {
    auto area = PoliceArea::of(repository, scope.area, scope.periodName, scope.from, scope.to);
    if (!area)
        return area.error();
    Gathered gathered{*area, {}};
    for (const PoliceArea::Municipality& one : area->municipalities) {
        if (!one.period)
            continue;
        auto figures = ReportFigures::gather(repository, {one.period->id, one.from, one.to, scope.printedOn});
        if (!figures)
            return figures.error();
        gathered.figures.append(*figures);
    }
    if (gathered.figures.isEmpty())
        return Error{Text::tr("None of the municipalities of %1 has a period named %2.")
                         .arg(scope.area, scope.periodName)};
    return gathered;
}

QString names(const PoliceArea& area) {
    QStringList names;
    for (const PoliceArea::Municipality& one : area.municipalities)
        names << one.municipality.value(municipalities::name).toString();
    return QLocale().createSeparatedList(names);
}

QString cover(const CouncilMarkup& markup, const Gathered& gathered) {
    const ReportFigures& first = gathered.figures.first();
    const QStringList lines{esc(Text::tr("The municipalities %1").arg(names(gathered.area))),
                            esc(Text::tr("Period %1").arg(gathered.area.periodName)),
                            esc(Text::tr("Followed up %1").arg(first.rangeText())),
                            esc(Text::tr("Date %1").arg(isoDate(first.scope.printedOn)))};
    if (markup.medium() == CouncilMarkup::Medium::Web) {
        QString html = QStringLiteral("<header class=\"cover\">\n<h1>%1</h1>\n<p><strong>%2</strong></p>\n")
                           .arg(esc(CouncilFront::heading()), esc(gathered.area.name));
        for (const QString& line : lines)
            html += QStringLiteral("<p>%1</p>\n").arg(line);
        return html + QStringLiteral("</header>\n");
    }
    return QStringLiteral("<h1 style=\"font-size: 26pt; margin-top: 110px; margin-bottom: 6px\">%1</h1>"
                          "<p style=\"font-size: 18pt; margin-bottom: 2px\">%2</p>"
                          "<p style=\"font-size: 12pt; margin-top: 22px\">%3</p>")
        .arg(esc(CouncilFront::heading()), esc(gathered.area.name), lines.join(QStringLiteral("<br>")));
}

// A table with a row per `rows` and a column per municipality, each cell from `cellOf`.
template <typename CellOf>
QString sideBySide(const CouncilMarkup& markup, const PoliceArea& area, const QString& corner,
                   const QStringList& rows, CellOf cellOf) {
    const qsizetype count = area.municipalities.size();
    const int first = 28;
    const int each = int((100 - first) / std::max<qsizetype>(1, count));
    QList<CouncilMarkup::Column> columns{{esc(corner), first}};
    for (const PoliceArea::Municipality& one : area.municipalities)
        columns.append({esc(one.municipality.value(municipalities::name).toString()), each});
    QString html;
    for (const QString& row : rows) {
        QString cells = markup.rowHeader(esc(row));
        for (const PoliceArea::Municipality& one : area.municipalities)
            cells += markup.cell(cellOf(one, row));
        html += CouncilMarkup::row(cells);
    }
    return markup.table(columns, html);
}

// Up to this many municipalities stand side by side as columns; more would break their names mid-word, so
// then each municipality is a row and the promises are numbered columns.
constexpr qsizetype sideBySideAtMost = 4;

QString valueOf(const PoliceArea::Municipality& one, const QString& label) {
    if (one.keyFigures) {
        for (const KeyFigures::Figure& figure : one.keyFigures->figures()) {
            if (figure.label == label)
                return esc(figure.value);
        }
    }
    return dash;
}

// Many municipalities: a row each, a numbered column per promise holding the light's mark, its key beneath.
QString assessmentRows(const CouncilMarkup& markup, const PoliceArea& area) {
    const QStringList titles = area.promiseTitles();
    QStringList numbered;
    for (qsizetype at = 0; at < titles.size(); ++at)
        numbered << QStringLiteral("%1 %2").arg(at + 1).arg(titles.at(at));
    QString html = markup.paragraph(esc(numbered.join(QStringLiteral(" · "))), QStringLiteral("note"));
    const int first = 30;
    const int each = int((100 - first) / std::max<qsizetype>(1, titles.size()));
    QList<CouncilMarkup::Column> columns{{esc(Text::tr("Municipality")), first}};
    for (qsizetype at = 0; at < titles.size(); ++at)
        columns.append({QString::number(at + 1), each});
    QString rows;
    for (const PoliceArea::Municipality& one : area.municipalities) {
        QString cells = markup.rowHeader(esc(one.municipality.value(municipalities::name).toString()));
        for (const QString& title : titles) {
            const PromiseProgress::Line* line = one.line(title);
            cells += markup.cell(line ? markup.lightMark(line->light) : dash);
        }
        rows += CouncilMarkup::row(cells);
    }
    html += markup.table(columns, rows);
    QStringList key;
    for (PromiseProgress::Light light : {PromiseProgress::Light::Green, PromiseProgress::Light::Yellow,
                                         PromiseProgress::Light::Red, PromiseProgress::Light::Grey})
        key << markup.light(light);
    return html + markup.paragraph(key.join(QStringLiteral(" &nbsp; ")), QStringLiteral("note"));
}

// Many municipalities: a group of rows each, its key figures with their values.
QString keyFigureRows(const CouncilMarkup& markup, const PoliceArea& area) {
    const QStringList labels = area.keyFigureLabels();
    QString rows;
    for (const PoliceArea::Municipality& one : area.municipalities) {
        rows += CouncilMarkup::row(markup.rowHeader(
            QStringLiteral("<b>%1</b>").arg(esc(one.municipality.value(municipalities::name).toString())), 2,
            QStringLiteral("group")));
        for (const QString& label : labels)
            rows += CouncilMarkup::row(markup.rowHeader(esc(label)) + markup.cell(valueOf(one, label)));
    }
    return markup.table({{esc(Text::tr("Key figure")), 55}, {esc(Text::tr("Value")), 45}}, rows);
}

QString assessments(CouncilMarkup& markup, const PoliceArea& area) {
    QString html = markup.heading(2, Text::tr("Assessment per municipality"), true, true);
    html +=
        markup.paragraph(esc(Text::tr("Each promise's assessment in each municipality, by the same rule and "
                                      "on the same dates; a dash where a municipality has no such promise "
                                      "or no period %1.")
                                 .arg(area.periodName)));
    const bool columns = area.municipalities.size() <= sideBySideAtMost;
    html += columns ? sideBySide(markup, area, Text::tr("Promise"), area.promiseTitles(),
                                 [&markup](const PoliceArea::Municipality& one, const QString& title) {
                                     const PromiseProgress::Line* line = one.line(title);
                                     return line ? markup.light(line->light) : dash;
                                 })
                    : assessmentRows(markup, area);
    html += markup.heading(2, Text::tr("Key figures per municipality"), true, !columns);
    html += columns ? sideBySide(markup, area, Text::tr("Key figure"), area.keyFigureLabels(), valueOf)
                    : keyFigureRows(markup, area);
    return html;
}

QString rest(CouncilMarkup& markup, const Gathered& gathered) {
    QString html = CouncilFront::key(markup, gathered.figures.first());
    html += assessments(markup, gathered.area);
    for (const ReportFigures& figures : gathered.figures)
        html += CouncilSummary::summary(markup, figures,
                                        figures.municipality.value(municipalities::name).toString());
    return html;
}

PagedOutput::Description description(const Gathered& gathered) {
    const QString title = Text::tr("Follow-up of the citizen promises, %1 %2")
                              .arg(gathered.area.name, gathered.area.periodName);
    return {title, gathered.area.name,
            Text::tr("Follow-up of the citizen promises in %1, %2")
                .arg(names(gathered.area), gathered.area.periodName),
            Language::tag()};
}

} // namespace

Result<std::unique_ptr<QTextDocument>> AreaReport::build(const Repository& repository, const Scope& scope,
                                                         bool numbered) {
    auto gathered = gather(repository, scope);
    if (!gathered)
        return gathered.error();
    CouncilMarkup markup(CouncilMarkup::Medium::Paper, ChartForm::Vector);
    const QString body = rest(markup, *gathered);
    return ReportDocument::paper(markup, cover(markup, *gathered), body, description(*gathered),
                                 ChartForm::Vector, numbered);
}

Result<QByteArray> AreaReport::html(const Repository& repository, const Scope& scope) {
    auto gathered = gather(repository, scope);
    if (!gathered)
        return gathered.error();
    CouncilMarkup markup(CouncilMarkup::Medium::Web, ChartForm::Image);
    const QString body = rest(markup, *gathered);
    return ReportDocument::web(markup, cover(markup, *gathered), body, description(*gathered));
}

} // namespace lk
