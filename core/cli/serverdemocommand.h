// ServerDemoCommand: `lofteskollen demo --scale sample|region --server URL`: the demo loaded onto a server
// database just set up with `server init` (ServerDemo).
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class ServerDemoCommand {
public:
    // The exit code of CommandLine: 0 done, 1 failed.
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
