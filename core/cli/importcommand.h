// ImportCommand: `lofteskollen import`: a JSON export or exchange file, all or nothing, matched by UUID; or,
// with --register, a CSV list (the police's traffic controls, visits, drug operations and information
// efforts, or indicator values) into one municipality, through the same preview as the window, all or
// nothing, every bad line named.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class ImportCommand {
public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    // The registers --register takes, by table: the police's lists and the indicator values.
    static QStringList csvRegisters();
};

} // namespace lk
