// ChildRun: a program run to its end in a child process, with its wall time and its peak memory (the
// kernel's high-water mark of its resident set, from wait4), which QProcess does not give; and the median
// the benchmarks print. Qt Core and POSIX only, for the benchmarks that do not link the program's library.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <algorithm>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace lk::bench {

struct ChildRun {
    double ms = -1;
    double cpuMs = -1; // user and system time: on a machine shared with other work, wall time says less
    double peakMiB = 0;
    int exit = -1;
    QByteArray output; // what it wrote to stdout and stderr, for a failure's message
    bool ok() const { return exit == 0; }
};

inline ChildRun runChild(const QString& program, const QStringList& arguments) {
    ChildRun run;
    QTemporaryFile output;
    if (!output.open())
        return run;
    std::vector<QByteArray> words{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        dup2(output.handle(), STDOUT_FILENO);
        dup2(output.handle(), STDERR_FILENO);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child)
        return run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3 +
                (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    output.seek(0);
    run.output = output.readAll();
    return run;
}

inline double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The peak resident memory of this process so far (VmHWM), in MiB.
inline double peakMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace lk::bench
