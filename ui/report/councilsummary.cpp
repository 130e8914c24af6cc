#include "report/councilsummary.h"

#include "common/decimal.h"
#include "common/isodate.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"

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

// A figure kept on one line: "12 av 12" broken after "av" reads as two figures.
QString whole(const QString& text) {
    return esc(text).replace(u' ', QStringLiteral("&nbsp;"));
}

// "11 of 12" of a slice's line, or — when the target has no slice there.
QString outcomeIn(const PromiseProgress::Line& line, qint64 targetId) {
    const PromiseProgress::Target* target = ReportFigures::targetIn(line, targetId);
    return target ? whole(ReportFigures::outcome(*target)) : dash;
}

} // namespace

QString CouncilSummary::unitNote() {
    return Text::tr(
        "A target per unit (visits to each school a term) counts each unit up to what it asks in each "
        "column, so the columns may add up to more than the total.");
}

QString CouncilSummary::statusText(const PromiseProgress::Line& line) {
    if (!line.status)
        return Text::tr("No status reported");
    const RegisterSpec& statuses = PromiseRegisters::statuses();
    return Text::tr("%1 (%2)").arg(
        statuses.field(promiseStatuses::status).displayText(line.status->value(promiseStatuses::status)),
        isoDate(line.status->value(promiseStatuses::reportedOn).toDate()));
}

QString CouncilSummary::responsibleText(const Record& promise) {
    return PromiseRegisters::promises()
        .field(promises::responsible)
        .displayText(promise.value(promises::responsible));
}

QString CouncilSummary::targetText(const Record& target) {
    return Text::tr("%1, %2").arg(target.value(targets::counted).toString(), TargetProgress::asked(target));
}

QString CouncilSummary::previousOf(const CouncilMarkup& markup, const ReportFigures::Promise& promise,
                                   qint64 targetId) {
    if (!promise.previous)
        return dash;
    if (targetId == 0)
        return markup.light(promise.previous->light);
    const PromiseProgress::Target* target = ReportFigures::targetIn(*promise.previous, targetId);
    return target ? markup.light(target->light) : dash;
}

QString CouncilSummary::summary(CouncilMarkup& markup, const ReportFigures& figures, const QString& title) {
    const QDate to = figures.scope.to;
    const bool tertials = FollowUpCalendar::byTertial(figures.scope.from, to);
    QString html = markup.heading(2, title.isEmpty() ? Text::tr("Summary") : title, true, true);
    html += markup.paragraph(
        esc(Text::tr(
                "For each target counted from the registers: what was done against what was planned by %1, "
                "%2 and "
                "in total, its share, the assessment and the previous one. The reported status stands on the "
                "promise's row. The key on page 2 gives the rule.")
                .arg(isoDate(to), tertials ? Text::tr("tertial by tertial %1").arg(to.year())
                                           : Text::tr("year by year"))));
    // The outcome per slice only when there are several: one slice is the total.
    const QList<FollowUpCalendar::Slice> slices =
        figures.slices.size() > 1 ? figures.slices : QList<FollowUpCalendar::Slice>();
    // Wide enough for "89 av 100" on one line; the words share the rest. Tertials of one year are headed
    // "T1", "T2", "T3": the year stands in the sentence above.
    const int sliceWidth = tertials ? 9 : 10;
    const int lightWidth = tertials ? 14 : 15;
    const int targetWidth = 100 - int(slices.size()) * sliceWidth - 10 - 7 - 2 * lightWidth;
    QList<CouncilMarkup::Column> columns{{esc(Text::tr("Target")), targetWidth}};
    for (const FollowUpCalendar::Slice& slice : slices)
        columns.append({(tertials ? QStringLiteral("T%1").arg(FollowUpCalendar::tertialOf(slice.from))
                                  : esc(slice.label)) +
                            (slice.cut ? QStringLiteral("*") : QString()),
                        sliceWidth, true});
    columns.append({esc(Text::tr("Total")), 10, true});
    columns.append({esc(Text::tr("Share")), 7, true});
    columns.append({esc(Text::tr("Assessment")), lightWidth});
    columns.append(
        {figures.previousOn.isValid()
             ? QStringLiteral("%1<br>%2").arg(esc(Text::tr("Previous")), isoDate(figures.previousOn))
             : esc(Text::tr("Previous")),
         16});
    const int numbers = int(slices.size()) + 2;

    QString rows;
    for (const ReportFigures::Promise& promise : figures.promises) {
        const PromiseProgress::Line& line = promise.progress;
        QString head =
            QStringLiteral("<b>%1</b> · %2 · %3")
                .arg(esc(line.promise.value(promises::title).toString()), esc(responsibleText(line.promise)),
                     esc(Text::tr("Reported status: %1").arg(statusText(line))));
        if (const QString parted = PromiseProgress::disagreement(line); !parted.isEmpty())
            head += QStringLiteral("<br><i>%1</i>").arg(esc(parted));
        rows += CouncilMarkup::row(markup.rowHeader(head, int(columns.size()), QStringLiteral("group")));
        for (const PromiseProgress::Target& target : line.targets) {
            const qint64 id = target.progress.target.id;
            QString cells = markup.rowHeader(esc(targetText(target.progress.target)));
            for (qsizetype at = 0; at < slices.size(); ++at)
                cells += markup.cell(outcomeIn(promise.slices.value(at), id), true);
            cells += markup.cell(whole(ReportFigures::outcome(target)), true);
            const QString share = ReportFigures::share(target);
            cells += markup.cell(share.isEmpty() ? dash : whole(share), true);
            cells += markup.cell(markup.light(target.light));
            cells += markup.cell(previousOf(markup, promise, id));
            rows += CouncilMarkup::row(cells);
        }
        for (const Record& target : line.uncounted)
            rows += CouncilMarkup::row(
                markup.rowHeader(esc(targetText(target))) +
                markup.cell(esc(Text::tr("counted by hand, not assessed")), false, numbers) +
                markup.cell(dash) + markup.cell(dash));
        if (line.targets.isEmpty() && line.uncounted.isEmpty()) {
            // No number to measure: what the registers say was done, and the status the assessment follows.
            QStringList done = promise.linked;
            for (const KeyFigures::Figure& figure : promise.keyFigures)
                done << Text::tr("%1: %2").arg(figure.label, figure.value);
            rows += CouncilMarkup::row(
                markup.rowHeader(esc(Text::tr("No counted target"))) +
                markup.cell(done.isEmpty()
                                ? esc(Text::tr("Nothing is linked to the promise in the registers; the "
                                               "assessment follows the reported status."))
                                : esc(done.join(QStringLiteral("; "))),
                            false, numbers) +
                markup.cell(markup.light(line.light)) + markup.cell(previousOf(markup, promise, 0)));
        }
    }
    html += markup.table(columns, rows);
    QStringList notes;
    for (const FollowUpCalendar::Slice& slice : slices) {
        if (slice.cut)
            notes << esc(
                Text::tr("*%1 counts %2 – %3.").arg(slice.label, isoDate(slice.from), isoDate(slice.to)));
    }
    bool perUnit = false;
    for (const ReportFigures::Promise& promise : figures.promises) {
        for (const PromiseProgress::Target& target : promise.progress.targets)
            perUnit = perUnit || target.progress.target.value(targets::eachUnit).isValid();
    }
    if (perUnit && !slices.isEmpty())
        notes << esc(unitNote());
    if (!figures.previousOn.isValid())
        notes << esc(Text::tr("The previous follow-up point lies before %1: there is no previous assessment.")
                         .arg(isoDate(figures.scope.from)));
    if (!notes.isEmpty())
        html += markup.paragraph(notes.join(u' '), QStringLiteral("note"));
    return html;
}

