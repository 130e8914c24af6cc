#include "cli/serverdemocommand.h"

#include "cli/commandline.h"
#include "demo/serverdemo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace lk {

int ServerDemoCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString url = parser.value(QStringLiteral("server"));
    const QString scale = parser.value(QStringLiteral("scale"));
    QElapsedTimer timer;
    timer.start();
    auto copied = ServerDemo::load(url, scale);
    if (!copied)
        return CommandLine::failure(err, copied.message());
    out << QCoreApplication::translate("lk::ServerDemoCommand",
                                       "Loaded the demo data (%1) onto the server: %2 rows in %3 s.")
               .arg(scale)
               .arg(*copied)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << '\n';
    return CommandLine::Ok;
}

} // namespace lk
