// WalkProtocolCommand: `lofteskollen protocol --db FILE --walk DATE|UUID [--municipality NAME] [--format
// pdf|odt]
// --out FILE`: a safety walk's protocol written without the window, as the report command writes the
// council's report. It reads the file without the writer's lock, so it runs while the window has the file
// open.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class WalkProtocolCommand {
public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
