// ReportCommand: `lofteskollen report --db FILE --period NAME [--municipality NAME] [--from DATE --to DATE]
// --format pdf|odt|html [--public] --out FILE`: the same documents as the window writes, without one. It
// reads the file without the writer's lock, so it runs while the window has the file open. It also hands
// `protocol` on to WalkProtocolCommand or MeetingMinutesCommand, as the command line has one writer for the
// commands that lay out documents.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class ReportCommand {
public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
