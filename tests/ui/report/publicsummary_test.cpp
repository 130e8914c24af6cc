#include "charts/chartpalette.h"
#include "common/decimal.h"
#include "common/trafficlight.h"
#include "contrast.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "report/publicsummary.h"
#include "report/publicsummarycharts.h"
#include "report/publicsummarystyle.h"
#include "reportfixture.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace lk;
using namespace lk::test;
using Light = PromiseProgress::Light;

namespace {

constexpr Light lights[] = {Light::Green, Light::Yellow, Light::Red, Light::Grey};
constexpr QRgb white = 0xffffff;

QString pageOf(const DemoFile& demo) {
    auto html = PublicSummary::build(demo.repository, demo.wholePeriod());
    INFO(html.message().toStdString());
    REQUIRE(html.ok());
    return QString::fromUtf8(*html);
}

// A colour as the page's style sheet uses it.
struct ColourUse {
    enum class Role { Text, Graphic, Background };
    QString selector;
    QString property;
    QRgb colour = 0;
    Role role = Role::Text;
};

// Every colour in the page's style sheet, with what it colours: `color` is text, except a light's symbol (a
// graphic, and hidden from screen readers: its name stands beside it); borders and outlines are graphics; a
// background is what text and graphics stand on, except a chart key's swatch (a graphic). A colour the test
// cannot read fails, so that none escapes the check.
QList<ColourUse> coloursOf(const QString& html) {
    const qsizetype start = html.indexOf(QStringLiteral("<style>"));
    const qsizetype end = html.indexOf(QStringLiteral("</style>"));
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    const QString css = html.mid(start, end - start);
    CHECK_FALSE(css.contains(QStringLiteral("rgb(")));
    CHECK_FALSE(css.contains(QStringLiteral("hsl(")));
    static const QRegularExpression rule(QStringLiteral("([^{}]+)\\{([^{}]*)\\}"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    static const QRegularExpression length(QStringLiteral("^-?[0-9.]+(px|rem|em|%)?$"));
    static const QStringList colourProperties{
        QStringLiteral("color"),       QStringLiteral("background"),   QStringLiteral("background-color"),
        QStringLiteral("border"),      QStringLiteral("border-top"),   QStringLiteral("border-bottom"),
        QStringLiteral("border-left"), QStringLiteral("border-right"), QStringLiteral("border-color"),
        QStringLiteral("outline"),     QStringLiteral("outline-color")};
    static const QStringList keywords{QStringLiteral("solid"), QStringLiteral("dashed"),
                                      QStringLiteral("dotted"), QStringLiteral("none")};
    QList<ColourUse> uses;
    for (auto rules = rule.globalMatch(css); rules.hasNext();) {
        const QRegularExpressionMatch match = rules.next();
        const QString selector = match.captured(1).trimmed();
        for (const QString& declaration : match.captured(2).split(u';', Qt::SkipEmptyParts)) {
            const QString property = declaration.section(u':', 0, 0).trimmed();
            const QString value = declaration.section(u':', 1).trimmed();
            if (!colourProperties.contains(property))
                continue;
            for (const QString& token : value.split(u' ', Qt::SkipEmptyParts)) {
                if (length.match(token).hasMatch() || keywords.contains(token))
                    continue;
                INFO(selector.toStdString() << " { " << declaration.toStdString() << " }");
                REQUIRE(hex.match(token).hasMatch());
                ColourUse use{selector, property, QColor(token).rgb() & 0xffffff};
                if (property == QStringLiteral("color"))
                    use.role = selector.contains(QStringLiteral(".symbol")) ? ColourUse::Role::Graphic
                                                                            : ColourUse::Role::Text;
                else if (property.startsWith(QStringLiteral("background")))
                    use.role = selector.contains(QStringLiteral(".swatch")) ? ColourUse::Role::Graphic
                                                                            : ColourUse::Role::Background;
                else
                    use.role = ColourUse::Role::Graphic;
                uses.append(use);
            }
        }
    }
    return uses;
}

QString between(const QString& html, const QString& from, const QString& to) {
    const qsizetype start = html.indexOf(from);
    REQUIRE(start >= 0);
    const qsizetype end = html.indexOf(to, start);
    REQUIRE(end > start);
    return html.mid(start, end - start);
}

QList<qsizetype> positions(const QString& html, const QString& what) {
    QList<qsizetype> found;
    for (qsizetype at = html.indexOf(what); at >= 0; at = html.indexOf(what, at + 1))
        found.append(at);
    return found;
}

// A row of a table: its heading cell and the cells that follow, as the page writes them.
QString row(const QString& head, const QStringList& cells) {
    QString text = QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(head.toHtmlEscaped());
    for (const QString& cell : cells)
        text += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
    return text;
}

void setPublished(const DemoFile& demo, const QVariant& contact, const QVariant& url) {
    const RegisterSpec& spec = PromiseRegisters::municipalities();
    auto list = demo.repository.list(spec);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    Record after = list->first();
    after.values[municipalities::publicContact] = contact;
    after.values[municipalities::reportUrl] = url;
    auto updated = demo.repository.update(spec, list->first(), after, Repository::Stamp::Now);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
}

} // namespace

TEST_CASE(
    "Every colour of the public page reaches WCAG 2.1 AA against its background: 4.5 to 1 for text, 3 to 1 "
    "for graphics",
    "[report][public][a11y]") {
    DemoFile demo;
    Swedish swedish;
    const QString html = pageOf(demo);
    const QList<ColourUse> uses = coloursOf(html);

    QList<QRgb> backgrounds;
    bool whitePage = false;
    for (const ColourUse& use : uses) {
        if (use.role != ColourUse::Role::Background)
            continue;
        backgrounds.append(use.colour);
        whitePage = whitePage || (use.selector == QStringLiteral("body") && use.colour == white);
    }
    CHECK(whitePage);
    int text = 0;
    int graphics = 0;
    for (const ColourUse& use : uses) {
        if (use.role == ColourUse::Role::Background)
            continue;
        const double needed = use.role == ColourUse::Role::Text ? textContrast : graphicContrast;
        (use.role == ColourUse::Role::Text ? text : graphics) += 1;
        for (QRgb background : backgrounds) {
            INFO(use.selector.toStdString()
                 << " { " << use.property.toStdString() << ": " << QColor(use.colour).name().toStdString()
                 << " } on " << QColor(background).name().toStdString());
            CHECK(contrastRatio(use.colour, background) >= needed);
        }
    }
    CHECK(text >= 4);
    CHECK(graphics >= 10);

    // The lights' colours come from the one place the window and the council report take them from.
    for (Light light : lights) {
        const QRgb colour = lightColour(light).rgb() & 0xffffff;
        INFO(PromiseProgress::lightName(light).toStdString());
        CHECK(contrastRatio(colour, white) >= graphicContrast);
        bool used = false;
        for (const ColourUse& use : uses)
            used = used || (use.colour == colour && use.role == ColourUse::Role::Graphic &&
                            use.selector.contains(PublicSummaryStyle::lightClass(light)));
        CHECK(used);
    }
    // The charts' colours, drawn on white; the figures written on the bars are text on the bars' colours.
    for (QRgb colour :
         {chartPalette::measured, chartPalette::second, chartPalette::target, chartPalette::baseline}) {
        INFO(QColor(colour).name().toStdString());
        CHECK(contrastRatio(colour, chartPalette::background) >= graphicContrast);
        bool keyed = false;
        for (const ColourUse& use : uses)
            keyed = keyed || (use.colour == colour && use.selector.contains(QStringLiteral(".swatch")));
        CHECK(keyed);
    }
    CHECK(chartPalette::background == white);
    for (QRgb bar : {chartPalette::measured, chartPalette::second})
        CHECK(contrastRatio(chartPalette::barLabel, bar) >= textContrast);
}

TEST_CASE(
    "The public page has its landmarks and language, headings in order, alt text, each chart's figures in a "
    "table and a key to every assessment",
    "[report][public][a11y]") {
    DemoFile demo;
    Swedish swedish;
    const QString html = pageOf(demo);

    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">")));
    CHECK(html.contains(
        QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")));
    CHECK(positions(html, QStringLiteral("<main")).size() == 1);
    CHECK(positions(html, QStringLiteral("<header>")).size() == 1);
    CHECK(positions(html, QStringLiteral("<footer>")).size() == 1);
    // The skip link is the first thing in the body and leads to the main content.
    CHECK(
        html.contains(QStringLiteral("<body>\n<a class=\"skip\" href=\"#main\">Hoppa till innehållet</a>")));
    CHECK(html.contains(QStringLiteral("<main id=\"main\"")));

    // One h1, and no heading skips a level.
    static const QRegularExpression heading(QStringLiteral("<h([1-6])[ >]"));
    QList<int> levels;
    for (auto it = heading.globalMatch(html); it.hasNext();)
        levels.append(it.next().captured(1).toInt());
    REQUIRE_FALSE(levels.isEmpty());
    CHECK(levels.first() == 1);
    CHECK(levels.count(1) == 1);
    for (qsizetype i = 1; i < levels.size(); ++i) {
        INFO("heading " << i << ": h" << levels.at(i) << " after h" << levels.at(i - 1));
        CHECK(levels.at(i) <= levels.at(i - 1) + 1);
    }

    // Every image says what it shows, and the figures it draws follow it in a table of their own.
    static const QRegularExpression alt(QStringLiteral("<img [^>]*alt=\"([^\"]+)\""));
    const QList<qsizetype> images = positions(html, QStringLiteral("<img "));
    const QList<qsizetype> tables = positions(html, QStringLiteral("<table>"));
    int described = 0;
    for (auto it = alt.globalMatch(html); it.hasNext(); it.next())
        ++described;
    CHECK(described == images.size());
    CHECK(tables.size() == images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const qsizetype next = i + 1 < images.size() ? images.at(i + 1) : html.size();
        INFO("image " << i + 1);
        CHECK(std::any_of(tables.cbegin(), tables.cend(),
                          [&](qsizetype table) { return table > images.at(i) && table < next; }));
    }
    for (const QString& table : html.split(QStringLiteral("<table>")).mid(1)) {
        const QString one = table.section(QStringLiteral("</table>"), 0, 0);
        CHECK(one.contains(QStringLiteral("<caption")));
        CHECK(one.contains(QStringLiteral("<th scope=\"col\">")));
        CHECK(one.count(QStringLiteral("<tr><th scope=\"row\">")) == one.count(QStringLiteral("<tr>")) - 1);
    }
    // Each table scrolls in its own box on a narrow screen; the images shrink with the page.
    CHECK(html.count(QStringLiteral("<div class=\"table-wrap\"")) == tables.size());
    CHECK(html.contains(QStringLiteral(".table-wrap { overflow-x: auto;")));
    CHECK(html.contains(QStringLiteral("img { display: block; width: 100%;")));
    CHECK(html.contains(QStringLiteral("height: auto;")));

    // The charts are drawn for a phone: narrow, so that one 360 px wide shrinks them little.
    static const QRegularExpression data(QStringLiteral("data:image/png;base64,([A-Za-z0-9+/=]+)"));
    const QRegularExpressionMatch first = data.match(html);
    REQUIRE(first.hasMatch());
    const QImage image = QImage::fromData(QByteArray::fromBase64(first.captured(1).toLatin1()), "PNG");
    CHECK(image.width() == 2 * PublicSummaryCharts::size.width());
    CHECK(PublicSummaryCharts::size.width() <= 480);

    // The key: every assessment by its shape, its name and what it means.
    const QString key =
        between(html, QStringLiteral("<section aria-labelledby=\"key\">"), QStringLiteral("</section>"));
    for (Light light : lights) {
        INFO(PromiseProgress::lightName(light).toStdString());
        CHECK(key.contains(lightSymbol(light)));
        CHECK(key.contains(PromiseProgress::lightName(light).toHtmlEscaped()));
        CHECK(key.contains(PromiseProgress::lightMeaning(light).toHtmlEscaped()));
    }

    // The tables hold the figures the charts draw.
    auto figures = ReportFigures::gather(demo.repository, demo.wholePeriod());
    REQUIRE(figures.ok());
    int charts = 0;
    for (const ReportFigures::Promise& promise : figures->promises) {
        CHECK(html.contains(QStringLiteral("Bedömning: <span class=\"%1\">")
                                .arg(PublicSummaryStyle::lightClass(promise.progress.light))));
        for (const ReportFigures::Chart& chart : promise.charts) {
            ++charts;
            if (chart.kind == ReportFigures::Chart::Kind::Compliance) {
                for (const Compliance::Slice& slice : chart.compliance)
                    CHECK(html.contains(row(slice.label, {QLocale().toString(slice.purchases)})));
                continue;
            }
            for (qsizetype step = 0; step < chart.steps.size(); ++step) {
                QStringList cells;
                for (const ReportFigures::Chart::Series& series : chart.series)
                    cells << QLocale().toString(series.done.at(step))
                          << ReportFigures::stepTargetText(series.planned.at(step));
                CHECK(html.contains(row(chart.steps.at(step), cells) + QStringLiteral("</tr>")));
            }
        }
    }
    // The indicators: what each measures, from where, its baseline, target and latest value, which way is
    // better, and its values.
    REQUIRE_FALSE(figures->indicators.isEmpty());
    const QString indicators =
        between(html, QStringLiteral("<section aria-labelledby=\"indicators\">"), QStringLiteral("</main>"));
    for (const IndicatorTrend& trend : figures->indicators) {
        const Record& indicator = trend.indicator;
        const QString unit = indicator.value(indicators::unit).toString();
        INFO(indicator.value(indicators::name).toString().toStdString());
        const QString part = between(
            indicators,
            QStringLiteral("<h3>%1</h3>").arg(indicator.value(indicators::name).toString().toHtmlEscaped()),
            QStringLiteral("</article>"));
        CHECK(part.contains(QStringLiteral("<dt>Enhet</dt><dd>%1</dd>").arg(unit.toHtmlEscaped())));
        CHECK(part.contains(QStringLiteral("<dt>Källa</dt><dd>%1</dd>")
                                .arg(IndicatorRegisters::indicators()
                                         .field(indicators::source)
                                         .displayText(indicator.value(indicators::source))
                                         .toHtmlEscaped())));
        REQUIRE(trend.baseline);
        REQUIRE(trend.target);
        REQUIRE_FALSE(trend.points.isEmpty());
        CHECK(part.contains(QStringLiteral("<dt>Utgångsläge</dt><dd>%1 %2 (%3)</dd>")
                                .arg(formatDecimal(trend.baseline->value), unit.toHtmlEscaped())
                                .arg(trend.baseline->year)));
        CHECK(part.contains(QStringLiteral("<dt>Mål</dt><dd>%1 %2 till %3</dd>")
                                .arg(formatDecimal(trend.target->value), unit.toHtmlEscaped())
                                .arg(trend.target->year)));
        CHECK(part.contains(QStringLiteral("<dt>Senaste värde</dt><dd>%1 %2 (")
                                .arg(formatDecimal(trend.points.last().value), unit.toHtmlEscaped())));
        CHECK(part.contains(trend.lowerIsBetter ? QStringLiteral("<dt>Bättre är</dt><dd>Lägre</dd>")
                                                : QStringLiteral("<dt>Bättre är</dt><dd>Högre</dd>")));
        CHECK(part.contains(QStringLiteral("<dt>Utveckling</dt>")));
        CHECK(part.contains(QStringLiteral("<img ")));
        for (const IndicatorTrend::Point& point : trend.points)
            CHECK(part.contains(row(IndicatorRegisters::periodLabel(point.year, point.quarter),
                                    {formatDecimal(point.value)})));
        ++charts;
    }
    CHECK(images.size() == charts);
}

TEST_CASE("The public page's lang is the language its words are in", "[report][public][a11y]") {
    DemoFile demo;
    {
        Swedish swedish;
        CHECK(pageOf(demo).startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">")));
    }
    const QString english = pageOf(demo);
    CHECK(english.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    CHECK(english.contains(QStringLiteral("Follow how it goes!")));
}

