// ReportCommand: `lofteskollen report --db FILE --period NAME [--from DATE --to DATE] --format pdf|odt|html
// [--public] --out FILE`: the same documents as the window writes, without one. It reads the file without
// the writer's lock, so it runs while the window has the file open.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class ReportCommand {
public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
