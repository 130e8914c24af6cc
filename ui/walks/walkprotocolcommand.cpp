#include "walks/walkprotocolcommand.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "db/database.h"
#include "walks/walkprotocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::WalkProtocolCommand)
};

} // namespace

int WalkProtocolCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return CommandLine::usage(err, Text::tr("Say where to write the protocol with --out FILE."), parser);
    if (parser.value(QStringLiteral("walk")).isEmpty())
        return CommandLine::usage(
            err,
            Text::tr("Say which walk with --walk DATE or --walk UUID, such as --walk 2021-10-12, or "
                     "which meeting's minutes with --meeting DATE or --meeting UUID."),
            parser);
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QStringLiteral("pdf") && format != QStringLiteral("odt"))
        return CommandLine::usage(
            err, Text::tr("There is no format “%1” for a protocol. Choose pdf or odt.").arg(format), parser);

    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database) {
        err << database.message() << '\n';
        return CommandLine::Failed;
    }
    const Repository repository((*database)->connection());
    // Two municipalities may both have walked on a date: such a date is answered with the walks it fits.
    auto walk = RecordChoice::walk(repository, parser.value(QStringLiteral("municipality")),
                                   parser.value(QStringLiteral("walk")));
    if (!walk) {
        err << walk.message() << '\n';
        return CommandLine::Failed;
    }
    if (!walk->isOne()) {
        err << walk->message << '\n';
        return CommandLine::Usage;
    }
    const auto kind = format == QStringLiteral("odt") ? WalkProtocol::Format::Odt : WalkProtocol::Format::Pdf;
    if (Status written = WalkProtocol::write(repository, walk->record.id, path, kind); !written) {
        err << written.message() << '\n';
        return CommandLine::Failed;
    }
    out << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return CommandLine::Ok;
}

} // namespace lk
