// CrashLoop: starts tests/crash/crashwriter on one file, kills it with SIGKILL at a random moment, and checks
// that the file survived: it opens (the dead writer's lock is taken over), passes integrity_check, holds
// every record the writer ever reported committed, and holds no step in part. Shared by the crash-safety test
// and crash_bench; it uses no test framework so that the benchmark can run it too.
#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace lk::test {

class CrashLoop {
public:
    // `file` exists and has promises (the Salem template); it is reused by every kill, so each writer starts
    // from what the last one left: a write-ahead log to recover, a lock to take over.
    CrashLoop(QString writer, QString file, quint32 seed);

    struct Kill {
        bool duringStart = false; // killed before the writer said the file was open
        int awaited = 0;          // records reported added that it waited for after "open"
        int delayUs = 0;          // from the start, or after those records
        int added = 0;            // records the writer reported added (committed) before it died
        int deleted = 0;          // records it reported deleted (committed)
        bool lockLeft = false;    // the dead writer's lock file was still there (and was taken over)
        bool emptyLock = false;   // killed before it wrote who holds the lock (taken over all the same)
        QStringList problems;     // what failed; empty when the file survived
    };

    // One round: start, kill, check. Problems are returned, never thrown, so that a run can go on and count.
    Kill killOnce();

    // Records reported added, and deleted, over all kills: each checked after every later kill too.
    int recordsAdded() const { return m_added; }
    int recordsDeleted() const { return m_deleted; }
    // Records whose presence or absence the last check verified (all ever reported).
    int recordsTracked() const { return int(m_records.size()); }
    // Status reports in the file after the last check.
    int recordsInFile() const { return m_inFile; }

private:
    QStringList check(Kill& kill);

    enum class State { Added, Deleting, Deleted };

    QString m_writer;
    QString m_file;
    QRandomGenerator m_random;
    QHash<QString, State> m_records; // every record a writer reported, by UUID
    int m_added = 0;
    int m_deleted = 0;
    int m_inFile = 0;
    int m_startMs = 100; // how long the writer takes to open the file, measured as it goes
};

} // namespace lk::test
