#include "clirun.h"
#include "db/sql.h"
#include "og/ogregisters.h"
#include "report/councilreport.h"
#include "report/pagedoutput.h"
#include "report/publicsummary.h"
#include "report/reportcommand.h"
#include "report/reportfiles.h"
#include "reportfixture.h"
#include "watch/watchregisters.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTextLayout>

using namespace lk;
using namespace lk::test;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int countOf(const QByteArray& bytes, const QString& pattern) {
    int n = 0;
    for (auto it = QRegularExpression(pattern).globalMatch(QString::fromLatin1(bytes)); it.hasNext();
         it.next())
        ++n;
    return n;
}

} // namespace

TEST_CASE("The council report's text on the demo file is the golden one", "[report][golden][postgres]") {
    // The same report from a server: its figures are read through the same SQL on either engine.
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    DemoFile demo(engine);
    Swedish swedish;
    // As the ODT has it: without the page numbers of the contents, which follow the machine's fonts.
    auto document = CouncilReport::build(demo.repository, demo.wholePeriod(), ChartForm::Image);
    INFO(document.message().toStdString());
    REQUIRE(document.ok());
    checkGolden(QStringLiteral("report/council_sample_sv.txt"),
                (*document)->toPlainText().remove(QChar(0x00AD)).toUtf8());
}

TEST_CASE("The council report's summary is the golden table: a row per target under a row per promise",
          "[report][golden][postgres][summary]") {
    // The same report from a server: its figures are read through the same SQL on either engine.
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    DemoFile demo(engine);
    Swedish swedish;
    auto whole = CouncilReport::build(demo.repository, demo.wholePeriod(), ChartForm::Image);
    REQUIRE(whole.ok());
    ReportScope interim = demo.wholePeriod();
    interim.from = QDate(2021, 1, 1);
    interim.to = QDate(2021, 8, 31);
    auto tertials = CouncilReport::build(demo.repository, interim, ChartForm::Image);
    REQUIRE(tertials.ok());
    const QString summary = tableAfter(**whole, QStringLiteral("Sammanfattning"));
    // Every promise has a row, and the one without a number says what was done.
    CHECK(summary.contains(QStringLiteral("Lägesbild över otrygga platser")));
    CHECK(summary.contains(QStringLiteral("Inget räknat mål | Otrygga platser i lägesbilden")));
    CHECK_FALSE(summary.contains(QStringLiteral("| |")));
    checkGolden(
        QStringLiteral("report/council_summary_sv.txt"),
        (summary + QStringLiteral("\n") + tableAfter(**tertials, QStringLiteral("Sammanfattning"))).toUtf8());
}

TEST_CASE("The public summary of the demo file is the golden HTML, its charts inside it",
          "[report][golden]") {
    DemoFile demo;
    Swedish swedish;
    auto html = PublicSummary::build(demo.repository, demo.wholePeriod());
    REQUIRE(html.ok());
    CHECK(html->contains("data:image/png;base64,"));
    CHECK_FALSE(html->contains("src=\"http"));
    CHECK_FALSE(html->contains("<link"));
    checkGolden(QStringLiteral("report/public_sample_sv.html"), withoutImageData(*html));
}

