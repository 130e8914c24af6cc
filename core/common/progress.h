// Progress: how a long job (an import, an export, a report, a backup) says how far it has come, and hears
// that it is to stop. The job reports steps; a presenter shows them (the window's dialog, a line on a
// terminal) by overriding show(). The job asks to go on only where stopping leaves everything as it was (an
// import before its commit, an export before its file takes the name), so a stopped job has changed and
// written nothing.
#pragma once

#include "common/result.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>

namespace lk {

class Progress {
public:
    Progress() = default;
    virtual ~Progress() = default;
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // A sink that shows nothing and is never stopped, for callers that do not watch (one per thread, as a
    // job counts its steps in it).
    static Progress& none();

    // What a phase counts: records and rows, or the bytes of a file (an import read as it streams, a copy),
    // which a reader is shown as "12,3 MB", not as a count of things.
    enum class Unit { Steps, Bytes };

    // Starts a phase ("Reading the records") of `total` steps, 0 when the number is not known. While the
    // phase is not `stoppable` (a commit, a file being put in place), a request to stop is not taken.
    void begin(const QString& phase, qint64 total, bool stoppable = true, Unit unit = Unit::Steps);
    // `steps` more done. False when the user asked to stop: the job then returns stopped(). Cheap enough for
    // every record: the presenter is called only every thousandth of the work or so.
    bool advance(qint64 steps = 1) {
        m_done += steps;
        if (m_done >= m_nextReport)
            report();
        return !m_stopRequested.load(std::memory_order_relaxed);
    }
    // The done steps set at once (bytes copied so far); never less than before in the same phase.
    bool advanceTo(qint64 done) { return advance(done > m_done ? done - m_done : 0); }

    // Asks the job to stop at its next safe point; ignored while the phase is not stoppable. From any thread.
    void requestStop();
    bool stopRequested() const { return m_stopRequested.load(std::memory_order_relaxed); }

    QString phase() const { return m_phase; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    Unit unit() const { return m_unit; }
    // `steps` of this phase as a reader reads them, in the language's locale: "112 000", or "12,3 MB".
    QString amount(qint64 steps) const;
    bool stoppable() const { return m_stoppable.load(std::memory_order_relaxed); }

    // The last phase of most jobs, which is not stopped: the file written is put in place, or the records
    // committed.
    static QString savingFile();

    // What a stopped job returns, `kept` saying what stayed as it was ("Nothing was changed.").
    static Error stopped(const QString& kept);
    static bool isStopped(const Error& error) { return error.cause == Error::Cause::Stopped; }

protected:
    // Shows phase(), done() and total(): at a phase's start, about every thousandth of it and at its end,
    // never more than every `showEvery` ms within a phase. Called on the job's thread.
    virtual void show() {}
    // 0 shows every thousandth (a test that stops a job halfway, whatever the machine's speed).
    void setShowEvery(int milliseconds) { m_showEveryMs = milliseconds; }

private:
    void report();
    qint64 nextReportAfter(qint64 done) const;

    QString m_phase;
    qint64 m_done = 0;
    qint64 m_total = 0;
    Unit m_unit = Unit::Steps;
    qint64 m_nextReport = 0;
    qint64 m_stride = 1;
    std::atomic<bool> m_stoppable = false;
    std::atomic<bool> m_stopRequested = false;
    QElapsedTimer m_sinceShown;
    // A presenter shown more often than this only costs the job time; less often and its bar jerks.
    int m_showEveryMs = 40;
};

} // namespace lk
