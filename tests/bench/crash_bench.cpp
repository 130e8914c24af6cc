// Crash benchmark: the crash-safety test at length (default 1,000 kills). A writer adds status reports
// through Document to one file and is killed with SIGKILL at a random moment; after each kill the file must
// open (the dead writer's lock taken over), pass integrity_check, hold every record ever reported committed,
// and hold no step in part. Prints kills survived, records reported and verified, and the time per kill;
// stops at the first failure with the seed and exits 1. LOFTESKOLLEN_CRASH_SEED repeats a run's delays and
// sizes.
//   build/bin/crash_bench [KILLS]
#include "benchsupport.h"
#include "crashloop.h"
#include "io/templates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lk;
using namespace lk::bench;

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    const int kills = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const QByteArray fixed = qgetenv("LOFTESKOLLEN_CRASH_SEED");
    const quint32 seed = fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    must(Templates::createFile(path, QStringLiteral("salem-2021-2022")), "template");
    out << "crash_bench: " << kills << " kills, seed " << seed << " (LOFTESKOLLEN_CRASH_SEED=" << seed
        << " repeats it)\n";
    out.flush();

    test::CrashLoop loop(QStringLiteral(CRASH_WRITER_BINARY), path, seed);
    int duringStart = 0;
    int locksTaken = 0;
    int emptyLocks = 0;
    qint64 checks = 0;
    QElapsedTimer clock;
    clock.start();
    for (int k = 1; k <= kills; ++k) {
        const test::CrashLoop::Kill kill = loop.killOnce();
        if (!kill.problems.isEmpty()) {
            out << "FAILED at kill " << k << " ("
                << (kill.duringStart ? QStringLiteral("during start, ")
                                     : QStringLiteral("after %1 records and ").arg(kill.awaited))
                << kill.delayUs << " µs, seed " << seed << "), after " << k - 1 << " kills survived:\n";
            for (const QString& problem : kill.problems)
                out << "  " << problem << '\n';
            return 1;
        }
        duringStart += kill.duringStart;
        locksTaken += kill.lockLeft;
        emptyLocks += kill.emptyLock;
        checks += loop.recordsTracked();
        if (k % 100 == 0) {
            out << "  " << k << " kills survived, " << loop.recordsAdded() << " records added, "
                << loop.recordsDeleted() << " deleted, "
                << QString::number(double(clock.elapsed()) / k, 'f', 1) << " ms per kill\n";
            out.flush();
        }
    }
    const double seconds = double(clock.elapsed()) / 1000;
    out << "kills survived: " << kills << " of " << kills << " (" << duringStart << " during start-up)\n"
        << "locks of killed writers taken over: " << locksTaken << "\n"
        << "of them empty (killed between creating and writing it): " << emptyLocks << "\n"
        << "records reported committed: " << loop.recordsAdded() << " added, " << loop.recordsDeleted()
        << " deleted (" << QString::number(double(loop.recordsAdded()) / kills, 'f', 1)
        << " added per kill)\n"
        << "records verified after the kills (present if added, absent if deleted): " << checks
        << " checks of " << loop.recordsTracked() << " records\n"
        << "status reports in the file at the end: " << loop.recordsInFile() << "\n"
        << "file size: " << QString::number(double(QFileInfo(path).size()) / 1e6, 'f', 1) << " MB\n"
        << "time: " << QString::number(seconds, 'f', 1) << " s, "
        << QString::number(seconds * 1000 / kills, 'f', 1) << " ms per kill (start, write, kill, check)\n";
    return 0;
}
