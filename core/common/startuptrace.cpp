#include "common/startuptrace.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace lk {

namespace {

// The clock the kernel counts the process's start on, so that the loading of the libraries before main()
// is counted too.
double processStartMs() {
    FILE* stat = std::fopen("/proc/self/stat", "r");
    if (!stat)
        return 0;
    char buffer[1024] = {};
    const size_t read = std::fread(buffer, 1, sizeof buffer - 1, stat);
    std::fclose(stat);
    // Field 22 (starttime, clock ticks since boot) counts from after the command name's closing parenthesis.
    const char* at = nullptr;
    for (size_t i = read; i > 0; --i) {
        if (buffer[i - 1] == ')') {
            at = buffer + i;
            break;
        }
    }
    if (!at)
        return 0;
    unsigned long long ticks = 0;
    int field = 2;
    for (const char* p = at; *p && field < 22; ++p) {
        if (*p == ' ' && ++field == 22)
            ticks = std::strtoull(p + 1, nullptr, 10);
    }
    return double(ticks) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

void StartupTrace::mark(const char* what) {
    static const bool on = qEnvironmentVariableIsSet("LOFTESKOLLEN_STARTUP_TRACE");
    if (!on)
        return;
    static const double start = processStartMs();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double ms = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    std::fprintf(stderr, "startup %7.1f ms  %s\n", ms - start, what);
}

} // namespace lk
