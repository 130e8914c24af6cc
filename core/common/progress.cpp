#include "common/progress.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace lk {

namespace {

// Steps between two looks at the clock when the total is not known.
constexpr qint64 unknownStride = 256;

} // namespace

Progress& Progress::none() {
    thread_local Progress quiet;
    return quiet;
}

void Progress::begin(const QString& phase, qint64 total, bool stoppable, Unit unit) {
    m_phase = phase;
    m_total = std::max<qint64>(total, 0);
    m_unit = unit;
    m_done = 0;
    m_stride = m_total > 0 ? (m_total + 999) / 1000 : unknownStride;
    m_nextReport = nextReportAfter(0);
    m_stoppable = stoppable;
    show();
    m_sinceShown.start();
}

void Progress::requestStop() {
    if (m_stoppable)
        m_stopRequested = true;
}

QString Progress::amount(qint64 steps) const {
    const QLocale locale;
    return m_unit == Unit::Bytes ? locale.formattedDataSize(steps, 1, QLocale::DataSizeTraditionalFormat)
                                 : locale.toString(steps);
}

QString Progress::savingFile() {
    return QCoreApplication::translate("lk::Progress", "Saving the file");
}

Error Progress::stopped(const QString& kept) {
    return Error{QCoreApplication::translate("lk::Progress", "Stopped as asked. %1").arg(kept),
                 Error::Cause::Stopped};
}

qint64 Progress::nextReportAfter(qint64 done) const {
    // The last step of a phase is always shown, so that a bar ends full.
    return m_total > done ? std::min(done + m_stride, m_total) : done + m_stride;
}

void Progress::report() {
    m_nextReport = nextReportAfter(m_done);
    const bool finished = m_total > 0 && m_done >= m_total;
    if (!finished && m_sinceShown.isValid() && m_sinceShown.elapsed() < m_showEveryMs)
        return;
    show();
    m_sinceShown.start();
}

} // namespace lk
