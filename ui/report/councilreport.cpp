#include "report/councilreport.h"

#include "common/trafficlight.h"
#include "promises/promiseregisters.h"
#include "report/chartimage.h"
#include "report/chartobject.h"
#include "report/pagedoutput.h"

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
        statuses.field(QStringLiteral("status")).displayText(line.status->value(QStringLiteral("status"))),
        line.status->value(QStringLiteral("reported_on")).toDate().toString(Qt::ISODate));
}

class Builder {
public:
    Builder(const Repository& repository, const ReportContent& content, ChartForm form)
        : m_repository(repository)
        , m_content(content)
        , m_form(form) {}

    // The charts the text points at as "chart:N", in order; put in the document after its HTML, which
    // would drop them.
    QList<ReportChart> charts;

    QString html() {
        QString html = QStringLiteral("<html><body>");
        html += cover() + summary();
        Record area;
        for (const PromiseProgress::Line& line : m_content.promises) {
            if (line.focusArea.id != area.id) {
                area = line.focusArea;
                html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                            .arg(esc(area.value(QStringLiteral("title")).toString()));
                html += paragraphs(area.value(QStringLiteral("situation")).toString());
            }
            html += promise(line);
        }
        html += indicators();
        return html + QStringLiteral("</body></html>");
    }

private:
    QString cover() const {
        const Record& period = m_content.period;
        QString police = m_content.municipality.value(QStringLiteral("police_area")).toString();
        return QStringLiteral("<p style=\"margin-top: 180px; font-size: 26pt; font-weight: bold\">%1</p>"
                              "<p style=\"font-size: 18pt\">%2</p>%3"
                              "<p style=\"font-size: 14pt; margin-top: 24px\">%4</p>"
                              "<p style=\"font-size: 12pt\">%5</p><p style=\"font-size: 12pt\">%6</p>")
            .arg(esc(Text::tr("Follow-up of the citizen promises")),
                 esc(m_content.municipality.value(QStringLiteral("name")).toString()),
                 police.isEmpty() ? QString()
                                  : QStringLiteral("<p style=\"font-size: 14pt\">%1</p>")
                                        .arg(esc(Text::tr("with the police in %1").arg(police))),
                 esc(Text::tr("Period %1").arg(period.value(QStringLiteral("name")).toString())),
                 esc(Text::tr("Followed up %1").arg(m_content.rangeText())),
                 esc(Text::tr("Printed %1").arg(m_content.scope.printedOn.toString(Qt::ISODate))));
    }

    QString summary() const {
        QString rows;
        for (const PromiseProgress::Line& line : m_content.promises) {
            QStringList asked;
            QStringList outcome;
            for (const PromiseProgress::Target& target : line.targets) {
                asked << esc(QStringLiteral("%1: %2").arg(
                    target.progress.target.value(QStringLiteral("counted")).toString(),
                    TargetProgress::asked(target.progress.target)));
                outcome << esc(ReportContent::outcome(target));
            }
            for (const Record& target : line.uncounted) {
                asked << esc(QStringLiteral("%1: %2").arg(target.value(QStringLiteral("counted")).toString(),
                                                          TargetProgress::asked(target)));
                outcome << esc(Text::tr("counted by hand"));
            }
            rows += QStringLiteral(
                        "<tr><td width=\"24%\">%1</td><td width=\"25%\">%2</td><td width=\"10%\">%3</td>"
                        "<td width=\"17%\">%4<br>%5</td><td width=\"24%\">%6</td></tr>")
                        .arg(esc(line.promise.value(QStringLiteral("title")).toString()),
                             asked.join(QStringLiteral("<br>")), outcome.join(QStringLiteral("<br>")),
                             light(line.light), esc(statusText(line)),
                             esc(line.status ? line.status->value(QStringLiteral("comment")).toString()
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
                         .arg(m_content.scope.to.toString(Qt::ISODate))),
                 esc(Text::tr("Promise")), esc(Text::tr("Target")), esc(Text::tr("Outcome")),
                 esc(Text::tr("Status")), esc(Text::tr("Comment")), rows);
    }

    QString promise(const PromiseProgress::Line& line) {
        QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                           .arg(esc(line.promise.value(QStringLiteral("title")).toString()),
                                esc(line.promise.value(QStringLiteral("text")).toString()));
        QString figures;
        for (const PromiseProgress::Target& target : line.targets)
            figures +=
                QStringLiteral("<li>%1</li>")
                    .arg(esc(Text::tr("%1 (%2): %3 planned by %4, %5 done.")
                                 .arg(target.progress.target.value(QStringLiteral("counted")).toString(),
                                      TargetProgress::asked(target.progress.target))
                                 .arg(std::lround(target.planned))
                                 .arg(m_content.scope.to.toString(Qt::ISODate))
                                 .arg(target.done)));
        if (!figures.isEmpty())
            html += QStringLiteral("<ul>%1</ul>").arg(figures);
        html += QStringLiteral("<p>%1: %2. %3%4</p>")
                    .arg(esc(Text::tr("Status")), light(line.light), esc(statusText(line)),
                         line.status && line.status->value(QStringLiteral("comment")).isValid()
                             ? QStringLiteral(": ") +
                                   esc(line.status->value(QStringLiteral("comment")).toString())
                             : QString());
        html += paragraphs(line.promise.value(QStringLiteral("report_text")).toString());
        for (const ReportChart& chart : m_content.chartsFor(m_repository, line, reportChartSize, m_form))
            html += place(chart);
        return html;
    }

    QString indicators() {
        if (m_content.indicators.isEmpty())
            return {};
        QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                           .arg(esc(Text::tr("Indicators")));
        for (const IndicatorTrend& trend : m_content.indicators) {
            html +=
                QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(trend.indicator.value(QStringLiteral("name")).toString()), esc(trend.summary()));
            if (!trend.points.isEmpty())
                html += place(m_content.trendChart(trend, reportChartSize, m_form));
        }
        return html;
    }

    // A chart's place in the text, as wide as the text.
    QString place(const ReportChart& chart) {
        charts.append(chart);
        const QUrl name(QStringLiteral("chart:%1").arg(charts.size()));
        const double width = PagedOutput::contentWidth();
        const double height = width * reportChartSize.height() / reportChartSize.width();
        return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
            .arg(name.toString())
            .arg(int(width))
            .arg(int(height));
    }

    const Repository& m_repository;
    const ReportContent& m_content;
    ChartForm m_form;
};

} // namespace

QString CouncilReport::title(const ReportContent& content) {
    return Text::tr("Follow-up of the citizen promises, %1 %2")
        .arg(content.municipality.value(QStringLiteral("name")).toString(),
             content.period.value(QStringLiteral("name")).toString());
}

Result<std::unique_ptr<QTextDocument>> CouncilReport::build(const Repository& repository,
                                                            const ReportScope& scope, ChartForm form) {
    auto content = ReportContent::gather(repository, scope);
    if (!content)
        return content.error();
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, title(*content));
    document->setPageSize(QSizeF(PagedOutput::contentWidth(), PagedOutput::contentWidth() * 1.414));
    Builder builder(repository, *content, form);
    document->setHtml(builder.html());
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
