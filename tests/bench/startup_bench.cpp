// Start-up benchmark: the time from process start until the main window is shown and the program quits, and
// the peak memory on the way, for Löfteskollen on the `demo --scale sample` file and on the `demo --scale
// region` file (26 municipalities, ten years, about 250,000 records), and for a bare QMainWindow program, run
// in turns. Prints the median of each and their ratio to the bare window (the goals: at most 1.5 on the
// sample, 2 on the region, and under 150 MB of memory on the region).
//   build/bin/startup_bench [RUNS]
// LOFTESKOLLEN_REGION_FILE=FILE takes a region file made before instead of making one (about 20 s).
#include "childrun.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using lk::bench::ChildRun;
using lk::bench::median;
using lk::bench::runChild;

namespace {

QTextStream out(stdout);

bool made(const ChildRun& run, const char* what) {
    if (run.ok())
        return true;
    QTextStream(stderr) << what << " failed: exit " << run.exit << '\n' << run.output << '\n';
    return false;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    const QString lofteskollen = QStringLiteral(LOFTESKOLLEN_BINARY);
    const QString bare = QStringLiteral(BARE_WINDOW_BINARY);
    const QString sample = dir.filePath(QStringLiteral("sample.sqlite"));
    if (!made(runChild(lofteskollen, {QStringLiteral("demo"), QStringLiteral("--db"), sample}), "demo"))
        return 1;
    QString region = qEnvironmentVariable("LOFTESKOLLEN_REGION_FILE");
    if (region.isEmpty() || !QFileInfo::exists(region)) {
        region = dir.filePath(QStringLiteral("region.sqlite"));
        const ChildRun making =
            runChild(lofteskollen, {QStringLiteral("demo"), QStringLiteral("--scale"),
                                    QStringLiteral("region"), QStringLiteral("--db"), region});
        if (!made(making, "demo --scale region"))
            return 1;
        out << "Made the region file in " << QString::number(making.ms / 1000, 'f', 1) << " s ("
            << QString::number(making.peakMiB, 'f', 0) << " MiB at most)\n";
    }
    const auto window = [&lofteskollen](const QString& file) {
        return runChild(lofteskollen, {QStringLiteral("--db"), file, QStringLiteral("--lang"),
                                       QStringLiteral("sv"), QStringLiteral("--exit-after-show")});
    };

    // One untimed run of each warms the disk cache, then they take turns so that noise hits all alike.
    if (!made(window(sample), "window on the sample") || !made(window(region), "window on the region") ||
        !made(runChild(bare, {}), "bare window"))
        return 1;
    QList<double> bareTimes, sampleTimes, regionTimes;
    double bareMemory = 0, sampleMemory = 0, regionMemory = 0;
    for (int i = 0; i < runs; ++i) {
        const ChildRun b = runChild(bare, {});
        const ChildRun s = window(sample);
        const ChildRun r = window(region);
        bareTimes << b.ms;
        sampleTimes << s.ms;
        regionTimes << r.ms;
        bareMemory = std::max(bareMemory, b.peakMiB);
        sampleMemory = std::max(sampleMemory, s.peakMiB);
        regionMemory = std::max(regionMemory, r.peakMiB);
    }
    const double floor = median(bareTimes);
    const auto line = [&](const char* what, double ms, double memory, const char* goal) {
        out << "  " << QString::fromUtf8(what).leftJustified(44)
            << QString::number(ms, 'f', 1).rightJustified(7) << " ms  ratio "
            << QString::number(ms / floor, 'f', 2) << goal << "  peak " << QString::number(memory, 'f', 0)
            << " MiB\n";
    };
    out << "Start-up to main window shown, then quit; median of " << runs << " runs (platform "
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb")) << "):\n";
    line("bare QMainWindow program (the floor)", floor, bareMemory, "        ");
    line("Löfteskollen on the demo sample file", median(sampleTimes), sampleMemory, " (goal 1.50)");
    line("Löfteskollen on the region file", median(regionTimes), regionMemory, " (goal 2.00)");
    out << "  memory goal on the region file: under 150 MB\n";
    return 0;
}
