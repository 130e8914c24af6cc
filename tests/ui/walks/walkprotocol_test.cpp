#include "../../core/walks/walkfixture.h"
#include "../report/reportfixture.h"
#include "clirun.h"
#include "db/sql.h"
#include "modal.h"
#include "report/pagedoutput.h"
#include "report/reportcommand.h"
#include "walks/walkprotocol.h"
#include "walks/walkregisters.h"

#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

qint64 walkOn(const DemoFile& demo, const char* date) {
    return scalar(*demo.document, QStringLiteral("SELECT id FROM walks WHERE walked_on = ?"),
                  {QString::fromLatin1(date)})
        .toLongLong();
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int pageCount(const QByteArray& pdf) {
    int pages = 0;
    for (auto it =
             QRegularExpression(QStringLiteral("/Type /Page\\b(?!s)")).globalMatch(QString::fromLatin1(pdf));
         it.hasNext(); it.next())
        ++pages;
    return pages;
}

// The PDF's text as pdftotext reads it, or nothing (with a warning) where poppler-utils is missing.
std::optional<QString> pdfText(const QString& path) {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
        return std::nullopt;
    }
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The protocol of the demo walk of 2021-10-12 is the golden text", "[protocol][golden]") {
    DemoFile demo;
    Swedish swedish;
    auto text = WalkProtocol::text(demo.repository, walkOn(demo, "2021-10-12"));
    REQUIRE(text.ok());
    checkGolden(QStringLiteral("walks/protocol_sample_sv.txt"), text->toUtf8());
}

TEST_CASE("The protocol PDF is on numbered A4 pages and holds every observation", "[protocol]") {
    DemoFile demo;
    const qint64 walk = walkOn(demo, "2021-10-12");
    const QString path = demo.file.pathFor(QStringLiteral("protokoll.pdf"));
    REQUIRE(WalkProtocol::writePdf(demo.repository, walk, path).ok());
    const QByteArray pdf = fileBytes(path);
    REQUIRE(pdf.startsWith("%PDF-"));
    // The walk, its four observations and the summary on one page; the map starts a page of its own.
    const int pages = pageCount(pdf);
    CHECK(pages == 2);
    // A4: 595 × 842 points.
    CHECK(pdf.contains("/MediaBox [0 0 595"));
    auto text = pdfText(path);
    if (!text)
        return;
    const QString flat = text->simplified();
    auto observations =
        sql::run(demo.repository.database(),
                 QStringLiteral("SELECT description, action FROM observations WHERE walk_id = ?"), {walk});
    REQUIRE(observations.ok());
    int seen = 0;
    while (observations->next()) {
        ++seen;
        // Words from the start of each text: a cell may break a line anywhere later.
        const QString words = observations->value(0).toString().section(u' ', 0, 2);
        INFO(words.toStdString());
        CHECK(flat.contains(words));
    }
    CHECK(seen == 4);
    for (int page = 1; page <= pages; ++page)
        CHECK(flat.contains(QStringLiteral("%1 (%2)").arg(page).arg(pages)));
}

TEST_CASE("A rejected action shows its reason in the protocol", "[protocol]") {
    DemoFile demo;
    Swedish swedish;
    const qint64 walk = walkOn(demo, "2021-10-12");
    auto text = WalkProtocol::text(demo.repository, walk);
    REQUIRE(text.ok());
    CHECK(text->contains(
        QStringLiteral("Skäl: Ingår inte i årets budget; tas upp i investeringsplanen för 2023.")));
    // A rejected action without its reason cannot be stored, so the protocol never shows an empty one.
    auto rejected = demo.repository.list(WalkRegisters::observations(), QStringLiteral("status"),
                                         QStringLiteral("avvisad"));
    REQUIRE(rejected.ok());
    REQUIRE(rejected->size() == 1);
    Record without = rejected->first();
    without.values.remove(QStringLiteral("status_reason"));
    CHECK_FALSE(demo.repository
                    .update(WalkRegisters::observations(), rejected->first(), without, Repository::Stamp::Now)
                    .ok());
}