TEST_CASE("The council PDF has numbered pages and its charts as vector drawings, never as JPEG", "[report]") {
    DemoFile demo;
    const QString path = demo.file.pathFor(QStringLiteral("rapport.pdf"));
    REQUIRE(ReportFiles::write(demo.repository, demo.wholePeriod(), ReportFiles::Kind::Council,
                               ReportFiles::Format::Pdf, path)
                .ok());
    const QByteArray pdf = fileBytes(path);
    REQUIRE(pdf.startsWith("%PDF-"));
    // Cover, summary, the two focus areas and the indicators each start a page.
    const int pageCount = countOf(pdf, QStringLiteral("/Type /Page\\b(?!s)"));
    CHECK(pageCount >= 10);
    // The charts are drawn, not pasted: no image at all, so none blurred or JPEG-compressed.
    CHECK_FALSE(pdf.contains("/DCTDecode"));
    QRegularExpression widths(QStringLiteral("/Subtype /Image\\s*/Width (\\d+)"));
    for (auto match = widths.globalMatch(QString::fromLatin1(pdf)); match.hasNext();)
        CHECK(match.next().captured(1).toInt() >= 1200);
    // Each chart of the document is in the PDF as text and lines: its title can be read out of the page.
    const QStringList pages = pdfPages(path);
    if (pages.isEmpty())
        return;
    const QString text = pages.join(u'\f');
    CHECK(text.count(QStringLiteral(" per term")) >= 8);
    CHECK(text.contains(QStringLiteral("Compliance per year")));
    CHECK(text.contains(QStringLiteral("n = "))); // the compliance bars' sample sizes
    // Every page numbered at its foot, "3 (10)", up to the last.
    CHECK(pages.size() == pageCount);
    for (int page = 1; page <= pages.size(); ++page)
        CHECK(pages.at(page - 1).contains(QStringLiteral("%1 (%2)").arg(page).arg(pages.size())));
    CHECK(text.contains(QStringLiteral("Lower is better"))); // the indicators' trend line
}

TEST_CASE("The ODT is an OpenDocument text with the charts as pictures", "[report]") {
    DemoFile demo;
    const QString path = demo.file.pathFor(QStringLiteral("rapport.odt"));
    REQUIRE(ReportFiles::write(demo.repository, demo.wholePeriod(), ReportFiles::Kind::Council,
                               ReportFiles::Format::Odt, path)
                .ok());
    const QByteArray odt = fileBytes(path);
    CHECK(odt.startsWith("PK"));
    CHECK(odt.contains("application/vnd.oasis.opendocument.text"));
    CHECK(odt.contains("content.xml"));
    // Each picture's name stands in the zip's local header and again in its directory.
    QSet<QString> pictures;
    for (auto it =
             QRegularExpression(QStringLiteral("Pictures/Picture\\d+")).globalMatch(QString::fromLatin1(odt));
         it.hasNext();)
        pictures.insert(it.next().captured());
    CHECK(pictures.size() >= 8);
}

TEST_CASE("Neither report holds a case code, a name or any free text from cases and meetings",
          "[report][privacy]") {
    DemoFile demo;
    const Repository& repository = demo.repository;
    // Sentinels in every free text a leak could come from.
    const QString sentinel = QStringLiteral("LÄCKA");
    const qint64 municipality =
        scalar(*demo.document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    for (const auto& [table, field] :
         {std::pair{"og_cases", "background"}, std::pair{"og_case_notes", "note"},
          std::pair{"og_case_notes", "decisions"}, std::pair{"og_meetings", "minutes"},
          std::pair{"og_meetings", "agenda"}, std::pair{"action_items", "what"},
          std::pair{"watch_areas", "contact_name"}, std::pair{"test_purchases", "dialogue_note"},
          std::pair{"inspections", "findings"}}) {
        REQUIRE(sql::run(repository.database(),
                         QStringLiteral("UPDATE %1 SET %2 = '%3 ' || id%4")
                             .arg(QString::fromLatin1(table), QString::fromLatin1(field), sentinel,
                                  // a main contact's name only where the contact consented
                                  QString::fromLatin1(table) == QStringLiteral("watch_areas")
                                      ? QStringLiteral(" WHERE contact_consent = 1")
                                      : QString()))
                    .ok());
    }
    QStringList codes;
    auto query = sql::run(repository.database(), QStringLiteral("SELECT code FROM og_cases"));
    REQUIRE(query.ok());
    while (query->next())
        codes << query->value(0).toString();
    REQUIRE_FALSE(codes.isEmpty());
    REQUIRE(municipality > 0);

    auto html = PublicSummary::build(repository, demo.wholePeriod());
    REQUIRE(html.ok());
    auto council = CouncilReport::build(repository, demo.wholePeriod());
    REQUIRE(council.ok());
    for (const QString& text : {QString::fromUtf8(*html), (*council)->toPlainText()}) {
        CHECK_FALSE(text.contains(sentinel));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("OG-\\d{4}-\\d{3}"))));
        for (const QString& code : codes)
            CHECK_FALSE(text.contains(code));
        // No personal identity number shape either.
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b\\d{6}[-+]\\d{4}\\b"))));
    }
    // The public page does not even carry the status comments or the coordinator's text.
    auto comment =
        sql::scalar(repository.database(),
                    QStringLiteral("SELECT comment FROM promise_statuses WHERE comment IS NOT NULL"));
    REQUIRE(comment.ok());
    CHECK_FALSE(QString::fromUtf8(*html).contains(comment->toString().toHtmlEscaped()));
}

