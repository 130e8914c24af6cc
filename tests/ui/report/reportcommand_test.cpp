#include "../../core/cli/twomunicipalities.h"
#include "catchqt.h"
#include "clirun.h"
#include "report/reportcommand.h"

#include <QFile>

using namespace lk;
using namespace lk::test;

namespace {

QString contentOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

Run report(const QString& db, const QString& out, const QStringList& more = {}) {
    return run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                           QStringLiteral("2021–2022"), QStringLiteral("--format"), QStringLiteral("html"),
                           QStringLiteral("--public"), QStringLiteral("--out"), out} +
               more);
}

} // namespace

TEST_CASE("report --period with a name two municipalities share exits 2 and names both, and --municipality "
          "writes that municipality's report",
          "[report][cli][choice]") {
    CommandLine::setReportWriter(&ReportCommand::run);
    TwoMunicipalities file;
    file.close(); // as when the command runs on its own
    const QString db = file.file.path();
    const QString html = file.file.pathFor(QStringLiteral("public.html"));

    const Run ambiguous = report(db, html);
    INFO(ambiguous.err.toStdString());
    CHECK(ambiguous.exit == CommandLine::Usage);
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("Salems kommun")));
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("Huddinge kommun")));
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("--municipality")));
    CHECK(ambiguous.out.isEmpty());
    CHECK_FALSE(QFile::exists(html));

    const Run huddinge =
        report(db, html, {QStringLiteral("--municipality"), QStringLiteral("huddinge kommun")});
    INFO(huddinge.err.toStdString());
    REQUIRE(huddinge.exit == CommandLine::Ok);
    const QString theirs = contentOf(html);
    CHECK(theirs.contains(QStringLiteral("Huddinge kommun")));
    CHECK(theirs.contains(QStringLiteral("Skolvägsvandringar")));
    CHECK_FALSE(theirs.contains(QStringLiteral("Salem")));

    const Run salem = report(db, html, {QStringLiteral("--municipality"), QStringLiteral("Salems kommun")});
    REQUIRE(salem.exit == CommandLine::Ok);
    const QString ours = contentOf(html);
    CHECK(ours.contains(QStringLiteral("Salems kommun")));
    CHECK(ours.contains(QStringLiteral("Operativa gruppen")));
    CHECK_FALSE(ours.contains(QStringLiteral("Huddinge")));
}

TEST_CASE("report --municipality with a name the file lacks exits 2 and lists its municipalities",
          "[report][cli][choice]") {
    CommandLine::setReportWriter(&ReportCommand::run);
    TwoMunicipalities file;
    file.close();
    const QString html = file.file.pathFor(QStringLiteral("public.html"));
    const Run unknown =
        report(file.file.path(), html, {QStringLiteral("--municipality"), QStringLiteral("Nacka kommun")});
    CHECK(unknown.exit == CommandLine::Usage);
    CHECK_THAT(unknown.err.toStdString(), mentions(QStringLiteral("Nacka kommun")));
    CHECK_THAT(unknown.err.toStdString(), mentions(QStringLiteral("Huddinge kommun, Salems kommun")));
    CHECK_FALSE(QFile::exists(html));
}

TEST_CASE("report with one municipality needs no --municipality, and a file without periods fails",
          "[report][cli][choice]") {
    CommandLine::setReportWriter(&ReportCommand::run);
    SalemFile salem;
    salem.close();
    const QString html = salem.file.pathFor(QStringLiteral("public.html"));
    const Run written = report(salem.file.path(), html);
    INFO(written.err.toStdString());
    CHECK(written.exit == CommandLine::Ok);
    CHECK(contentOf(html).contains(QStringLiteral("Salems kommun")));

    TestFile empty;
    const Run none = report(empty.path(), empty.pathFor(QStringLiteral("public.html")));
    CHECK(none.exit == CommandLine::Failed);
    CHECK_THAT(none.err.toStdString(), mentions(QStringLiteral("no period")));
}