TEST_CASE("A photo goes into the protocol as a small picture and the map shows the numbered pins",
          "[protocol]") {
    DemoFile demo;
    const qint64 walk = walkOn(demo, "2021-08-24");
    auto document = WalkProtocol::build(demo.repository, walk);
    REQUIRE(document.ok());
    const QImage photo = (*document)
                             ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("image:photo-1")))
                             .value<QImage>();
    REQUIRE_FALSE(photo.isNull());
    CHECK(photo.width() <= 450);
    const QImage map = (*document)
                           ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("image:map")))
                           .value<QImage>();
    REQUIRE_FALSE(map.isNull());
    CHECK(map.width() <= 2 * PagedOutput::contentWidth() + 1);
    // The thumbnail keeps the file small: a protocol goes out by e-mail and onto the website.
    const QString path = demo.file.pathFor(QStringLiteral("foto.pdf"));
    REQUIRE(WalkProtocol::writePdf(demo.repository, walk, path).ok());
    CHECK(fileBytes(path).size() < 2'000'000);
}

TEST_CASE("A digital walk's protocol leaves out start and light and counts what citizens sent in",
          "[protocol]") {
    DemoFile demo;
    Swedish swedish;
    auto text = WalkProtocol::text(demo.repository, walkOn(demo, "2022-03-25"));
    REQUIRE(text.ok());
    CHECK_FALSE(text->contains(QStringLiteral("Starttid")));
    CHECK_FALSE(text->contains(QStringLiteral("Ljusförhållanden")));
    CHECK(text->contains(QStringLiteral("Inskickad av en medborgare")));
    CHECK(text->contains(QStringLiteral("varav inskickade av medborgare\n3")));
    CHECK(text->contains(QStringLiteral("Totalt\n63")));
}