TEST_CASE(
    "The public page's footer gives the contact and links the published report when they are set, and only "
    "to a web address",
    "[report][public]") {
    DemoFile demo;
    Swedish swedish;
    // The demo sets both.
    QString footer = between(pageOf(demo), QStringLiteral("<footer>"), QStringLiteral("</footer>"));
    CHECK(footer.contains(QStringLiteral(
        "Frågor om löftena: <a href=\"mailto:trygghet@salem.se\">trygghet@salem.se</a>, 08-532 598 00")));
    CHECK(footer.contains(QStringLiteral("<a href=\"https://www.salem.se/medborgarloften\">")));

    // Unset: neither, and no label left empty.
    setPublished(demo, QVariant(), QVariant());
    footer = between(pageOf(demo), QStringLiteral("<footer>"), QStringLiteral("</footer>"));
    CHECK_FALSE(footer.contains(QStringLiteral("Frågor")));
    CHECK_FALSE(footer.contains(QStringLiteral("<a ")));
    CHECK_FALSE(footer.contains(QStringLiteral("<p></p>")));
    CHECK(footer.contains(QStringLiteral("Salems kommun och lokalpolisen.")));

    // Whatever is typed stays text; an address that is no web page is left out.
    for (const QString& url : {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
                               QStringLiteral("www.salem.se"), QStringLiteral("https://")}) {
        INFO(url.toStdString());
        setPublished(demo, QStringLiteral("<script>alert(\"x\")</script> Ring 08-1"), url);
        footer = between(pageOf(demo), QStringLiteral("<footer>"), QStringLiteral("</footer>"));
        CHECK(footer.contains(QStringLiteral(
            "Frågor om löftena: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ring 08-1")));
        CHECK_FALSE(footer.contains(QStringLiteral("<script")));
        CHECK_FALSE(footer.contains(QStringLiteral("href")));
    }
    // A quote is no part of a web address: left out rather than guessed at. The address's & is escaped.
    setPublished(demo, QStringLiteral("a\"b@salem.se"), QStringLiteral("http://salem.se/rapport?a=\"1\""));
    footer = between(pageOf(demo), QStringLiteral("<footer>"), QStringLiteral("</footer>"));
    CHECK_FALSE(footer.contains(QStringLiteral("salem.se/rapport")));
    CHECK(footer.contains(QStringLiteral("a&quot;<a href=\"mailto:b@salem.se\">b@salem.se</a>")));
    setPublished(demo, QVariant(), QStringLiteral("http://salem.se/rapport?a=1&b=2"));
    footer = between(pageOf(demo), QStringLiteral("<footer>"), QStringLiteral("</footer>"));
    CHECK(footer.contains(QStringLiteral("<a href=\"http://salem.se/rapport?a=1&amp;b=2\">")));
}

TEST_CASE("HTML Tidy finds no error in the public page", "[report][public]") {
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    if (tidy.isEmpty()) {
        WARN("tidy (Debian's tidy) is missing: the page's HTML is not checked");
        return;
    }
    DemoFile demo;
    Swedish swedish;
    const QString path = demo.file.pathFor(QStringLiteral("public.html"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pageOf(demo).toUtf8());
    file.close();
    QProcess process;
    process.start(tidy, {QStringLiteral("-errors"), QStringLiteral("-quiet"), path});
    REQUIRE(process.waitForFinished(60000));
    const QString said = QString::fromUtf8(process.readAllStandardError());
    INFO(said.toStdString());
    // 0: nothing to say, 1: warnings only (the chart keys' swatches are empty spans, drawn by their style),
    // 2: errors.
    CHECK(process.exitCode() < 2);
    CHECK_FALSE(said.contains(QStringLiteral("Error:")));
}
