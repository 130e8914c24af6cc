#include "report/councilreport.h"

#include "common/isodate.h"
#include "common/trafficlight.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "report/chartimage.h"
#include "report/chartobject.h"
#include "report/pagedoutput.h"
#include "report/reportcharts.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CouncilReport)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Paragraphs as the user wrote them: blank lines part them, single line breaks stay.
QString paragraphs(const QString& text) {
    QString html;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(paragraph.trimmed()).replace(u'\n', QStringLiteral("<br>")));
    return html;
}

QString light(PromiseProgress::Light value) {
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
        .arg(lightColour(value).name(), esc(PromiseProgress::lightName(value)));
}

QString statusText(const PromiseProgress::Line& line) {
    if (!line.status)
        return Text::tr("No status reported");
    const RegisterSpec& statuses = PromiseRegisters::statuses();
    return Text::tr("%1 (%2)").arg(
        statuses.field(promiseStatuses::status).displayText(line.status->value(promiseStatuses::status)),
        isoDate(line.status->value(promiseStatuses::reportedOn).toDate()));
}

class Builder {
public:
    Builder(const ReportFigures& figures, ChartForm form)
        : m_figures(figures)
        , m_form(form) {}

    // The charts the text points at as "chart:N", in order; put in the document after its HTML, which
    // would drop them.
    QList<ReportChart> charts;

    QString html() {
        QString html = QStringLiteral("<html><body>");
        html += cover() + summary();
        Record area;
        for (const ReportFigures::Promise& promise : m_figures.promises) {
            if (promise.progress.focusArea.id != area.id) {
                area = promise.progress.focusArea;
                html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                            .arg(esc(area.value(focusAreas::title).toString()));
                html += paragraphs(area.value(focusAreas::situation).toString());
            }
            html += section(promise);
        }
        html += indicators();
        return html + QStringLiteral("</body></html>");
    }

private:
    QString cover() const {
        const Record& period = m_figures.period;
        QString police = m_figures.municipality.value(municipalities::policeArea).toString();
        return QStringLiteral("<p style=\"margin-top: 180px; font-size: 26pt; font-weight: bold\">%1</p>"
                              "<p style=\"font-size: 18pt\">%2</p>%3"
                              "<p style=\"font-size: 14pt; margin-top: 24px\">%4</p>"
                              "<p style=\"font-size: 12pt\">%5</p><p style=\"font-size: 12pt\">%6</p>")
            .arg(esc(Text::tr("Follow-up of the citizen promises")),
                 esc(m_figures.municipality.value(municipalities::name).toString()),
                 police.isEmpty() ? QString()
                                  : QStringLiteral("<p style=\"font-size: 14pt\">%1</p>")
                                        .arg(esc(Text::tr("with the police in %1").arg(police))),
                 esc(Text::tr("Period %1").arg(period.value(periods::name).toString())),
                 esc(Text::tr("Followed up %1").arg(m_figures.rangeText())),
                 esc(Text::tr("Printed %1").arg(isoDate(m_figures.scope.printedOn))));
    }

