// MeetingMinutesCommand: `lofteskollen protocol --db FILE --meeting DATE|UUID [--municipality NAME] --out
// FILE.pdf`: an Operativa gruppen meeting's minutes as the window's Spara som PDF… writes them, without the
// window. It reads the file without the writer's lock, so it runs while the window has the file open.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class MeetingMinutesCommand {
public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
