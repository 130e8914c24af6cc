// Indicator benchmark: a CSV file of indicator values as a statistics export gives it (default 20,000 lines:
// 50 indicators, quarterly values over 100 years), and how long reading it as CSV, the preview against the
// file, storing it as one undoable step, and the same file again (all already stored) take; then the trend of
// one indicator. Prints each figure and ratios measured in the same run.
//   build/bin/indicator_bench [LINES]
#include "benchsupport.h"
#include "document/document.h"
#include "indicators/indicatorcsv.h"
#include "indicators/indicatorregisters.h"
#include "indicators/indicatortrend.h"
#include "io/csvtable.h"
#include "io/templates.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);
constexpr int indicatorCount = 50;

// Swedish Excel's way: semicolons, decimal commas, Windows-1252 (the "Å" and "ä" of the header).
QByteArray csvFile(int lines) {
    QByteArray bytes("Indikator;\xC5r;Kvartal;V\xE4rde\r\n");
    for (int line = 0; line < lines; ++line) {
        const int indicator = line % indicatorCount;
        const int step = line / indicatorCount;
        bytes += QStringLiteral("Indikator %1;%2;%3;%4,%5\r\n")
                     .arg(indicator)
                     .arg(1990 + step / 4 % 111)
                     .arg(step % 4 + 1)
                     .arg(10 + line % 90)
                     .arg(line % 10)
                     .toLatin1();
    }
    return bytes;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int lines = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    auto database = must(
        Templates::createFile(dir.filePath(QStringLiteral("indikatorer.sqlite")), Templates::defaultName()),
        "create");
    Document document(std::move(database));
    const Repository repository = document.repository();
    const qint64 municipality = idOf(repository, QStringLiteral("SELECT id FROM municipalities"));
    for (int i = 0; i < indicatorCount; ++i) {
        Record indicator;
        indicator.values = {{QStringLiteral("municipality_id"), municipality},
                            {QStringLiteral("name"), QStringLiteral("Indikator %1").arg(i)},
                            {QStringLiteral("unit"), QStringLiteral("anmälningar")},
                            {QStringLiteral("source"), QStringLiteral("anmalningar")},
                            {QStringLiteral("direction"), QStringLiteral("lagre")},
                            {QStringLiteral("baseline_year"), 2000},
                            {QStringLiteral("baseline_value"), 60.0},
                            {QStringLiteral("target_year"), 2090},
                            {QStringLiteral("target_value"), 20.0}};
        must(repository.insert(IndicatorRegisters::indicators(), indicator, Repository::Stamp::Now),
             "indicator");
    }
    const QByteArray bytes = csvFile(lines);
    out << "Indicator benchmark: " << lines << " CSV lines (" << bytes.size() / 1000 << " kB) for "
        << indicatorCount << " indicators\n";

    CsvTable table;
    const double reading = timed([&] { table = must(CsvTable::read(bytes), "csv"); });
    CsvImport::Preview preview;
    const double previewing =
        timed([&] { preview = must(IndicatorCsv::read(repository, municipality, bytes), "preview"); });
    if (!preview.errors.isEmpty()) {
        out << "unexpected errors: " << preview.errors.first() << '\n';
        return 1;
    }
    const double storing = timed([&] {
        must(document.perform(must(CsvImport::changes(preview), "changes"), QStringLiteral("Import")),
             "store");
    });
    CsvImport::Preview again;
    const double previewAgain =
        timed([&] { again = must(IndicatorCsv::read(repository, municipality, bytes), "again"); });
    auto first = must(repository.list(IndicatorRegisters::indicators(), QStringLiteral("municipality_id"),
                                      municipality),
                      "indicators")
                     .first();
    IndicatorTrend trend;
    const double trending = timed([&] { trend = must(IndicatorTrend::of(repository, first), "trend"); });

    out << QStringLiteral("  read as CSV (libcsv)          %1 ms (%2 rows, %3)\n")
               .arg(reading, 0, 'f', 1)
               .arg(table.rows.size())
               .arg(table.encoding);
    out << QStringLiteral("  preview against the file      %1 ms (%2 new)\n")
               .arg(previewing, 0, 'f', 1)
               .arg(preview.added());
    out << QStringLiteral("  store as one undoable step    %1 ms\n").arg(storing, 0, 'f', 1);
    out << QStringLiteral("  the same file again           %1 ms (%2 already stored)\n")
               .arg(previewAgain, 0, 'f', 1)
               .arg(again.unchanged());
    out << QStringLiteral("  one indicator's trend         %1 ms (%2 values)\n")
               .arg(trending, 0, 'f', 2)
               .arg(trend.points.size());
    out << QStringLiteral("Ratios: preview / CSV reading %1; storing / preview %2\n")
               .arg(previewing / reading, 0, 'f', 1)
               .arg(storing / previewing, 0, 'f', 1);
    return again.unchanged() == lines ? 0 : 1;
}
