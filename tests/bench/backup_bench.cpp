// What a backup of a large file costs the window: made in the window's own thread, the whole copy is a
// freeze; made by BackupJob, the window's loop must keep turning. Also what SQLite's quick check adds to
// opening the file. Prints figures; not a pass/fail test.
//   build/bin/backup_bench [MEGABYTES]
#include "benchsupport.h"
#include "db/backupjob.h"
#include "db/backups.h"
#include "db/database.h"
#include "io/templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

using namespace lk;
using namespace lk::bench;

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    QTextStream out(stdout);
    {
        auto database = must(Templates::createFile(path, QStringLiteral("empty")), "create");
        const QSqlDatabase db = database->connection();
        const QString text(1000, QLatin1Char('x'));
        const double fill = timed([&] {
            must(sql::run(db, QStringLiteral("BEGIN")), "begin");
            for (int row = 0; row < megabytes * 1000; ++row)
                must(sql::run(db,
                              QStringLiteral("INSERT INTO municipalities (uuid, updated_at, name) "
                                             "VALUES (?, 'now', ?)"),
                              {QStringLiteral("m-%1").arg(row), text}),
                     "insert");
            must(sql::run(db, QStringLiteral("COMMIT")), "commit");
        });
        out << "File: " << QFileInfo(path).size() / (1024 * 1024) << " MB (" << megabytes * 1000
            << " rows), filled in " << qRound(fill) << " ms\n";
    }

    double open = 0;
    const double openTime = timed([&] {
        auto database = must(Database::open(path), "open");
        open = 1;
    });
    out << "Open with the quick check: " << qRound(openTime) << " ms\n";

    auto database = must(Database::open(path), "open");
    const double inThread = timed([&] { must(Backups::make(*database), "backup"); });
    out << "Backup in the window's thread (the window frozen throughout): " << qRound(inThread) << " ms\n";

    // The same copy by BackupJob, with a timer standing in for the window's loop: the longest time the loop
    // did not turn is the longest the window would have been unresponsive.
    BackupJob job;
    QElapsedTimer clock;
    qint64 lastTurn = 0;
    qint64 longestGap = 0;
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - lastTurn);
        lastTurn = now;
        ++turns;
    });
    QString problem;
    qint64 took = 0;
    QObject::connect(&job, &BackupJob::finished, [&](const QString&, const QString& why) {
        problem = why;
        took = clock.elapsed();
        QCoreApplication::quit();
    });
    clock.start();
    ticker.start();
    job.start(path, 100, 12);
    QCoreApplication::exec();
    if (!problem.isEmpty()) {
        QTextStream(stderr) << "backup job: " << problem << '\n';
        return 1;
    }
    out << "Backup by BackupJob: " << took << " ms, the loop turned " << turns << " times, longest pause "
        << longestGap << " ms\n";
    out << "Ratio of the freeze, in the window's thread against the longest pause: "
        << QString::number(inThread / std::max<qint64>(longestGap, 1), 'f', 1) << "x\n";
    return open > 0 ? 0 : 1;
}
