// Start-up benchmark: the time from process start until the main window is shown and the program quits, and
// the peak memory on the way, for Löfteskollen on the `demo --scale sample` file and on the `demo --scale
// region` file (26 municipalities, ten years, about 250,000 records), and for a bare QMainWindow program, run
// in turns. Each ends at the same point: the window exposed (and so painted), then quit. Prints the median of
// each and their ratio to the bare window (the goals: at most 1.5 on the sample, 2 on the region, and under
// 150 MB of memory on the region), in wall time and in processor time (user and system), which the other
// work of a shared machine does not stretch. LOFTESKOLLEN_STARTUP_TRACE=1 on the program itself prints where
// its time goes.
//   build/bin/startup_bench [RUNS]
// LOFTESKOLLEN_REGION_FILE=FILE takes a region file made before instead of making one (about 20 s).
// LOFTESKOLLEN_BASELINE_BINARY=PROGRAM times an earlier build of lofteskollen in the same turns, so that a
// change's before and after come from one run.
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
    // What takes turns: the bare window, this build on both files, and, to set a change against what it
    // replaced in the same run, an earlier build given in LOFTESKOLLEN_BASELINE_BINARY on both files.
    struct Contender {
        QString what;
        QString program;
        QStringList arguments;
        const char* goal;
        QList<double> wall, processor;
        double peakMiB = 0;
    };
    const auto window = [](const QString& file) {
        return QStringList{QStringLiteral("--db"), file, QStringLiteral("--lang"), QStringLiteral("sv"),
                           QStringLiteral("--exit-after-show")};
    };
    QList<Contender> contenders{
        {QStringLiteral("bare QMainWindow program (the floor)"), bare, {}, "            ", {}, {}},
        {QStringLiteral("Löfteskollen on the demo sample file"),
         lofteskollen,
         window(sample),
         " (goal 1.50)",
         {},
         {}},
        {QStringLiteral("Löfteskollen on the region file"),
         lofteskollen,
         window(region),
         " (goal 2.00)",
         {},
         {}},
    };
    if (const QString baseline = qEnvironmentVariable("LOFTESKOLLEN_BASELINE_BINARY"); !baseline.isEmpty()) {
        contenders.append({QStringLiteral("  the baseline on the sample file"),
                           baseline,
                           window(sample),
                           "            ",
                           {},
                           {}});
        contenders.append({QStringLiteral("  the baseline on the region file"),
                           baseline,
                           window(region),
                           "            ",
                           {},
                           {}});
    }

    // One untimed run of each warms the disk cache, then they take turns so that noise hits all alike.
    for (const Contender& contender : std::as_const(contenders)) {
        if (!made(runChild(contender.program, contender.arguments), qPrintable(contender.what)))
            return 1;
    }
    for (int i = 0; i < runs; ++i) {
        for (Contender& contender : contenders) {
            const ChildRun run = runChild(contender.program, contender.arguments);
            contender.wall << run.ms;
            contender.processor << run.cpuMs;
            contender.peakMiB = std::max(contender.peakMiB, run.peakMiB);
        }
    }
    const double floor = median(contenders.first().wall);
    const double cpuFloor = median(contenders.first().processor);
    out << "Start-up to main window shown (exposed and painted), then quit; median of " << runs
        << " runs (platform " << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb")) << "):\n";
    for (const Contender& contender : std::as_const(contenders)) {
        const double ms = median(contender.wall);
        const double cpu = median(contender.processor);
        out << "  " << contender.what.leftJustified(44) << QString::number(ms, 'f', 1).rightJustified(7)
            << " ms  ratio " << QString::number(ms / floor, 'f', 2) << contender.goal << "  processor "
            << QString::number(cpu, 'f', 1).rightJustified(6) << " ms  ratio "
            << QString::number(cpu / cpuFloor, 'f', 2) << "  peak "
            << QString::number(contender.peakMiB, 'f', 0) << " MiB\n";
    }
    out << "  memory goal on the region file: under 150 MB\n";
    return 0;
}
