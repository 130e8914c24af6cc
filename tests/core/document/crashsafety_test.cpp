// Crash safety: a writer process (tests/crash/crashwriter) adds and deletes records through Document and is
// killed with SIGKILL at random moments, 200 times over four test cases (so that ctest can run them side by
// side); after each kill the file must open, taking over the dead writer's lock, pass integrity_check, hold
// every record a writer reported added and none it reported deleted, and no step in part. The moments are
// random: during the start, or after a number of records the writer reported and then a delay; a busy
// machine moves where the kills land, never whether the test passes. The seed is printed on failure, and
// LOFTESKOLLEN_CRASH_SEED=N repeats its draws and sizes.
// build/bin/crash_bench does 1,000 kills.
#include "catchqt.h"
#include "crashloop.h"
#include "testfile.h"

#include <QRandomGenerator>

using namespace lk;
using namespace lk::test;

namespace {

void survivesKills(int kills) {
    const QByteArray fixed = qgetenv("LOFTESKOLLEN_CRASH_SEED");
    const quint32 seed = fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
    INFO("seed " << seed << " (LOFTESKOLLEN_CRASH_SEED=" << seed << " repeats it)");
    TestFile file(QStringLiteral("salem-2021-2022"));
    CrashLoop loop(QStringLiteral(CRASH_WRITER_BINARY), file.path(), seed);
    int locksTaken = 0;
    int emptyLocks = 0;
    for (int k = 1; k <= kills; ++k) {
        const CrashLoop::Kill kill = loop.killOnce();
        INFO("kill " << k
                     << (kill.duringStart ? " during start-up, "
                                          : ", after " + std::to_string(kill.awaited) + " records and ")
                     << kill.delayUs << " µs: " << kill.problems.join(QStringLiteral("\n")).toStdString());
        REQUIRE(kill.problems.isEmpty());
        locksTaken += kill.lockLeft;
        emptyLocks += kill.emptyLock;
    }
    if (emptyLocks > 0)
        WARN(emptyLocks << " writers were killed between creating their lock and writing it; the empty lock "
                           "was taken over");
    // More than one record a kill: the kills landed amid the writing. Holds by the draws alone (see
    // awaitedMost in crashloop.cpp), so a slow machine cannot fail it.
    CHECK(loop.recordsAdded() > kills);
    CHECK(locksTaken > kills / 2);
}

} // namespace

TEST_CASE(
    "A writer killed at random moments leaves a whole file with every record it reported (kills 1 to 50)",
    "[crash][sqlite]") {
    survivesKills(50);
}

TEST_CASE(
    "A writer killed at random moments leaves a whole file with every record it reported (kills 51 to 100)",
    "[crash][sqlite]") {
    survivesKills(50);
}

TEST_CASE(
    "A writer killed at random moments leaves a whole file with every record it reported (kills 101 to 150)",
    "[crash][sqlite]") {
    survivesKills(50);
}

TEST_CASE(
    "A writer killed at random moments leaves a whole file with every record it reported (kills 151 to 200)",
    "[crash][sqlite]") {
    survivesKills(50);
}
