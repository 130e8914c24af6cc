// ExportCommand: `lofteskollen export`: the whole file as JSON (or what changed since a date, for another
// computer), or the registers as an Excel workbook (a sheet each) or one register as a CSV file for Swedish
// Excel, of the whole file or of one municipality.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class ExportCommand {
public:
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