TEST_CASE("The report command writes the documents without a window, and says what is wrong",
          "[report][cli]") {
    DemoFile demo;
    CommandLine::setReportWriter(&ReportCommand::run);
    const QString db = demo.file.path();
    demo.document.reset(); // closed, as when the command runs on its own
    const QString pdf = demo.file.pathFor(QStringLiteral("r.pdf"));
    Run written = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                       QStringLiteral("2021–2022"), QStringLiteral("--from"), QStringLiteral("2022-01-01"),
                       QStringLiteral("--to"), QStringLiteral("2022-06-30"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    INFO(written.err.toStdString());
    CHECK(written.exit == CommandLine::Ok);
    CHECK(fileBytes(pdf).startsWith("%PDF-"));

    const QString html = demo.file.pathFor(QStringLiteral("public.html"));
    Run summary = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                       QStringLiteral("2021–2022"), QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("--public"), QStringLiteral("--out"), html});
    CHECK(summary.exit == CommandLine::Ok);
    CHECK(fileBytes(html).contains("<!DOCTYPE html>"));

    Run unknown = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                       QStringLiteral("2030"), QStringLiteral("--out"), pdf});
    CHECK(unknown.exit == CommandLine::Usage);
    CHECK_THAT(unknown.err.toStdString(), Catch::Matchers::Contains("2021–2022"));

    Run publicPdf =
        run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
             QStringLiteral("2021–2022"), QStringLiteral("--public"), QStringLiteral("--out"), pdf});
    CHECK(publicPdf.exit == CommandLine::Failed);
    CHECK_THAT(publicPdf.err.toStdString(), Catch::Matchers::Contains("HTML"));

    Run badDate = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                       QStringLiteral("2021–2022"), QStringLiteral("--to"), QStringLiteral("30/6"),
                       QStringLiteral("--out"), pdf});
    CHECK(badDate.exit == CommandLine::Usage);
}

