#include "report/publicsummary.h"

#include "common/decimal.h"
#include "common/isodate.h"
#include "common/language.h"
#include "common/trafficlight.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "report/publicsummarycharts.h"
#include "report/publicsummarystyle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PublicSummary)
};

using Light = PromiseProgress::Light;
constexpr Light lights[] = {Light::Green, Light::Yellow, Light::Red, Light::Grey};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// The light's shape in its colour, hidden from screen readers, then its name in words.
QString light(Light value) {
    return QStringLiteral("<span class=\"%1\"><span class=\"symbol\" aria-hidden=\"true\">%2</span>%3</span>")
        .arg(PublicSummaryStyle::lightClass(value), lightSymbol(value),
             esc(PromiseProgress::lightName(value)));
}

QString anchorOf(const Record& promise) {
    return QStringLiteral("promise-%1").arg(promise.id);
}

// What each assessment means, in the words the program's screens use.
QString key(const ReportFigures& report) {
    QString html =
        QStringLiteral("<section aria-labelledby=\"key\">\n<h2 id=\"key\">%1</h2>\n<p>%2</p>\n"
                       "<dl class=\"key\">\n")
            .arg(esc(Text::tr("How the promises are assessed")),
                 esc(Text::tr("Each promise gets one of these assessments, from what has been done "
                              "compared with what was planned by %1.")
                         .arg(isoDate(report.scope.to))));
    for (Light value : lights)
        html += QStringLiteral("<dt>%1</dt>\n<dd>%2</dd>\n")
                    .arg(light(value), esc(PromiseProgress::lightMeaning(value)));
    return html + QStringLiteral("</dl>\n</section>\n");
}

// Every promise with its assessment, each a link to where the page tells more.
QString brief(const ReportFigures& report) {
    QString html = QStringLiteral("<section aria-labelledby=\"brief\">\n<h2 id=\"brief\">%1</h2>\n"
                                  "<ul class=\"brief\">\n")
                       .arg(esc(Text::tr("The promises in brief")));
    for (const ReportFigures::Promise& promise : report.promises) {
        const PromiseProgress::Line& line = promise.progress;
        html += QStringLiteral("<li><a href=\"#%1\">%2</a>: %3</li>\n")
                    .arg(anchorOf(line.promise), esc(line.promise.value(promises::title).toString()),
                         light(line.light));
    }
    return html + QStringLiteral("</ul>\n</section>\n");
}

QString promise(const ReportFigures& report, const ReportFigures::Promise& promise, int& serial) {
    const PromiseProgress::Line& line = promise.progress;
    QString html = QStringLiteral("<article id=\"%1\">\n<h3>%2</h3>\n<p class=\"promise\">%3</p>\n"
                                  "<p class=\"assessment\">%4</p>\n")
                       .arg(anchorOf(line.promise), esc(line.promise.value(promises::title).toString()),
                            esc(line.promise.value(promises::text).toString()),
                            Text::tr("Assessment: %1").arg(light(line.light)));
    QString figures;
    for (const PromiseProgress::Target& target : line.targets)
        figures += QStringLiteral("<li>%1</li>\n")
                       .arg(esc(Text::tr("%1: %2 done, %3 planned by %4")
                                    .arg(target.progress.target.value(targets::counted).toString())
                                    .arg(target.done)
                                    .arg(std::lround(target.planned))
                                    .arg(isoDate(report.scope.to))));
    if (!figures.isEmpty())
        html += QStringLiteral("<ul>\n%1</ul>\n").arg(figures);
    return html + PublicSummaryCharts::ofPromise(promise, serial) + QStringLiteral("</article>\n");
}

QString fact(const QString& term, const QString& value) {
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(term), esc(value));
}

QString withUnit(double value, const QString& unit) {
    return QString(formatDecimal(value) + u' ' + unit).trimmed();
}

// How far the latest value has come, in words.
QString development(const IndicatorTrend& trend) {
    const auto done = trend.progress();
    if (!done)
        return {};
    if (*done < 0)
        return Text::tr("Further from the target than at the baseline.");
    if (*done >= 100)
        return Text::tr("The target is reached.");
    return Text::tr("%1 % of the way from the baseline to the target.").arg(std::lround(*done));
}

