// Runs the command line in this process, the way `lofteskollen ARGUMENTS` would, and keeps what it wrote.
#pragma once

#include "cli/commandline.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lk::test {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

inline Run run(QStringList arguments) {
    arguments.prepend(QStringLiteral("lofteskollen"));
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exit = CommandLine::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace lk::test