QString CouncilSummary::atAGlance(CouncilMarkup& markup, const ReportFigures& figures) {
    QString html = markup.heading(2, Text::tr("Key figures and indicators at a glance"));
    QString rows;
    for (const KeyFigures::Figure& figure : figures.keyFigures.figures())
        rows += CouncilMarkup::row(markup.rowHeader(esc(figure.label), 1, {}, rows.isEmpty() ? 62 : 0) +
                                   markup.cell(esc(figure.value), false, 1, rows.isEmpty() ? 38 : 0));
    if (!rows.isEmpty())
        html += markup.bare(rows);
    if (figures.indicators.isEmpty())
        return html;
    QString indicatorRows;
    for (const IndicatorTrend& trend : figures.indicators) {
        const QString unit = trend.indicator.value(indicators::unit).toString();
        const QString latest =
            trend.points.isEmpty()
                ? dash
                : esc(Text::tr("%1 (%2)").arg(formatDecimal(trend.points.last().value),
                                              IndicatorRegisters::periodLabel(trend.points.last().year,
                                                                              trend.points.last().quarter)));
        const auto goal = [](const std::optional<IndicatorTrend::Goal>& goal) {
            return goal ? esc(Text::tr("%1 (%2)").arg(formatDecimal(goal->value)).arg(goal->year)) : dash;
        };
        const auto way = trend.progress();
        indicatorRows += CouncilMarkup::row(
            markup.rowHeader(QStringLiteral("%1<br><span style=\"color: #555555\">%2</span>")
                                 .arg(esc(trend.indicator.value(indicators::name).toString()), esc(unit))) +
            markup.cell(goal(trend.baseline), true) + markup.cell(latest, true) +
            markup.cell(goal(trend.target), true) +
            markup.cell(esc(trend.lowerIsBetter ? Text::tr("lower") : Text::tr("higher"))) +
            markup.cell(way ? esc(Text::tr("%1 %").arg(std::lround(*way))) : dash, true));
    }
    html += markup.table({{esc(Text::tr("Indicator")), 34},
                          {esc(Text::tr("Baseline")), 14, true},
                          {esc(Text::tr("Latest")), 16, true},
                          {esc(Text::tr("Target")), 14, true},
                          {esc(Text::tr("Better")), 9},
                          {esc(Text::tr("Way to target")), 13, true}},
                         indicatorRows);
    return html;
}

} // namespace lk
