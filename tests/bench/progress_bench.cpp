// progress_bench FILE.sqlite [RUNS]: what reporting progress costs the long jobs, on a large file (the region
// demo: `lofteskollen demo --scale region --db FILE`). Each job runs alternately with a Progress that only
// counts (what a caller that does not watch pays) and with the command line's presenter writing its line
// (into memory, as fast as a terminal takes it), RUNS times each; the medians and their ratio are printed,
// and the bare cost of the counting alone, per step.
#include "benchsupport.h"
#include "cli/terminalprogress.h"
#include "db/database.h"
#include "io/jsonexporter.h"
#include "io/registerexport.h"
#include "io/xlsxworkbook.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>

using namespace lk;
using namespace lk::bench;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void compare(QTextStream& out, const char* job, int runs, const std::function<void(Progress&)>& work) {
    QList<double> quiet, shown;
    for (int run = 0; run < runs; ++run) {
        Progress counting;
        quiet << timed([&] { work(counting); });
        QString line;
        QTextStream sink(&line);
        TerminalProgress terminal(sink);
        shown << timed([&] { work(terminal); });
    }
    const double a = median(quiet), b = median(shown);
    out << job << ": counting only " << qRound(a) << " ms, with the progress line " << qRound(b) << " ms ("
        << QString::number((b / a - 1) * 100, 'f', 2) << " %)\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "progress_bench FILE.sqlite [RUNS]\n";
        return 2;
    }
    const int runs = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 3;
    auto database = must(Database::openForReading(arguments.at(1)), "open");
    const Repository repository(database->connection());
    QTemporaryDir folder;

    // The counting alone: what every record's advance() costs.
    {
        Progress counting;
        constexpr qint64 steps = 100'000'000;
        counting.begin(QStringLiteral("counting"), steps);
        const double ms = timed([&] {
            for (qint64 i = 0; i < steps; ++i)
                if (!counting.advance())
                    break;
        });
        out << "advance(): " << QString::number(ms * 1e6 / steps, 'f', 2) << " ns a step\n";
    }
    compare(out, "JSON export", runs,
            [&](Progress& progress) { must(JsonExporter::exportAll(repository, progress), "json"); });
    compare(out, "Excel workbook", runs, [&](Progress& progress) {
        XlsxWorkbook workbook(folder.filePath(QStringLiteral("all.xlsx")));
        must(RegisterExport::write(repository, workbook, 0, Registry::all(), progress), "xlsx");
    });
    compare(out, "Backup", runs, [&](Progress& progress) {
        const QString copy = folder.filePath(QStringLiteral("copy.sqlite"));
        QFile::remove(copy);
        must(database->saveCopy(copy, progress), "backup");
    });
    return 0;
}
