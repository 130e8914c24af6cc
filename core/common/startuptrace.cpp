#include "common/startuptrace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QtGlobal>

#include <cstdio>

namespace lk {

namespace {

// How long the process had run when this was first asked, in milliseconds, from Linux's /proc (the clock
// ticks of its start against the seconds since boot, both to 10 ms): the loading of the libraries before
// main() counts too. 0 where there is no /proc.
double processAgeMs() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in the kernel's 100 ticks a second) counts from after the command's name, which
    // may hold spaces, in parentheses.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double started = fields.at(19).toDouble() * 10.0;
    const double now = uptime.readAll().split(' ').value(0).toDouble() * 1000.0;
    return now - started;
}

} // namespace

void StartupTrace::mark(const char* what) {
    static const bool on = qEnvironmentVariableIsSet("LOFTESKOLLEN_STARTUP_TRACE");
    if (!on)
        return;
    static const double age = processAgeMs();
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    std::fprintf(stderr, "startup %7.1f ms  %s\n", age + double(timer.nsecsElapsed()) / 1e6, what);
}

} // namespace lk
