// The commands that make a file (init, demo, backup), killed with SIGKILL at random moments, 50 times each:
// after every kill the target is absent or whole (`check` passes and its export equals that of a run that was
// not stopped), never a file holding part of its records. What a killed run leaves under a temporary name is
// never taken for the file, and the next finished run clears it. The seed is printed on failure;
// LOFTESKOLLEN_CRASH_SEED=N repeats the moments.
#include "catchqt.h"
#include "clirun.h"
#include "db/newfile.h"
#include "testfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace lk::test;

namespace {

constexpr int kills = 50;

// An export without the moments each write stamps: what the file holds.
QByteArray contentOf(const QString& database, const QString& folder) {
    const QString json = QDir(folder).filePath(QStringLiteral("content.json"));
    QFile::remove(json);
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("--db"), database, QStringLiteral("--out"), json});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exit == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression stamp(QStringLiteral("\"(updated_at|exported_at)\": \"[^\"]*\""));
    return QString::fromUtf8(file.readAll()).remove(stamp).toUtf8();
}

void removeTarget(const QString& target) {
    QFile::remove(target);
    for (const QString& beside : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral(".lock")})
        QFile::remove(target + beside);
}

// The temporaries killed runs left in the folder.
QStringList leftovers(const QString& folder) {
    QStringList found;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        if (lk::NewFile::isPartial(QDir(folder).filePath(name)))
            found << name;
    return found;
}

// Runs `arguments` (which make `target`) to the end once, then kills them at random moments.
void survivesKills(const QStringList& arguments, const QString& target, const QString& folder) {
    const QByteArray fixed = qgetenv("LOFTESKOLLEN_CRASH_SEED");
    const quint32 seed = fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
    INFO("seed " << seed << " (LOFTESKOLLEN_CRASH_SEED=" << seed << " repeats it)");
    QRandomGenerator random(seed);

    QElapsedTimer timer;
    timer.start();
    QProcess finished;
    finished.start(QStringLiteral(LOFTESKOLLEN_BINARY), arguments);
    REQUIRE(finished.waitForFinished(60000));
    INFO(finished.readAllStandardError().toStdString());
    REQUIRE(finished.exitCode() == 0);
    const qint64 fullUs = std::max<qint64>(timer.nsecsElapsed() / 1000, 1000);
    const QByteArray whole = contentOf(target, folder);

    int absent = 0;
    int completed = 0;
    for (int k = 1; k <= kills; ++k) {
        removeTarget(target);
        QProcess maker;
        maker.start(QStringLiteral(LOFTESKOLLEN_BINARY), arguments);
        REQUIRE(maker.waitForStarted());
        // Anywhere from the start to half as long again as a whole run took: a busy machine only moves
        // where the kills land.
        const qint64 delayUs = qint64(random.bounded(double(fullUs) * 1.5));
        QThread::usleep(quint64(delayUs));
        maker.kill();
        maker.waitForFinished();
        INFO("kill " << k << " after " << delayUs << " µs of a " << fullUs << " µs run");
        if (!QFile::exists(target)) {
            ++absent;
            continue;
        }
        ++completed;
        const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), target});
        INFO(checked.out.toStdString() << checked.err.toStdString());
        REQUIRE(checked.exit == 0);
        REQUIRE(contentOf(target, folder) == whole);
    }
    WARN(arguments.first().toStdString() << ": " << kills << " kills, " << absent << " left no file, "
                                         << completed << " a whole one, none a part (seed " << seed << ")");
    // Leftovers carry a temporary's name, and `check` refuses to take one for the file.
    for (const QString& name : leftovers(folder)) {
        const Run checked =
            run({QStringLiteral("check"), QStringLiteral("--db"), QDir(folder).filePath(name)});
        CHECK(checked.exit == 1);
        CHECK_THAT(checked.err.toStdString(), mentions(QStringLiteral("not finished")));
    }
    // The next run to the end clears what the killed ones left.
    removeTarget(target);
    QProcess again;
    again.start(QStringLiteral(LOFTESKOLLEN_BINARY), arguments);
    REQUIRE(again.waitForFinished(60000));
    REQUIRE(again.exitCode() == 0);
    INFO("left in the folder: "
         << QDir(folder).entryList(QDir::Files).join(QStringLiteral(", ")).toStdString());
    CHECK(leftovers(folder).isEmpty());
    CHECK(contentOf(target, folder) == whole);
}

} // namespace

TEST_CASE("init killed at random moments leaves its file whole or absent, never in part",
          "[crash][newfile]") {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("salem.sqlite"));
    survivesKills({QStringLiteral("init"), QStringLiteral("--db"), target}, target, dir.path());
}

TEST_CASE("demo killed at random moments leaves its file whole or absent, never in part",
          "[crash][newfile]") {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("demo.sqlite"));
    survivesKills({QStringLiteral("demo"), QStringLiteral("--db"), target, QStringLiteral("--scale"),
                   QStringLiteral("sample")},
                  target, dir.path());
}

TEST_CASE("backup killed at random moments leaves its copy whole or absent, never in part",
          "[crash][newfile]") {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("work.sqlite"));
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--db"), source, QStringLiteral("--scale"),
                 QStringLiteral("sample")})
                .exit == 0);
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    survivesKills({QStringLiteral("backup"), QStringLiteral("--db"), source, QStringLiteral("--out"), target},
                  target, dir.path());
}
