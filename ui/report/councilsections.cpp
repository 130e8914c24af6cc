#include "report/councilsections.h"

#include "common/isodate.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "report/councilsummary.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CouncilReport)
};

const QString dash = QStringLiteral("—");

QString esc(const QString& text) {
    return CouncilMarkup::esc(text);
}

// A label and its value, in a two-column table without lines; the labels take `labels` per cent.
QString labelled(const CouncilMarkup& markup, const QList<std::pair<QString, QString>>& lines,
                 int labels = 30) {
    QString rows;
    for (const auto& [label, value] : lines)
        rows += CouncilMarkup::row(markup.rowHeader(QStringLiteral("<b>%1</b>").arg(esc(label)), 1, {},
                                                    rows.isEmpty() ? labels : 0) +
                                   markup.cell(value, false, 1, rows.isEmpty() ? 100 - labels : 0));
    return markup.bare(rows, QStringLiteral("plain"));
}

} // namespace

QString CouncilSections::focusAreas(CouncilMarkup& markup, const ReportFigures& figures, ChartForm form) {
    QString html;
    Record area;
    for (const ReportFigures::Promise& promise : figures.promises) {
        if (promise.progress.focusArea.id != area.id) {
            area = promise.progress.focusArea;
            html += markup.heading(2, area.value(focusAreas::title).toString(), true, true);
            html += CouncilMarkup::paragraphs(area.value(focusAreas::situation).toString());
        }
        html += CouncilSections::promise(markup, figures, promise, form);
    }
    return html;
}

QStringList CouncilSections::comparison(CouncilMarkup& markup, const ReportFigures& figures,
                                        const ReportFigures::Promise& promise) {
    const bool tertials = FollowUpCalendar::byTertial(figures.scope.from, figures.scope.to);
    QStringList tables;
    for (const PromiseProgress::Target& target : promise.progress.targets) {
        const qint64 id = target.progress.target.id;
        const auto slice = [&](const QString& label, const PromiseProgress::Target* of) {
            if (!of)
                return CouncilMarkup::row(markup.rowHeader(label) + markup.cell(dash, true) +
                                          markup.cell(dash, true) + markup.cell(dash, true));
            const QString share = ReportFigures::share(*of);
            return CouncilMarkup::row(markup.rowHeader(label) +
                                      markup.cell(QString::number(of->shown()), true) +
                                      markup.cell(QString::number(of->done), true) +
                                      markup.cell(share.isEmpty() ? dash : esc(share), true));
        };
        QString rows = CouncilMarkup::row(markup.rowHeader(
            QStringLiteral("<b>%1</b>").arg(esc(CouncilSummary::targetText(target.progress.target))), 4,
            QStringLiteral("group")));
        if (figures.slices.size() > 1) {
            for (qsizetype at = 0; at < figures.slices.size(); ++at) {
                const FollowUpCalendar::Slice& cut = figures.slices.at(at);
                rows += slice(esc(cut.label) + (cut.cut ? QStringLiteral("*") : QString()),
                              ReportFigures::targetIn(promise.slices.value(at), id));
            }
        }
        rows += slice(QStringLiteral("<b>%1</b>").arg(esc(Text::tr("Total"))), &target);
        tables << markup.table({{esc(tertials ? Text::tr("Tertial") : Text::tr("Year")), 34},
                                {esc(Text::tr("Planned")), 22, true},
                                {esc(Text::tr("Done")), 22, true},
                                {esc(Text::tr("Share")), 22, true}},
                               rows);
    }
    return tables;
}

