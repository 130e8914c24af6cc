#include "report/councilfront.h"

#include "common/isodate.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CouncilReport)
};

using Medium = CouncilMarkup::Medium;

QString esc(const QString& text) {
    return CouncilMarkup::esc(text);
}

// What kind of follow-up the dates make: the period's end, or a tertial's.
QString occasion(const ReportFigures& figures) {
    const QDate to = figures.scope.to;
    if (to == figures.period.value(periods::endDate).toDate())
        return Text::tr("Final report for the period");
    const int tertial = FollowUpCalendar::tertialOf(to);
    if (to == FollowUpCalendar::tertialEnd(to.year(), tertial))
        return Text::tr("Interim report, %1").arg(FollowUpCalendar::tertialLabel(to.year(), tertial));
    return {};
}

} // namespace

QString CouncilFront::heading() {
    return Text::tr("Follow-up of the citizen promises");
}

QString CouncilFront::cover(const CouncilMarkup& markup, const ReportFigures& figures) {
    const QString police = figures.municipality.value(municipalities::policeArea).toString();
    QStringList lines{
        esc(Text::tr("Period %1").arg(figures.period.value(periods::name).toString())),
        esc(Text::tr("Followed up %1").arg(figures.rangeText())),
    };
    if (const QString kind = occasion(figures); !kind.isEmpty())
        lines << esc(kind);
    lines << esc(Text::tr("Date %1").arg(isoDate(figures.scope.printedOn)))
          << esc(Text::tr("Sender: %1").arg(figures.sender()));
    const QString municipality = esc(figures.municipality.value(municipalities::name).toString());
    const QString with = police.isEmpty() ? QString() : esc(Text::tr("with the police in %1").arg(police));
    if (markup.medium() == Medium::Web) {
        QString html = QStringLiteral("<header class=\"cover\">\n<h1>%1</h1>\n<p><strong>%2</strong></p>\n")
                           .arg(esc(heading()), municipality);
        if (!with.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(with);
        for (const QString& line : std::as_const(lines))
            html += QStringLiteral("<p>%1</p>\n").arg(line);
        return html + QStringLiteral("</header>\n");
    }
    QString html =
        QStringLiteral("<h1 style=\"font-size: 26pt; margin-top: 110px; margin-bottom: 6px\">%1</h1>"
                       "<p style=\"font-size: 18pt; margin-bottom: 2px\">%2</p>")
            .arg(esc(heading()), municipality);
    if (!with.isEmpty())
        html += QStringLiteral("<p style=\"font-size: 13pt\">%1</p>").arg(with);
    html += QStringLiteral("<p style=\"font-size: 12pt; margin-top: 22px\">%1</p>")
                .arg(lines.join(QStringLiteral("<br>")));
    return html;
}

QString CouncilFront::contents(const CouncilMarkup& markup) {
    const QList<CouncilMarkup::Heading>& headings = markup.headings();
    if (markup.medium() == Medium::Web) {
        QString html =
            QStringLiteral("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">%1</h2>\n<ol>\n")
                .arg(esc(Text::tr("Contents")));
        bool nested = false;
        for (qsizetype at = 0; at < headings.size(); ++at) {
            const CouncilMarkup::Heading& heading = headings.at(at);
            if (heading.level > 2 && !nested) {
                html += QStringLiteral("<ol>\n");
                nested = true;
            } else if (heading.level <= 2 && nested) {
                html += QStringLiteral("</ol></li>\n");
                nested = false;
            } else if (at > 0) {
                html += QStringLiteral("</li>\n");
            }
            html += QStringLiteral("<li><a href=\"#%1\">%2</a>").arg(heading.anchor, esc(heading.text));
        }
        html += nested ? QStringLiteral("</li></ol></li>\n") : QStringLiteral("</li>\n");
        return html + QStringLiteral("</ol>\n</nav>\n");
    }
    QString rows;
    for (const CouncilMarkup::Heading& heading : headings) {
        const bool first = rows.isEmpty();
        const QString indent =
            heading.level > 2 ? QStringLiteral("padding-left: 18px") : QStringLiteral("font-weight: bold");
        rows += QStringLiteral("<tr><td%1 style=\"%2\">%3</td><td%4 style=\"text-align: right\">%5</td></tr>")
                    .arg(first ? QStringLiteral(" width=\"90%\"") : QString(), indent, esc(heading.text),
                         first ? QStringLiteral(" width=\"10%\"") : QString(),
                         CouncilMarkup::pageMark(heading.anchor));
    }
    return QStringLiteral("<p style=\"font-size: 13pt; font-weight: bold; margin-top: 40px\">%1</p>")
               .arg(esc(Text::tr("Contents"))) +
           markup.bare(rows, QStringLiteral("plain"));
}

QString CouncilFront::key(CouncilMarkup& markup, const ReportFigures& figures) {
    using Light = PromiseProgress::Light;
    QString html = markup.heading(2, Text::tr("How to read the report"), true, true);
    const QStringList rule = PromiseProgress::ruleText();
    QStringList meanings;
    QString rows;
    for (Light light : {Light::Green, Light::Yellow, Light::Red, Light::Grey}) {
        meanings << PromiseProgress::lightMeaning(light);
        rows += CouncilMarkup::row(
            markup.rowHeader(markup.light(light), 1, {}, rows.isEmpty() ? 24 : 0) +
            markup.cell(esc(PromiseProgress::lightMeaning(light)), false, 1, rows.isEmpty() ? 76 : 0));
    }
    // The rule's paragraphs that are not a light's meaning: those stand in the key's table.
    QStringList said;
    for (const QString& paragraph : rule) {
        if (!meanings.contains(paragraph))
            said << paragraph;
    }
    html += markup.paragraph(QStringLiteral("<b>%1</b>").arg(esc(Text::tr("Assessment"))));
    if (!said.isEmpty())
        html += markup.paragraph(esc(said.takeFirst()));
    html += markup.bare(rows);
    for (const QString& paragraph : std::as_const(said))
        html += markup.paragraph(esc(paragraph));

    const FieldSpec& status = PromiseRegisters::statuses().field(promiseStatuses::status);
    QStringList labels;
    for (const CodeOption& code : status.codes)
        labels << status.codeLabel(code.code).toLower();
    const QString previous =
        figures.previousOn.isValid()
            ? Text::tr("Here that is %1, counted from %2.")
                  .arg(isoDate(figures.previousOn), isoDate(figures.scope.from))
            : Text::tr("Here that point lies before %1, the first date followed up, and the column shows —.")
                  .arg(isoDate(figures.scope.from));
    const QList<std::pair<QString, QString>> terms{
        {Text::tr("Reported status"),
         Text::tr(
             "The coordinator's own account of the promise at the latest follow-up on or before %1 (%2), "
             "with the date it was reported. It is printed beside the assessment and not mixed into it; "
             "where the two part, the report says so in words under them.")
             .arg(isoDate(figures.scope.to), labels.join(QStringLiteral(", ")))},
        {Text::tr("Previous assessment"),
         Text::tr(
             "The assessment at the previous follow-up point, the end of the tertial before the one %1 lies "
             "in, counted by the same rule. %2")
             .arg(isoDate(figures.scope.to), previous)},
        {Text::tr("Outcome"),
         Text::tr("What was done against what was planned by the date (“21 of 24”); the share "
                  "is what was done as a per cent of what was planned.")},
        {FollowUpCalendar::byTertial(figures.scope.from, figures.scope.to) ? Text::tr("Tertials")
                                                                           : Text::tr("Years"),
         Text::tr("The summary and each promise compare the outcome year by year when the dates span years, "
                  "tertial by tertial within a year (T1 January–April, T2 May–August, T3 "
                  "September–December). Charts count by school term across years, by tertial within one; "
                  "the dashed line is what was planned in each.")},
        {Text::tr("Key figures"), Text::tr("Figures the registers hold beside the targets: a share is always "
                                           "given with the number it is a share of.")},
    };
    QString defined;
    for (const auto& [term, meaning] : terms)
        defined += CouncilMarkup::row(
            markup.rowHeader(QStringLiteral("<b>%1</b>").arg(esc(term)), 1, {}, defined.isEmpty() ? 24 : 0) +
            markup.cell(esc(meaning), false, 1, defined.isEmpty() ? 76 : 0));
    html += markup.paragraph(QStringLiteral("<b>%1</b>").arg(esc(Text::tr("Terms"))));
    return html + markup.bare(defined, QStringLiteral("plain"));
}

QString CouncilFront::signatures(CouncilMarkup& markup, const ReportFigures& figures) {
    QString html = markup.heading(2, Text::tr("Signatures"));
    html += markup.paragraph(
        esc(Text::tr("This follow-up of the citizen promises for %1 (%2) was compiled by %3 on %4. "
                     "The municipality and the police sign it together.")
                .arg(figures.period.value(periods::name).toString(), figures.rangeText(), figures.sender(),
                     isoDate(figures.scope.printedOn))));
    const QString police = figures.municipality.value(municipalities::policeArea).toString();
    const QString line =
        markup.medium() == Medium::Web
            ? QStringLiteral("<td class=\"line\"></td>")
            : QStringLiteral("<td style=\"border-bottom: 1px solid #555555; padding-top: 34px\"></td>");
    const QString gap = QStringLiteral("<td></td>");
    const auto label = [&](const QString& text) {
        const QString small = markup.medium() == Medium::Web
                                  ? QStringLiteral("<td class=\"note\">%1</td>")
                                  : QStringLiteral("<td style=\"font-size: 8pt; color: #444444\">%1</td>");
        return small.arg(esc(text));
    };
    QString rows = CouncilMarkup::row(
        markup.rowHeader(QStringLiteral("<b>%1</b>")
                             .arg(esc(Text::tr("For %1").arg(
                                 figures.municipality.value(municipalities::name).toString()))),
                         1, {}, 46) +
        markup.cell(QString(), false, 1, 8) +
        markup.rowHeader(QStringLiteral("<b>%1</b>")
                             .arg(esc(police.isEmpty() ? Text::tr("For the police")
                                                       : Text::tr("For the police, %1").arg(police))),
                         1, {}, 46));
    for (const QString& what :
         {Text::tr("Place and date"), Text::tr("Signature"), Text::tr("Name in print")}) {
        rows += CouncilMarkup::row(line + gap + line);
        rows += CouncilMarkup::row(label(what) + gap + label(what));
    }
    return html + markup.bare(rows, markup.medium() == Medium::Web ? QStringLiteral("signatures")
                                                                   : QStringLiteral("plain"));
}

} // namespace lk
