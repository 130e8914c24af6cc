#include "report/reportcommand.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "cli/terminalprogress.h"
#include "db/database.h"
#include "og/meetingminutescommand.h"
#include "report/reportfiles.h"
#include "walks/walkprotocolcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ReportCommand)
};

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name) {
    if (!parser.isSet(name))
        return QDate();
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

int ReportCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    if (parser.positionalArguments().value(0) == QStringLiteral("protocol"))
        return parser.isSet(QStringLiteral("meeting")) ? MeetingMinutesCommand::run(parser, out, err)
                                                       : WalkProtocolCommand::run(parser, out, err);
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return CommandLine::usage(err, Text::tr("Say where to write the report with --out FILE."), parser);
    const QString name = parser.value(QStringLiteral("format")).toLower();
    const QHash<QString, ReportFiles::Format> formats{{QStringLiteral("pdf"), ReportFiles::Format::Pdf},
                                                      {QStringLiteral("odt"), ReportFiles::Format::Odt},
                                                      {QStringLiteral("html"), ReportFiles::Format::Html}};
    if (!formats.contains(name))
        return CommandLine::usage(
            err, Text::tr("There is no format “%1”. Choose pdf, odt or html.").arg(name), parser);
    const auto from = dateOption(parser, QStringLiteral("from"));
    const auto to = dateOption(parser, QStringLiteral("to"));
    if (!from || !to)
        return CommandLine::usage(err, Text::tr("Give --from and --to as dates, such as 2022-06-30."),
                                  parser);
    if (parser.value(QStringLiteral("period")).isEmpty())
        return CommandLine::usage(
            err, Text::tr("Say which period with --period NAME, such as --period 2021–2022."), parser);

    const QString area = parser.value(QStringLiteral("police-area"));
    if (!area.isEmpty() && parser.isSet(QStringLiteral("municipality")))
        return CommandLine::usage(
            err,
            Text::tr("--police-area reports on all the area's municipalities: leave out --municipality."),
            parser);
    if (!area.isEmpty() && parser.isSet(QStringLiteral("public")))
        return CommandLine::usage(
            err, Text::tr("The public summary is one municipality's: leave out --police-area."), parser);

    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database) {
        err << database.message() << '\n';
        return CommandLine::Failed;
    }
    const Repository repository((*database)->connection());
    if (!area.isEmpty()) {
        const AreaReport::Scope scope{area, parser.value(QStringLiteral("period")), *from, *to,
                                      QDate::currentDate()};
        const Status written = TerminalProgress::run(err, [&](Progress& progress) {
            return ReportFiles::writeArea(repository, scope, formats.value(name), path, progress);
        });
        if (!written) {
            err << written.message() << '\n';
            return CommandLine::Failed;
        }
        out << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
        return CommandLine::Ok;
    }
    // Periods of two municipalities are often named alike: a name that fits several is never settled by
    // picking one, but answered with the choices and how to say which.
    auto period = RecordChoice::period(repository, parser.value(QStringLiteral("municipality")),
                                       parser.value(QStringLiteral("period")));
    if (!period) {
        err << period.message() << '\n';
        return CommandLine::Failed;
    }
    if (!period->isOne()) {
        err << period->message << '\n';
        // A file without a period has nothing to choose from: no other argument would do.
        const bool nothing = period->fit == RecordChoice::Fit::None && period->choices.isEmpty();
        return nothing ? CommandLine::Failed : CommandLine::Usage;
    }
    const ReportScope scope{period->record.id, *from, *to, QDate::currentDate()};
    const auto kind =
        parser.isSet(QStringLiteral("public")) ? ReportFiles::Kind::Public : ReportFiles::Kind::Council;
    const Status written = TerminalProgress::run(err, [&](Progress& progress) {
        return ReportFiles::write(repository, scope, kind, formats.value(name), path, progress);
    });
    if (!written) {
        err << written.message() << '\n';
        return CommandLine::Failed;
    }
    out << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return CommandLine::Ok;
}

} // namespace lk
