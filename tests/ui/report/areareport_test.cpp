#include "catchqt.h"
#include "clirun.h"
#include "common/trafficlight.h"
#include "municipalitycopy.h"
#include "promises/promiseregisters.h"
#include "report/areareport.h"
#include "report/policearea.h"
#include "report/reportcommand.h"
#include "reportfixture.h"
#include "samplefile.h"
#include "testfile.h"

#include <QFile>
#include <QTextDocument>

using namespace lk;
using namespace lk::test;

namespace {

const QString area = QStringLiteral("Lokalpolisområde Södertälje");

// Salem from the demo and two copies: Nykvarn in its police area, Gnesta in another.
struct AreaFile : SampleFile {
    AreaFile() {
        copyMunicipality(repository, {{QStringLiteral("Nykvarns kommun"), area},
                                      {QStringLiteral("Gnesta kommun"), QStringLiteral("Annat område")}});
    }
    AreaReport::Scope scope() const {
        return {area, QStringLiteral("2021–2022"), {}, {}, QDate(2023, 1, 20)};
    }
};

QString contentOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("The police area's report sets its municipalities side by side and gives each its summary",
          "[report][policearea]") {
    AreaFile file;
    Swedish swedish;
    auto document = AreaReport::build(file.repository, file.scope());
    INFO(document.message().toStdString());
    REQUIRE(document.ok());
    const QString text = (*document)->toPlainText();
    CHECK(text.contains(area));
    CHECK(text.contains(QStringLiteral("Bedömning per kommun")));
    CHECK(text.contains(QStringLiteral("Nyckeltal per kommun")));
    CHECK_FALSE(text.contains(QStringLiteral("Gnesta")));
    // Each municipality's own summary, under its name.
    for (const QString& name : {QStringLiteral("Nykvarns kommun"), QStringLiteral("Salems kommun")})
        CHECK(text.count(name) >= 3); // the cover, the tables' heads, its summary and the contents

    // The assessments are the area's own, row by row: the promise, then a light per municipality in order.
    auto figures = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"));
    REQUIRE(figures.ok());
    for (const QString& title : figures->promiseTitles()) {
        QStringList row{title};
        for (const PoliceArea::Municipality& one : figures->municipalities)
            row << lightSymbol(one.line(title)->light) + QChar(u' ') +
                       PromiseProgress::lightName(one.line(title)->light);
        INFO(row.join(QStringLiteral(" | ")).toStdString());
        CHECK(text.contains(row.join(u'\n')));
    }
}

TEST_CASE("report --police-area writes the area's report, and refuses an unknown area, a municipality beside "
          "it and the public summary",
          "[report][policearea][cli]") {
    CommandLine::setReportWriter(&ReportCommand::run);
    AreaFile file;
    file.document.reset();
    const QString db = file.file.path();
    const QString html = file.file.pathFor(QStringLiteral("area.html"));
    const QStringList base{
        QStringLiteral("report"),   QStringLiteral("--db"),      db,
        QStringLiteral("--period"), QStringLiteral("2021–2022"), QStringLiteral("--format"),
        QStringLiteral("html"),     QStringLiteral("--out"),     html};

    const Run written = run(base + QStringList{QStringLiteral("--police-area"), area});
    INFO(written.err.toStdString());
    REQUIRE(written.exit == CommandLine::Ok);
    const QString page = contentOf(html);
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(page.contains(QStringLiteral("Nykvarns kommun")));
    CHECK(page.contains(QStringLiteral("Salems kommun")));
    CHECK_FALSE(page.contains(QStringLiteral("Gnesta")));
    REQUIRE(QFile::remove(html));

    const Run unknown =
        run(base + QStringList{QStringLiteral("--police-area"), QStringLiteral("Södertälje")});
    CHECK(unknown.exit == CommandLine::Failed);
    CHECK_THAT(unknown.err.toStdString(), mentions(area));
    CHECK_THAT(unknown.err.toStdString(), mentions(QStringLiteral("Annat område")));
    CHECK_FALSE(QFile::exists(html));

    const Run noPeriod =
        run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                        QStringLiteral("2023–2024"), QStringLiteral("--format"), QStringLiteral("html"),
                        QStringLiteral("--out"), html, QStringLiteral("--police-area"), area});
    CHECK(noPeriod.exit == CommandLine::Failed);
    CHECK_THAT(noPeriod.err.toStdString(), mentions(QStringLiteral("2023–2024")));
    CHECK_FALSE(QFile::exists(html));

    const Run both =
        run(base + QStringList{QStringLiteral("--police-area"), area, QStringLiteral("--municipality"),
                               QStringLiteral("Salems kommun")});
    CHECK(both.exit == CommandLine::Usage);
    const Run publicToo =
        run(base + QStringList{QStringLiteral("--police-area"), area, QStringLiteral("--public")});
    CHECK(publicToo.exit == CommandLine::Usage);
    CHECK_FALSE(QFile::exists(html));
}

TEST_CASE("An area of many municipalities gives each a row, with the promises numbered, so that no name is "
          "cut mid-word",
          "[report][policearea]") {
    SampleFile file;
    copyMunicipality(file.repository, {{QStringLiteral("Nykvarns kommun"), area},
                                       {QStringLiteral("Botkyrka kommun"), area},
                                       {QStringLiteral("Huddinge kommun"), area},
                                       {QStringLiteral("Södertälje kommun"), area}});
    Swedish swedish;
    auto document =
        AreaReport::build(file.repository, {area, QStringLiteral("2021–2022"), {}, {}, QDate(2023, 1, 20)});
    REQUIRE(document.ok());
    const QString text = (*document)->toPlainText();
    CHECK(text.contains(QStringLiteral("1 Trygghetsvandringar · 2 Lägesbild över otrygga platser")));
    // Each municipality heads its own row: its name, then a mark per promise.
    auto figures = PoliceArea::of(file.repository, area, QStringLiteral("2021–2022"));
    REQUIRE(figures.ok());
    REQUIRE(figures->municipalities.size() == 5);
    for (const PoliceArea::Municipality& one : figures->municipalities) {
        QStringList row{one.municipality.value(municipalities::name).toString()};
        for (const QString& title : figures->promiseTitles())
            row << lightSymbol(one.line(title)->light);
        INFO(row.join(QStringLiteral(" | ")).toStdString());
        CHECK(text.contains(row.join(u'\n')));
    }
    // The marks' key, in words.
    CHECK(text.contains(QStringLiteral("● Enligt plan")));
}
