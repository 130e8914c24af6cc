// Region report benchmark: the council report of one municipality's period (Salems kommun, 2021–2022) on the
// region file (26 municipalities, ten years, about 250,000 records) against the same report on the demo
// sample file in the same run (the floor: a file that holds that municipality's period alone): its figures,
// and the whole PDF and HTML. The goal: as fast on the region file, a ratio of 1.
//   build/bin/region_report_bench [RUNS]
// LOFTESKOLLEN_REGION_FILE=FILE takes a region file made before instead of making one.
#include "benchsupport.h"
#include "childrun.h"
#include "report/reportfigures.h"
#include "report/reportfiles.h"

#include <QApplication>

#include <vector>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

struct Times {
    QList<double> figures, pdf, html;
};

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    const QStringList files{demoFile(dir, QStringLiteral("sample")), demoFile(dir, QStringLiteral("region"))};
    std::vector<std::unique_ptr<Database>> databases;
    QList<Repository> repositories;
    QList<ReportScope> scopes;
    for (const QString& file : files) {
        databases.push_back(must(Database::openForReading(file), "open"));
        repositories << Repository(databases.back()->connection());
        const qint64 period =
            idOf(repositories.last(),
                 QStringLiteral("SELECT p.id FROM periods p JOIN municipalities m ON m.id = "
                                "p.municipality_id WHERE m.name = 'Salems kommun' AND p.name = "
                                "'2021–2022'"));
        scopes << ReportScope{period, QDate(2021, 1, 1), QDate(2022, 12, 31), QDate(2023, 1, 20)};
    }
    // In turns, so that a busy moment of the machine falls on both alike.
    QList<Times> times(2);
    for (int run = 0; run < runs; ++run) {
        for (int f = 0; f < 2; ++f) {
            const Repository& repository = repositories.at(f);
            const ReportScope& scope = scopes.at(f);
            times[f].figures << timed([&] { must(ReportFigures::gather(repository, scope), "figures"); });
            times[f].pdf << timed([&] {
                must(ReportFiles::write(repository, scope, ReportFiles::Kind::Council,
                                        ReportFiles::Format::Pdf,
                                        dir.filePath(QStringLiteral("rapport.pdf"))),
                     "pdf");
            });
            times[f].html << timed([&] {
                must(ReportFiles::write(repository, scope, ReportFiles::Kind::Council,
                                        ReportFiles::Format::Html,
                                        dir.filePath(QStringLiteral("rapport.html"))),
                     "html");
            });
        }
    }
    out << "Council report of Salems kommun 2021–2022, median of " << runs << " runs (ms):\n"
        << "                        sample   region   ratio (goal 1.0)\n";
    for (const auto& [label, sample, region] : {std::tuple{"its figures", times[0].figures, times[1].figures},
                                                std::tuple{"the PDF", times[0].pdf, times[1].pdf},
                                                std::tuple{"the HTML", times[0].html, times[1].html}})
        out << "  " << QString::fromUtf8(label).leftJustified(18)
            << QString::number(median(sample), 'f', 1).rightJustified(9)
            << QString::number(median(region), 'f', 1).rightJustified(9)
            << QString::number(median(region) / median(sample), 'f', 2).rightJustified(8) << '\n';
    return 0;
}
