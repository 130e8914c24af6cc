// StartupTrace: milliseconds since the process started at named points of the start, printed to stderr when
// LOFTESKOLLEN_STARTUP_TRACE is set, to see where the window's start-up time goes
// (tests/bench/startup_bench).
#pragma once

namespace lk {

class StartupTrace {
public:
    // Prints "startup <ms since process start> <what>" when the variable is set; costs one check otherwise.
    static void mark(const char* what);
};

} // namespace lk