QString CouncilSections::promise(CouncilMarkup& markup, const ReportFigures& figures,
                                 const ReportFigures::Promise& promise, ChartForm form) {
    const PromiseProgress::Line& line = promise.progress;
    QString html = markup.heading(3, line.promise.value(promises::title).toString());
    html += markup.paragraph(esc(line.promise.value(promises::text).toString()), QStringLiteral("lead"));
    html +=
        labelled(markup, {
                             {Text::tr("Responsible"), esc(CouncilSummary::responsibleText(line.promise))},
                             {Text::tr("Assessment"), markup.light(line.light)},
                             {Text::tr("Reported status"), esc(CouncilSummary::statusText(line))},
                             {figures.previousOn.isValid()
                                  ? Text::tr("Previous assessment (%1)").arg(isoDate(figures.previousOn))
                                  : Text::tr("Previous assessment"),
                              CouncilSummary::previousOf(markup, promise, 0)},
                         });
    if (const QString parted = PromiseProgress::disagreement(line); !parted.isEmpty())
        html += markup.paragraph(esc(parted), QStringLiteral("parted"));

    // A table per target, the charts and the key figures, the small ones two by two (the first target's table
    // beside the first chart when there is one target), a wide chart alone after them.
    QStringList small = comparison(markup, figures, promise);
    QStringList wide;
    for (const ReportFigures::Chart& chart : promise.charts) {
        const QString drawn = markup.chart(ReportCharts::of(chart, form));
        (ReportCharts::small(chart) ? small : wide)
            .append(markup.medium() == CouncilMarkup::Medium::Web ? drawn
                                                                  : QStringLiteral("<p>%1</p>").arg(drawn));
    }
    QList<std::pair<QString, QString>> facts;
    if (!promise.linked.isEmpty())
        facts.append({Text::tr("Done"), esc(promise.linked.join(QStringLiteral(", ")))});
    for (const KeyFigures::Figure& figure : promise.keyFigures)
        facts.append({figure.label, esc(figure.value)});
    for (const Record& target : line.uncounted)
        facts.append({CouncilSummary::targetText(target), esc(Text::tr("counted by hand, not assessed"))});
    // The key figures beside a chart where one is left without a partner, else as wide as the text.
    const bool beside = !facts.isEmpty() && small.size() % 2 == 1;
    if (beside)
        small.append(labelled(markup, facts, 50));
    for (qsizetype at = 0; at < small.size(); at += 2)
        html += markup.pair(small.at(at), small.value(at + 1));
    for (const QString& one : std::as_const(wide))
        html += one;
    if (!facts.isEmpty() && !beside)
        html += labelled(markup, facts);
    const bool perUnit =
        std::any_of(line.targets.cbegin(), line.targets.cend(), [](const PromiseProgress::Target& target) {
            return target.progress.target.value(targets::eachUnit).isValid();
        });
    if (perUnit && figures.slices.size() > 1)
        html += markup.paragraph(esc(CouncilSummary::unitNote()), QStringLiteral("note"));

    if (line.status && !line.status->value(promiseStatuses::comment).toString().trimmed().isEmpty())
        html += markup.paragraph(
            QStringLiteral("<b>%1</b> %2")
                .arg(esc(Text::tr("Comment (%1):")
                             .arg(isoDate(line.status->value(promiseStatuses::reportedOn).toDate()))),
                     esc(line.status->value(promiseStatuses::comment).toString())));
    html += CouncilMarkup::paragraphs(line.promise.value(promises::reportText).toString());
    if (const QString next = line.promise.value(promises::nextSteps).toString().trimmed(); !next.isEmpty())
        html += markup.paragraph(
            QStringLiteral("<b>%1</b> %2")
                .arg(esc(Text::tr("Next steps:")), esc(next).replace(u'\n', QStringLiteral("<br>"))));
    return html;
}

QString CouncilSections::indicators(CouncilMarkup& markup, const ReportFigures& figures, ChartForm form) {
    if (figures.indicators.isEmpty())
        return {};
    QString html = markup.heading(2, Text::tr("Indicators"), true, true);
    for (const IndicatorTrend& trend : figures.indicators) {
        html += markup.heading(3, trend.indicator.value(indicators::name).toString(), false);
        QString left = markup.paragraph(esc(trend.summary()));
        QStringList about;
        if (const QString source = trend.indicator.value(indicators::source).toString(); !source.isEmpty())
            about << esc(Text::tr("Source: %1").arg(source));
        if (const QString described = trend.indicator.value(indicators::description).toString();
            !described.isEmpty())
            about << esc(described);
        if (!about.isEmpty())
            left += markup.paragraph(about.join(QStringLiteral("<br>")), QStringLiteral("note"));
        html += markup.pair(left,
                            trend.points.isEmpty()
                                ? QString()
                                : markup.chart(ReportCharts::trend(trend, ReportCharts::smallSize(), form)));
    }
    return html;
}

} // namespace lk