TEST_CASE("A walk that is gone gives a message and no protocol", "[protocol]") {
    DemoFile demo;
    const QString path = demo.file.pathFor(QStringLiteral("inget.pdf"));
    const Status written = WalkProtocol::writePdf(demo.repository, 999999, path);
    REQUIRE_FALSE(written.ok());
    CHECK_FALSE(written.message().isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The protocol is offered under the walk's area and date, and is also written as ODT",
          "[protocol]") {
    DemoFile demo;
    Swedish swedish;
    const qint64 walk = walkOn(demo, "2021-10-12");
    auto name = WalkProtocol::suggestedFileName(demo.repository, walk);
    REQUIRE(name.ok());
    CHECK(*name == QStringLiteral("Trygghetsvandring Salems centrum 2021-10-12.pdf"));
    auto title = WalkProtocol::title(demo.repository, walk);
    REQUIRE(title.ok());
    CHECK(*title == QStringLiteral("Protokoll från trygghetsvandring, Salems centrum 2021-10-12"));

    const QString path = demo.file.pathFor(QStringLiteral("protokoll.odt"));
    REQUIRE(WalkProtocol::write(demo.repository, walk, path, WalkProtocol::Format::Odt).ok());
    const QByteArray odt = fileBytes(path);
    CHECK(odt.startsWith("PK"));
    CHECK(odt.contains("application/vnd.oasis.opendocument.text"));
}

TEST_CASE("The protocol command writes a walk's protocol without a window and names a walk it cannot find",
          "[protocol][cli]") {
    DemoFile demo;
    CommandLine::setReportWriter(&ReportCommand::run);
    const QString db = demo.file.path();
    demo.document.reset(); // closed, as when the command runs on its own
    const QString pdf = demo.file.pathFor(QStringLiteral("p.pdf"));
    Run written = run({QStringLiteral("protocol"), QStringLiteral("--db"), db, QStringLiteral("--walk"),
                       QStringLiteral("2021-10-12"), QStringLiteral("--out"), pdf});
    INFO(written.err.toStdString());
    CHECK(written.exit == CommandLine::Ok);
    CHECK(fileBytes(pdf).startsWith("%PDF-"));

    const QString odt = demo.file.pathFor(QStringLiteral("p.odt"));
    Run asOdt = run({QStringLiteral("protocol"), QStringLiteral("--db"), db, QStringLiteral("--walk"),
                     QStringLiteral("2022-03-25"), QStringLiteral("--format"), QStringLiteral("odt"),
                     QStringLiteral("--out"), odt});
    CHECK(asOdt.exit == CommandLine::Ok);
    CHECK(fileBytes(odt).startsWith("PK"));

    Run unknown = run({QStringLiteral("protocol"), QStringLiteral("--db"), db, QStringLiteral("--walk"),
                       QStringLiteral("2030-01-01"), QStringLiteral("--out"), pdf});
    CHECK(unknown.exit == CommandLine::Usage);
    CHECK_THAT(unknown.err.toStdString(), Catch::Matchers::Contains("2030-01-01"));

    Run html = run({QStringLiteral("protocol"), QStringLiteral("--db"), db, QStringLiteral("--walk"),
                    QStringLiteral("2021-10-12"), QStringLiteral("--format"), QStringLiteral("html"),
                    QStringLiteral("--out"), pdf});
    CHECK(html.exit == CommandLine::Usage);
}

TEST_CASE("protocol --walk with a date two municipalities walked on exits 2 and names both walks, and "
          "--municipality writes that municipality's protocol",
          "[protocol][cli][choice]") {
    DemoFile demo;
    CommandLine::setReportWriter(&ReportCommand::run);
    const qint64 botkyrka = insertRecord(demo.repository, PromiseRegisters::municipalities(),
                                         municipalityValues(QStringLiteral("Botkyrka kommun")))
                                .id;
    insertRecord(demo.repository, WalkRegisters::walks(),
                 walkValues(botkyrka, QDate(2021, 10, 12), QStringLiteral("Tumba centrum")));
    const QString db = demo.file.path();
    demo.repository = Repository(QSqlDatabase());
    demo.document.reset(); // closed, as when the command runs on its own
    const QString pdf = demo.file.pathFor(QStringLiteral("p.pdf"));
    const QStringList protocol{
        QStringLiteral("protocol"),   QStringLiteral("--db"),  db, QStringLiteral("--walk"),
        QStringLiteral("2021-10-12"), QStringLiteral("--out"), pdf};

    Run ambiguous = run(protocol);
    CHECK(ambiguous.exit == CommandLine::Usage);
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("Salems kommun: Salems centrum")));
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("Botkyrka kommun: Tumba centrum")));
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("--municipality")));
    CHECK_FALSE(QFile::exists(pdf));

    Run chosen =
        run(protocol + QStringList{QStringLiteral("--municipality"), QStringLiteral("BOTKYRKA kommun")});
    INFO(chosen.err.toStdString());
    REQUIRE(chosen.exit == CommandLine::Ok);
    CHECK(fileBytes(pdf).startsWith("%PDF-"));
    if (const auto text = pdfText(pdf)) {
        CHECK(text->contains(QStringLiteral("Tumba centrum")));
        CHECK_FALSE(text->contains(QStringLiteral("Salems centrum")));
    }

    Run unknown = run(protocol + QStringList{QStringLiteral("--municipality"), QStringLiteral("Nacka")});
    CHECK(unknown.exit == CommandLine::Usage);
    CHECK_THAT(unknown.err.toStdString(), mentions(QStringLiteral("Botkyrka kommun, Salems kommun")));
}

TEST_CASE("Saving the protocol of a walk with no participants asks once, and No saves nothing",
          "[protocol]") {
    DemoFile demo;
    const qint64 municipality =
        scalar(*demo.document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    Record walk;
    walk.values = {{QStringLiteral("municipality_id"), municipality},
                   {QStringLiteral("walked_on"), QDate(2022, 9, 20)},
                   {QStringLiteral("kind"), QStringLiteral("fysisk")},
                   {QStringLiteral("area"), QStringLiteral("Rönninge centrum")}};
    auto saved = demo.document->insert(WalkRegisters::walks(), walk);
    REQUIRE(saved.ok());
    QWidget parent;
    int questions = 0;
    QString asked;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        ++questions;
        asked = box->text();
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    CHECK(WalkProtocol::exportInteractively(&parent, demo.repository, saved->id).isEmpty());
    CHECK(questions == 1);
    CHECK_THAT(asked.toStdString(), mentions(QStringLiteral("No participants")));

    // A walk with participants goes straight to choosing the file.
    bool choosing = false;
    whenModal([&choosing](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        choosing = dialog != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    CHECK(WalkProtocol::exportInteractively(&parent, demo.repository, walkOn(demo, "2021-10-12")).isEmpty());
    CHECK(choosing);
}
