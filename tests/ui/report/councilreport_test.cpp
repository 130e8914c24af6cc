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

TEST_CASE("The council report's text on the demo file is the golden one", "[report][golden]") {
    DemoFile demo;
    Swedish swedish;
    auto document = CouncilReport::build(demo.repository, demo.wholePeriod());
    REQUIRE(document.ok());
    checkGolden(QStringLiteral("report/council_sample_sv.txt"), (*document)->toPlainText().toUtf8());
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
    const int pages = countOf(pdf, QStringLiteral("/Type /Page\\b(?!s)"));
    CHECK(pages >= 5);
    // The charts are drawn, not pasted: no image at all, so none blurred or JPEG-compressed.
    CHECK_FALSE(pdf.contains("/DCTDecode"));
    QRegularExpression widths(QStringLiteral("/Subtype /Image\\s*/Width (\\d+)"));
    for (auto match = widths.globalMatch(QString::fromLatin1(pdf)); match.hasNext();)
        CHECK(match.next().captured(1).toInt() >= 1200);
    // Each chart of the document is in the PDF as text and lines: its title can be read out of the page.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the charts' text is not checked");
        return;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.count(QStringLiteral("count per month")) >= 5);
    CHECK(text.contains(QStringLiteral("Compliance per year")));
    // Every page numbered at its foot, "3 (10)", up to the last.
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("%1 (%2)").arg(page).arg(pages)));
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