QString indicator(const IndicatorTrend& trend, int& serial) {
    const Record& record = trend.indicator;
    const QString unit = record.value(indicators::unit).toString();
    QString html =
        QStringLiteral("<article>\n<h3>%1</h3>\n").arg(esc(record.value(indicators::name).toString()));
    const QString description = record.value(indicators::description).toString().trimmed();
    if (!description.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(description));
    QString facts = fact(Text::tr("Unit"), unit) +
                    fact(Text::tr("Source"), IndicatorRegisters::indicators()
                                                 .field(indicators::source)
                                                 .displayText(record.value(indicators::source)));
    if (trend.baseline)
        facts +=
            fact(Text::tr("Baseline"),
                 Text::tr("%1 (%2)").arg(withUnit(trend.baseline->value, unit)).arg(trend.baseline->year));
    if (trend.target)
        facts += fact(Text::tr("Target"),
                      Text::tr("%1 by %2").arg(withUnit(trend.target->value, unit)).arg(trend.target->year));
    facts += fact(Text::tr("Latest value"),
                  trend.points.isEmpty()
                      ? Text::tr("No values yet")
                      : Text::tr("%1 (%2)").arg(withUnit(trend.points.last().value, unit),
                                                IndicatorRegisters::periodLabel(
                                                    trend.points.last().year, trend.points.last().quarter)));
    facts += fact(Text::tr("Better is"), trend.lowerIsBetter ? Text::tr("Lower") : Text::tr("Higher"));
    facts += fact(Text::tr("Development"), development(trend));
    html += QStringLiteral("<dl class=\"facts\">\n%1</dl>\n").arg(facts);
    return html + PublicSummaryCharts::ofIndicator(trend, serial) + QStringLiteral("</article>\n");
}

QString indicatorSection(const ReportFigures& report, int& serial) {
    if (report.indicators.isEmpty())
        return {};
    QString html = QStringLiteral("<section aria-labelledby=\"indicators\">\n<h2 id=\"indicators\">%1</h2>\n"
                                  "<p>%2</p>\n")
                       .arg(esc(Text::tr("Indicators")),
                            esc(Text::tr("The indicators measure what the promises are meant to change. Each "
                                         "shows its latest value beside its baseline and its target.")));
    for (const IndicatorTrend& trend : report.indicators)
        html += indicator(trend, serial);
    return html + QStringLiteral("</section>\n");
}

// The contact as written, every e-mail address in it a link.
QString contactHtml(const QString& contact) {
    static const QRegularExpression mail(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    QString html;
    qsizetype at = 0;
    for (auto it = mail.globalMatch(contact); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += esc(contact.mid(at, match.capturedStart() - at));
        html += QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(match.captured()));
        at = match.capturedEnd();
    }
    return html + esc(contact.mid(at));
}

// Only a web address of its own: no script, file or other scheme reaches a citizen's browser.
QUrl reportUrl(const Record& municipality) {
    const QUrl url(municipality.value(municipalities::reportUrl).toString().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")))
        return {};
    return url;
}

QString footer(const ReportFigures& report, const QString& municipality) {
    QString html =
        QStringLiteral("<footer>\n<p>%1</p>\n")
            .arg(esc(Text::tr("%1 and the local police. Made with Löfteskollen.").arg(municipality)));
    const QString contact = report.municipality.value(municipalities::publicContact).toString().trimmed();
    if (!contact.isEmpty())
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(Text::tr("Questions about the promises: %1").arg(contactHtml(contact)));
    if (const QUrl url = reportUrl(report.municipality); !url.isEmpty())
        html +=
            QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
                .arg(esc(url.toString(QUrl::FullyEncoded)), esc(Text::tr("Read the whole follow-up report")));
    return html + QStringLiteral("</footer>\n");
}

} // namespace

Result<QByteArray> PublicSummary::build(const Repository& repository, const ReportScope& scope) {
    auto gathered = ReportFigures::gather(repository, scope);
    if (!gathered)
        return gathered.error();
    const ReportFigures& report = *gathered;
    const QString municipality = report.municipality.value(municipalities::name).toString();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n"
                                  "<a class=\"skip\" href=\"#main\">%4</a>\n")
                       .arg(Language::current(), esc(Text::tr("Follow how it goes – %1").arg(municipality)),
                            PublicSummaryStyle::css(), esc(Text::tr("Skip to the content")));
    html +=
        QStringLiteral("<header>\n<h1>%1</h1>\n<p>%2</p>\n<p class=\"updated\">%3</p>\n</header>\n")
            .arg(esc(Text::tr("Follow how it goes!")),
                 esc(Text::tr(
                         "%1 and the police made these citizen promises for %2. Here is how far they have "
                         "come.")
                         .arg(municipality, report.period.value(periods::name).toString())),
                 esc(Text::tr("Followed up %1, updated %2.")
                         .arg(report.rangeText(), isoDate(report.scope.printedOn))));
    html += QStringLiteral("<main id=\"main\" tabindex=\"-1\">\n") + key(report) + brief(report);
    int serial = 0;
    Record area;
    for (const ReportFigures::Promise& one : report.promises) {
        const PromiseProgress::Line& line = one.progress;
        if (line.focusArea.id != area.id) {
            if (area.id != 0)
                html += QStringLiteral("</section>\n");
            area = line.focusArea;
            html += QStringLiteral("<section aria-labelledby=\"area-%1\">\n<h2 id=\"area-%1\">%2</h2>\n")
                        .arg(area.id)
                        .arg(esc(area.value(focusAreas::title).toString()));
        }
        html += promise(report, one, serial);
    }
    if (area.id != 0)
        html += QStringLiteral("</section>\n");
    html += indicatorSection(report, serial) + QStringLiteral("</main>\n") + footer(report, municipality) +
            QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace lk
