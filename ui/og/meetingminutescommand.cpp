#include "og/meetingminutescommand.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "db/database.h"
#include "og/meetingminutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::MeetingMinutesCommand)
};

} // namespace

int MeetingMinutesCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return CommandLine::usage(err, Text::tr("Say where to write the minutes with --out FILE."), parser);
    if (parser.isSet(QStringLiteral("walk")))
        return CommandLine::usage(err, Text::tr("Give either --walk or --meeting: one protocol at a time."),
                                  parser);
    // The command writes what the window writes: the minutes as PDF.
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QStringLiteral("pdf"))
        return CommandLine::usage(
            err,
            Text::tr("A meeting's minutes are written as PDF only: leave out --format, or write "
                     "--format pdf."),
            parser);

    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database) {
        err << database.message() << '\n';
        return CommandLine::Failed;
    }
    const Repository repository((*database)->connection());
    // Two municipalities' groups may both have met on a date: such a date is answered with the meetings it
    // fits.
    auto meeting = RecordChoice::meeting(repository, parser.value(QStringLiteral("municipality")),
                                         parser.value(QStringLiteral("meeting")));
    if (!meeting) {
        err << meeting.message() << '\n';
        return CommandLine::Failed;
    }
    if (!meeting->isOne()) {
        err << meeting->message << '\n';
        return CommandLine::Usage;
    }
    if (Status written = MeetingMinutes::writePdf(repository, meeting->record.uuid, path); !written) {
        err << written.message() << '\n';
        return CommandLine::Failed;
    }
    out << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return CommandLine::Ok;
}

} // namespace lk
