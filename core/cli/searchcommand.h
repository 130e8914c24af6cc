// SearchCommand: `lofteskollen search --db FILE [--municipality NAME] TEXT`: one line per hit (register,
// date, title, UUID), the best of each register, the register with the best hit first.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace lk {

class SearchCommand {
public:
    // The exit code of CommandLine: 0 done (also when nothing matched), 1 failed, 2 wrong usage.
    static int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
};

} // namespace lk
