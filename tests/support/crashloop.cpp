#include "crashloop.h"

#include "db/database.h"
#include "db/sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

namespace lk::test {

namespace {

constexpr int waitMs = 20000;

// A kill after "open" first waits for 0 to this many records reported added. With 50 kills a test then waits
// for more records than it has kills (what crashsafety_test checks) for all seeds but about one in 200
// million, whatever the speed of the machine.
constexpr quint32 awaitedMost = 6;

// The checker closes without moving the log into the file, most of the time: the next writer then starts by
// recovering a log (and its own automatic checkpoints, at 1,000 pages, get killed now and then too).
void keepLogOnClose(const Database& database) {
    const QVariant handle = database.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        sqlite3_db_config(*static_cast<sqlite3* const*>(handle.constData()), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                          1, nullptr);
}

// Records the writer reported added, on whole lines (what follows the last line break was cut off).
int addedIn(const QByteArray& output) {
    int added = 0;
    qsizetype start = 0;
    for (qsizetype end = output.indexOf('\n'); end >= 0; start = end + 1, end = output.indexOf('\n', start))
        added += output.at(start) == '+';
    return added;
}

QString listed(const QStringList& items) {
    return items.mid(0, 5).join(QStringLiteral(", ")) +
           (items.size() > 5 ? QStringLiteral(" and %1 more").arg(items.size() - 5) : QString());
}

} // namespace

CrashLoop::CrashLoop(QString writer, QString file, quint32 seed)
    : m_writer(std::move(writer))
    , m_file(std::move(file))
    , m_random(seed) {}

CrashLoop::Kill CrashLoop::killOnce() {
    Kill kill;
    QProcess writer;
    writer.setProgram(m_writer);
    writer.setArguments({m_file, QString::number(m_random.generate())});
    QElapsedTimer clock;
    clock.start();
    writer.start();
    if (!writer.waitForStarted(waitMs)) {
        kill.problems << QStringLiteral("the writer did not start: ") + writer.errorString();
        return kill;
    }
    // One kill in eight lands while the writer starts: opening, taking the lock, recovering the last log.
    kill.duringStart = m_random.bounded(8) == 0;
    QByteArray output;
    if (kill.duringStart) {
        kill.delayUs = int(m_random.bounded(m_startMs * 1000 + 1));
        QThread::usleep(kill.delayUs);
    } else {
        while (!output.contains("open\n") && writer.waitForReadyRead(waitMs))
            output += writer.readAllStandardOutput();
        // A moving average, so that kills during the start spread over the whole of it.
        m_startMs = (3 * m_startMs + int(clock.elapsed())) / 4;
        // Counted in the writer's own progress first, then in time: a busy machine, which slows the writer,
        // moves the kills within its steps but still lets it report records before it dies, so that every
        // run has records whose survival it checks however slow the machine is.
        kill.awaited = int(m_random.bounded(awaitedMost + 1));
        while (output.contains("open\n") && addedIn(output) < kill.awaited && writer.waitForReadyRead(waitMs))
            output += writer.readAllStandardOutput();
        kill.delayUs = int(m_random.bounded(1000, 50000));
        QThread::usleep(kill.delayUs);
    }
    // A writer that ended before the kill stopped on an error of its own (or crashed): not what is tested.
    if (writer.waitForFinished(0)) {
        kill.problems << QStringLiteral("the writer ended before it was killed (%1, exit code %2): %3")
                             .arg(writer.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                             : QStringLiteral("exited"))
                             .arg(writer.exitCode())
                             .arg(QString::fromUtf8(writer.readAllStandardError()).trimmed());
        return kill;
    }
    writer.kill();
    writer.waitForFinished(waitMs);
    output += writer.readAllStandardOutput();
    if (!kill.duringStart && !output.contains("open\n")) {
        kill.problems << QStringLiteral("the writer did not open the file: ") +
                             QString::fromUtf8(writer.readAllStandardError()).trimmed();
        return kill;
    }
    if (!kill.duringStart && addedIn(output) < kill.awaited) {
        kill.problems << QStringLiteral("the writer reported %1 of the %2 records waited for: %3")
                             .arg(addedIn(output))
                             .arg(kill.awaited)
                             .arg(QString::fromUtf8(writer.readAllStandardError()).trimmed());
        return kill;
    }

    // Only whole lines count; what follows the last line break was cut off by the kill.
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    for (const QByteArray& line : lines) {
        const QString uuid = QString::fromLatin1(line.mid(1));
        if (line.startsWith('+')) {
            m_records.insert(uuid, State::Added);
            ++kill.added;
        } else if (line.startsWith('?')) {
            m_records.insert(uuid, State::Deleting);
        } else if (line.startsWith('-')) {
            m_records.insert(uuid, State::Deleted);
            ++kill.deleted;
        } else if (line != "open") {
            kill.problems << QStringLiteral("the writer said something unexpected: ") +
                                 QString::fromLatin1(line);
            return kill;
        }
    }
    m_added += kill.added;
    m_deleted += kill.deleted;
    kill.problems = check(kill);
    return kill;
}

QStringList CrashLoop::check(Kill& kill) {
    const QString lock = m_file + QStringLiteral(".lock");
    kill.lockLeft = QFileInfo::exists(lock);
    if (!kill.duringStart && !kill.lockLeft)
        return {QStringLiteral("the killed writer left no lock file, so it wrote without holding one")};
    // Killed between creating its lock and writing who it is, a writer leaves an empty lock, which FileLock
    // must take over too.
    kill.emptyLock = kill.lockLeft && QFileInfo(lock).size() == 0;
    auto database = Database::open(m_file);
    if (!database)
        return {QStringLiteral("the file did not open after the kill: ") + database.message()};
    if (m_random.bounded(4) != 0)
        keepLogOnClose(**database);

    QStringList problems;
    auto damage = (*database)->integrityProblems();
    if (!damage)
        return {QStringLiteral("integrity_check could not run: ") + damage.message()};
    if (!damage->isEmpty())
        problems << QStringLiteral("integrity_check: ") + listed(*damage);

    auto rows = sql::run((*database)->connection(),
                         QStringLiteral("SELECT uuid, substr(comment, 1, 60) FROM promise_statuses"));
    if (!rows)
        return problems << QStringLiteral("the records could not be read: ") + rows.message();
    static const QRegularExpression stepPattern(
        QStringLiteral("^([a-z]+) grupp (\\d+) del \\d+ av (\\d+): "));
    QSet<QString> present;
    QHash<QString, QPair<int, int>> steps; // run and step: records found, records it had
    while (rows->next()) {
        present.insert(rows->value(0).toString());
        const auto match = stepPattern.match(rows->value(1).toString());
        if (match.hasMatch()) {
            auto& step = steps[match.captured(1) + u' ' + match.captured(2)];
            ++step.first;
            step.second = match.captured(3).toInt();
        }
    }
    m_inFile = int(present.size());

    QStringList missing;
    QStringList back;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        const bool there = present.contains(it.key());
        if (it.value() == State::Added && !there)
            missing << it.key();
        else if (it.value() == State::Deleted && there)
            back << it.key();
        else if (it.value() == State::Deleting) // killed while deleting: the file says whether it happened
            it.value() = there ? State::Added : State::Deleted;
    }
    if (!missing.isEmpty())
        problems << QStringLiteral("%1 records reported added are missing: %2")
                        .arg(missing.size())
                        .arg(listed(missing));
    if (!back.isEmpty())
        problems
            << QStringLiteral("%1 records reported deleted are back: %2").arg(back.size()).arg(listed(back));
    QStringList partial;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it->first != it->second)
            partial << QStringLiteral("%1 (%2 of %3 records)").arg(it.key()).arg(it->first).arg(it->second);
    }
    if (!partial.isEmpty())
        problems << QStringLiteral("steps in the file in part: ") + listed(partial);
    return problems;
}

} // namespace lk::test