    QString summary() const {
        QString rows;
        for (const ReportFigures::Promise& promise : m_figures.promises) {
            const PromiseProgress::Line& line = promise.progress;
            QStringList asked;
            QStringList outcome;
            for (const PromiseProgress::Target& target : line.targets) {
                asked << esc(
                    QStringLiteral("%1: %2").arg(target.progress.target.value(targets::counted).toString(),
                                                 TargetProgress::asked(target.progress.target)));
                outcome << esc(ReportFigures::outcome(target));
            }
            for (const Record& target : line.uncounted) {
                asked << esc(QStringLiteral("%1: %2").arg(target.value(targets::counted).toString(),
                                                          TargetProgress::asked(target)));
                outcome << esc(Text::tr("counted by hand"));
            }
            rows += QStringLiteral(
                        "<tr><td width=\"24%\">%1</td><td width=\"25%\">%2</td><td width=\"10%\">%3</td>"
                        "<td width=\"17%\">%4<br>%5</td><td width=\"24%\">%6</td></tr>")
                        .arg(esc(line.promise.value(promises::title).toString()),
                             asked.join(QStringLiteral("<br>")), outcome.join(QStringLiteral("<br>")),
                             light(line.light), esc(statusText(line)),
                             esc(line.status ? line.status->value(promiseStatuses::comment).toString()
                                             : QString()));
        }
        return QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2><p>%2</p>"
                              "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                              "style=\"border-color: #999999; border-style: solid; font-size: 9pt\">"
                              "<thead><tr style=\"background-color: #e8eef4\"><th width=\"24%\">%3</th>"
                              "<th width=\"25%\">%4</th><th width=\"10%\">%5</th><th width=\"17%\">%6</th>"
                              "<th width=\"24%\">%7</th></tr></thead>%8</table>")
            .arg(esc(Text::tr("Summary")),
                 esc(Text::tr(
                         "What each promise's targets asked for by %1, pro rata to the date, against what "
                         "was done, and the latest status.")
                         .arg(isoDate(m_figures.scope.to))),
                 esc(Text::tr("Promise")), esc(Text::tr("Target")), esc(Text::tr("Outcome")),
                 esc(Text::tr("Status")), esc(Text::tr("Comment")), rows);
    }

    QString section(const ReportFigures::Promise& promise) {
        const PromiseProgress::Line& line = promise.progress;
        QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                           .arg(esc(line.promise.value(promises::title).toString()),
                                esc(line.promise.value(promises::text).toString()));
        QString figures;
        for (const PromiseProgress::Target& target : line.targets)
            figures += QStringLiteral("<li>%1</li>")
                           .arg(esc(Text::tr("%1 (%2): %3 planned by %4, %5 done.")
                                        .arg(target.progress.target.value(targets::counted).toString(),
                                             TargetProgress::asked(target.progress.target))
                                        .arg(std::lround(target.planned))
                                        .arg(isoDate(m_figures.scope.to))
                                        .arg(target.done)));
        if (!figures.isEmpty())
            html += QStringLiteral("<ul>%1</ul>").arg(figures);
        html +=
            QStringLiteral("<p>%1: %2. %3%4</p>")
                .arg(esc(Text::tr("Status")), light(line.light), esc(statusText(line)),
                     line.status && line.status->value(promiseStatuses::comment).isValid()
                         ? QStringLiteral(": ") + esc(line.status->value(promiseStatuses::comment).toString())
                         : QString());
        html += paragraphs(line.promise.value(promises::reportText).toString());
        for (const ReportChart& chart : ReportCharts::of(promise, reportChartSize, m_form))
            html += place(chart);
        return html;
    }

    QString indicators() {
        if (m_figures.indicators.isEmpty())
            return {};
        QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                           .arg(esc(Text::tr("Indicators")));
        for (const IndicatorTrend& trend : m_figures.indicators) {
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(esc(trend.indicator.value(indicators::name).toString()), esc(trend.summary()));
            if (!trend.points.isEmpty())
                html += place(ReportCharts::trend(trend, reportChartSize, m_form));
        }
        return html;
    }

    // A chart's place in the text, as wide as the text.
    QString place(const ReportChart& chart) {
        charts.append(chart);
        const QUrl name(QStringLiteral("chart:%1").arg(charts.size()));
        const double width = PagedOutput::contentWidth();
        const double height = width * reportChartSize.height() / reportChartSize.width();
        return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>")
            .arg(name.toString())
            .arg(int(width))
            .arg(int(height))
            .arg(esc(chart.title));
    }

    const ReportFigures& m_figures;
    ChartForm m_form;
};

} // namespace

QString CouncilReport::title(const ReportFigures& figures) {
    return Text::tr("Follow-up of the citizen promises, %1 %2")
        .arg(figures.municipality.value(municipalities::name).toString(),
             figures.period.value(periods::name).toString());
}

Result<std::unique_ptr<QTextDocument>> CouncilReport::build(const Repository& repository,
                                                            const ReportScope& scope, ChartForm form) {
    auto figures = ReportFigures::gather(repository, scope);
    if (!figures)
        return figures.error();
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(QSizeF(PagedOutput::contentWidth(), PagedOutput::contentWidth() * 1.414));
    Builder builder(*figures, form);
    document->setHtml(builder.html());
    // After the HTML: setHtml() starts the document afresh, its title cleared with the rest.
    document->setMetaInformation(QTextDocument::DocumentTitle, title(*figures));
    if (form == ChartForm::Vector) {
        QList<QPicture> pictures;
        for (const ReportChart& chart : builder.charts)
            pictures << chart.picture;
        ChartObject::replaceImages(*document, pictures);
        return document;
    }
    for (qsizetype i = 0; i < builder.charts.size(); ++i)
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i + 1)),
                              builder.charts.at(i).image);
    return document;
}

} // namespace lk