namespace {

// The council PDF of `scope`, written to the demo's folder.
QString councilPdf(DemoFile& demo, const ReportScope& scope, const QString& name) {
    const QString path = demo.file.pathFor(name);
    REQUIRE(
        ReportFiles::write(demo.repository, scope, ReportFiles::Kind::Council, ReportFiles::Format::Pdf, path)
            .ok());
    return path;
}

ReportScope interimOf(const DemoFile& demo) {
    ReportScope scope = demo.wholePeriod();
    scope.from = QDate(2021, 1, 1);
    scope.to = QDate(2021, 8, 31);
    return scope;
}

QString collapsed(QString text) {
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

TEST_CASE("The contents give the page each heading stands on in the PDF", "[report][pages]") {
    DemoFile demo;
    Swedish swedish;
    for (const ReportScope& scope : {demo.wholePeriod(), interimOf(demo)}) {
        const QStringList pages = pdfPages(councilPdf(demo, scope, QStringLiteral("toc.pdf")));
        if (pages.isEmpty())
            return;
        // The contents on the cover: a line per heading, its page at the right.
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
        const QStringList cover = pages.first().split(u'\n');
        const qsizetype contents = cover.indexOf(QRegularExpression(QStringLiteral("^\\s*Innehåll\\s*$")));
        REQUIRE(contents >= 0);
        int entries = 0;
        for (qsizetype line = contents + 1; line < cover.size(); ++line) {
            const auto match = entry.match(cover.at(line));
            if (!match.hasMatch())
                continue;
            const QString title = match.captured(1);
            const int page = match.captured(2).toInt();
            INFO(title.toStdString() << " on page " << page);
            REQUIRE(page >= 2);
            REQUIRE(page <= pages.size());
            CHECK(collapsed(pages.at(page - 1)).contains(title));
            // …and the page before does not end with it.
            CHECK_FALSE(collapsed(pages.at(page - 2)).trimmed().endsWith(title));
            ++entries;
        }
        CHECK(entries >= 14);
    }
}

TEST_CASE("No page of the council PDF ends with a heading", "[report][pages]") {
    DemoFile demo;
    Swedish swedish;
    for (const ReportScope& scope : {demo.wholePeriod(), interimOf(demo)}) {
        auto document = CouncilReport::build(demo.repository, scope);
        REQUIRE(document.ok());
        const QStringList headings = headingsOf(**document);
        REQUIRE(headings.size() >= 15);
        const QStringList pages = pdfPages(councilPdf(demo, scope, QStringLiteral("headings.pdf")));
        for (qsizetype page = 0; page + 1 < pages.size(); ++page) {
            QStringList lines = pages.at(page).split(u'\n');
            // Without the page number at the foot and the empty lines.
            while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() ||
                                        QRegularExpression(QStringLiteral("^\\d+ \\(\\d+\\)$"))
                                            .match(lines.last().trimmed())
                                            .hasMatch()))
                lines.removeLast();
            REQUIRE_FALSE(lines.isEmpty());
            const QString last = lines.last().trimmed();
            INFO("page " << page + 1 << " ends with: " << last.toStdString());
            for (const QString& heading : headings)
                CHECK_FALSE((last == heading || (last.size() >= 8 && heading.endsWith(last))));
        }
    }
}

TEST_CASE("No word of the council report is cut without a hyphen", "[report][pages]") {
    DemoFile demo;
    const auto check = [&](const ReportScope& scope) {
        auto document = CouncilReport::build(demo.repository, scope);
        REQUIRE(document.ok());
        int checked = 0;
        for (QTextBlock block = (*document)->begin(); block.isValid(); block = block.next()) {
            const QTextLayout* layout = block.layout();
            const QString text = block.text();
            for (int line = 1; layout && line < layout->lineCount(); ++line) {
                const int at = layout->lineAt(line).textStart();
                if (at <= 0 || at >= text.size())
                    continue;
                ++checked;
                const QChar before = text.at(at - 1);
                const QChar after = text.at(at);
                INFO("“" << text.toStdString() << "” broken before " << at);
                CHECK_FALSE((before.isLetterOrNumber() && after.isLetterOrNumber()));
            }
        }
        CHECK(checked > 50);
    };
    SECTION("Swedish") {
        Swedish swedish;
        check(demo.wholePeriod());
        check(interimOf(demo));
        ReportScope year = demo.wholePeriod();
        year.from = QDate(2022, 1, 1);
        check(year);
    }
    SECTION("English") {
        EnglishPlurals english;
        check(demo.wholePeriod());
        check(interimOf(demo));
    }
}

