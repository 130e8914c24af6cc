#include "report/publicsummary.h"

#include "common/isodate.h"
#include "promises/promiseregisters.h"
#include "report/reportcharts.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cmath>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PublicSummary)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Inline, so that the one file is the whole page.
QString dataUri(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString lightClass(PromiseProgress::Light light) {
    switch (light) {
    case PromiseProgress::Light::Green:
        return QStringLiteral("green");
    case PromiseProgress::Light::Yellow:
        return QStringLiteral("yellow");
    case PromiseProgress::Light::Red:
        return QStringLiteral("red");
    case PromiseProgress::Light::Grey:
        return QStringLiteral("grey");
    }
    return {};
}

const char* const style = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem; color: #222; }
header { border-bottom: 3px solid #1f77b4; margin-bottom: 1.5rem; }
h1 { font-size: 2rem; margin-bottom: .3rem; }
h2 { margin-top: 2.5rem; color: #1f4e79; }
article { border: 1px solid #ccc; border-radius: 6px; padding: .8rem 1.2rem; margin: 1rem 0; }
.promise { font-style: italic; }
.dot { margin-right: .4rem; }
.green .dot { color: #2ca02c; } .yellow .dot { color: #d4a000; }
.red .dot { color: #d62728; } .grey .dot { color: #9e9e9e; }
img { max-width: 100%; height: auto; }
footer { margin-top: 3rem; font-size: .85rem; color: #555; }
)";

} // namespace

Result<QByteArray> PublicSummary::build(const Repository& repository, const ReportScope& scope) {
    auto gathered = ReportFigures::gather(repository, scope);
    if (!gathered)
        return gathered.error();
    const ReportFigures& report = *gathered;
    const QString municipality = report.municipality.value(municipalities::name).toString();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
            .arg(esc(Text::tr("Follow how it goes – %1").arg(municipality)), QString::fromUtf8(style));
    html +=
        QStringLiteral("<header>\n<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n</header>\n")
            .arg(esc(Text::tr("Follow how it goes!")),
                 esc(Text::tr(
                         "%1 and the police made these citizen promises for %2. Here is how far they have "
                         "come.")
                         .arg(municipality, report.period.value(periods::name).toString())),
                 esc(Text::tr("Followed up %1, updated %2.")
                         .arg(report.rangeText(), isoDate(report.scope.printedOn))));
    Record area;
    for (const ReportFigures::Promise& promise : report.promises) {
        const PromiseProgress::Line& line = promise.progress;
        if (line.focusArea.id != area.id) {
            if (area.id != 0)
                html += QStringLiteral("</section>\n");
            area = line.focusArea;
            html +=
                QStringLiteral("<section>\n<h2>%1</h2>\n").arg(esc(area.value(focusAreas::title).toString()));
        }
        html += QStringLiteral("<article>\n<h3>%1</h3>\n<p class=\"promise\">%2</p>\n<p class=\"light "
                               "%3\"><span class=\"dot\">&#9679;</span>%4</p>\n")
                    .arg(esc(line.promise.value(promises::title).toString()),
                         esc(line.promise.value(promises::text).toString()), lightClass(line.light),
                         esc(PromiseProgress::lightName(line.light)));
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
        for (const ReportChart& chart : ReportCharts::of(promise, QSize(600, 300)))
            html += QStringLiteral("<img src=\"%1\" alt=\"%2\" width=\"600\" height=\"300\">\n")
                        .arg(dataUri(chart.image), esc(chart.title));
        html += QStringLiteral("</article>\n");
    }
    if (area.id != 0)
        html += QStringLiteral("</section>\n");
    html += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n")
                .arg(esc(Text::tr("%1 and the local police. Made with Löfteskollen.").arg(municipality)));
    return html.toUtf8();
}

} // namespace lk