TEST_CASE("The council PDF says its title, author, subject and language", "[report][pdf]") {
    DemoFile demo;
    Swedish swedish;
    const QString path = councilPdf(demo, demo.wholePeriod(), QStringLiteral("meta.pdf"));
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    if (info.isEmpty())
        return;
    CHECK(info.contains(QRegularExpression(
        QStringLiteral("Title:\\s+Uppföljning av medborgarlöftena, Salems kommun 2021–2022"))));
    const QString xmp = poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    CHECK(xmp.contains(QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Uppföljning av "
                                      "medborgarlöftena, Salems kommun 2021–2022</rdf:li>")));
    CHECK(xmp.contains(QStringLiteral("<rdf:li>Kommunstyrelseförvaltningen, säkerhetssamordnaren</rdf:li>")));
    CHECK(xmp.contains(QStringLiteral("Uppföljning av medborgarlöften, 2021–2022")));
    CHECK(xmp.contains(QStringLiteral("<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li>")));
    CHECK(xmp.contains(QStringLiteral("<pdf:Producer>Löfteskollen")));
}

TEST_CASE("The council's web page is HTML5 with its language, title, landmarks, header cells and alt text",
          "[report][html]") {
    DemoFile demo;
    Swedish swedish;
    auto bytes = ReportFiles::councilHtml(demo.repository, demo.wholePeriod());
    REQUIRE(bytes.ok());
    const QString html = QString::fromUtf8(*bytes);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv-SE\">")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(html.contains(
        QStringLiteral("<title>Uppföljning av medborgarlöftena, Salems kommun 2021–2022</title>")));
    CHECK(html.count(QStringLiteral("<main>")) == 1);
    CHECK(html.contains(QStringLiteral("<nav aria-labelledby=\"contents\">")));
    CHECK(html.count(QStringLiteral("<h1>")) == 1);
    CHECK(html.contains(QStringLiteral("<th scope=\"col\"")));
    CHECK(html.contains(QStringLiteral("<th scope=\"row\"")));
    // No HTML 4 of QTextDocument: no table attributes, no chart: sources.
    CHECK_FALSE(html.contains(QStringLiteral("<td width=")));
    CHECK_FALSE(html.contains(QStringLiteral("border=\"")));
    CHECK_FALSE(html.contains(QStringLiteral("src=\"chart:")));
    CHECK_FALSE(html.contains(QStringLiteral("qrichtext")));
    // Every chart inline, with a description of what it shows.
    static const QRegularExpression image(QStringLiteral("<img ([^>]*)>"));
    int images = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QString attributes = it.next().captured(1);
        ++images;
        CHECK(attributes.startsWith(QStringLiteral("src=\"data:image/png;base64,")));
        const auto alt = QRegularExpression(QStringLiteral("alt=\"([^\"]{20,})\"")).match(attributes);
        CHECK(alt.hasMatch());
    }
    CHECK(images >= 12);
    // The contents link every heading.
    static const QRegularExpression link(QStringLiteral("<a href=\"#(s\\d+)\">"));
    for (auto it = link.globalMatch(html); it.hasNext();)
        CHECK(html.contains(QStringLiteral("id=\"%1\"").arg(it.next().captured(1))));
}

TEST_CASE("The report says one and many right in both languages", "[report][plural]") {
    DemoFile demo;
    SECTION("English, with its plural forms") {
        EnglishPlurals english;
        auto document = CouncilReport::build(demo.repository, demo.wholePeriod(), ChartForm::Image);
        REQUIRE(document.ok());
        const QString text = (*document)->toPlainText();
        CHECK_FALSE(text.contains(QStringLiteral("(s)")));
        CHECK(text.contains(QStringLiteral("2 actions")));
        CHECK(text.contains(QStringLiteral("9 places:")));
    }
    SECTION("Swedish") {
        Swedish swedish;
        auto document = CouncilReport::build(demo.repository, demo.wholePeriod(), ChartForm::Image);
        REQUIRE(document.ok());
        const QString text = (*document)->toPlainText();
        CHECK(text.contains(QStringLiteral("2 åtgärder")));
        CHECK(text.contains(QStringLiteral("9 platser:")));
        CHECK_FALSE(text.contains(QStringLiteral("planerade,")));
    }
}
