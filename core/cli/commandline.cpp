#include "cli/commandline.h"

#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/recordchoice.h"
#include "cli/searchcommand.h"
#include "cli/servercheck.h"
#include "cli/serverdemocommand.h"
#include "cli/servergrant.h"
#include "cli/terminalprogress.h"
#include "common/filewrite.h"
#include "common/language.h"
#include "db/database.h"
#include "db/newfile.h"
#include "db/serverurl.h"
#include "demo/demodata.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "io/templates.h"
#include "og/retention.h"
#include "search/search.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CommandLine)
};

QCommandLineOption dbOption() {
    return {QStringLiteral("db"), Text::tr("The Löfteskollen file to work on."), QStringLiteral("FILE")};
}
// A server's database in place of a file: each command that reads or changes the records takes it instead of
// --db (the file-only ones, init and demo, do not). The window takes it too.
QCommandLineOption serverOption() {
    return {
        QStringLiteral("server"),
        Text::tr("A PostgreSQL database to work on instead of a file: postgresql://USER@HOST:PORT/DATABASE "
                 "(the password from PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("URL")};
}
QCommandLineOption langOption() {
    return {QStringLiteral("lang"), Text::tr("Language of the program: sv or en."), QStringLiteral("LANG")};
}

// Every command that names a period or a walk takes this, as periods (and walk dates) of two municipalities
// are often alike and the command never picks one of them silently (RecordChoice).
QCommandLineOption municipalityOption(const QString& description) {
    return {QStringLiteral("municipality"), description, QStringLiteral("NAME")};
}

// A command's own parser: its options, plus --lang and --help which every command takes.
struct Command {
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    QStringList positional; // name, description pairs
};

QList<Command> commandList() {
    return {
        {QStringLiteral("init"),
         Text::tr("Create a new file from a template. An existing file is never overwritten."),
         {dbOption(),
          {QStringLiteral("template"), Text::tr("salem-2021-2022 (default) or empty."),
           QStringLiteral("NAME"), Templates::defaultName()}},
         {}},
        {QStringLiteral("export"),
         Text::tr("Write the whole content of a file as JSON, or only what changed since a date; or the "
                  "registers as an Excel workbook, or one register as a CSV file for Excel."),
         {dbOption(),
          serverOption(),
          {QStringLiteral("out"), Text::tr("The file to write."), QStringLiteral("FILE")},
          {QStringLiteral("format"),
           Text::tr("json (default: everything, for another computer or a backup), xlsx (a sheet per "
                    "register, for Excel) or csv (one register, ';'-separated UTF-8 for Swedish Excel)."),
           QStringLiteral("FORMAT"), QStringLiteral("json")},
          municipalityOption(Text::tr("xlsx and csv: only this municipality's records, by its name in any "
                                      "case or its UUID (default: the whole file).")),
          {QStringLiteral("register"),
           Text::tr("xlsx and csv: only this register, by its table name (traffic_controls); csv needs it."),
           QStringLiteral("TABLE")},
          {QStringLiteral("since"),
           Text::tr("Only what changed since this date (the last exchange with the other computer), with "
                    "what it points at and what was deleted: 2026-11-01 or 2026-11-01T10:00:00Z."),
           QStringLiteral("DATE")}},
         {}},
        {QStringLiteral("import"),
         Text::tr("Read a JSON export into a file, all or nothing; records are matched by UUID. With "
                  "--register, read a CSV list into one register, all or nothing."),
         {dbOption(),
          serverOption(),
          {QStringLiteral("register"),
           Text::tr("Read a CSV file into this register: %1.")
               .arg(ImportCommand::csvRegisters().join(QStringLiteral(", "))),
           QStringLiteral("TABLE")},
          municipalityOption(Text::tr("With --register: the municipality the records are of, by its name "
                                      "in any case or its UUID; needed when the file has several."))},
         {QStringLiteral("FILE"), Text::tr("The JSON export, or with --register the CSV file, to read.")}},
        {QStringLiteral("check"),
         Text::tr("Check a file: whether it is whole, and which case data is due for thinning (gallring)."),
         {dbOption(), serverOption()},
         {}},
        {QStringLiteral("backup"),
         Text::tr("Write a consistent copy of a file, also while the window has it open, or of a server's "
                  "database as a file that the window opens."),
         {dbOption(),
          serverOption(),
          {QStringLiteral("out"), Text::tr("The copy to write; it must not exist."), QStringLiteral("FILE")}},
         {}},
        {QStringLiteral("report"),
         Text::tr(
             "Write the council's follow-up report (PDF or ODT), or the public summary for the web (HTML)."),
         {dbOption(),
          serverOption(),
          {QStringLiteral("period"), Text::tr("The period by its name, such as 2021–2022, or its UUID."),
           QStringLiteral("NAME")},
          municipalityOption(Text::tr("The municipality whose period it is, by its name in any case or its "
                                      "UUID; needed only when periods of several municipalities have that "
                                      "name.")),
          {QStringLiteral("police-area"),
           Text::tr("Instead of one municipality's council report, the police area's: its municipalities "
                    "side by side, each with its period of the name --period gives."),
           QStringLiteral("NAME")},
          {QStringLiteral("from"), Text::tr("Follow up from this date (default: the period's start)."),
           QStringLiteral("DATE")},
          {QStringLiteral("to"), Text::tr("Follow up to this date (default: the period's end)."),
           QStringLiteral("DATE")},
          {QStringLiteral("format"), Text::tr("pdf, odt or html."), QStringLiteral("FORMAT"),
           QStringLiteral("pdf")},
          {QStringLiteral("public"),
           Text::tr(
               "The public summary “Följ med i hur det går” instead of the council report (HTML only).")},
          {QStringLiteral("out"), Text::tr("The file to write."), QStringLiteral("FILE")}},
         {}},
        {QStringLiteral("protocol"),
         Text::tr(
             "Write a safety walk's protocol (PDF or ODT): its observations, actions, who is responsible "
             "and by when; or, with --meeting, an Operativa gruppen meeting's minutes (PDF)."),
         {dbOption(),
          serverOption(),
          {QStringLiteral("walk"), Text::tr("The walk by its date, such as 2021-10-12, or by its UUID."),
           QStringLiteral("DATE|UUID")},
          {QStringLiteral("meeting"),
           Text::tr("Instead of a walk, the Operativa gruppen meeting whose minutes to write, by its date, "
                    "such as 2022-03-15, or by its UUID."),
           QStringLiteral("DATE|UUID")},
          municipalityOption(
              Text::tr("The municipality whose walk or meeting it is, by its name in any case or its UUID; "
                       "needed only when several municipalities' walks or meetings fall on that date.")),
          {QStringLiteral("format"), Text::tr("pdf or odt."), QStringLiteral("FORMAT"),
           QStringLiteral("pdf")},
          {QStringLiteral("out"), Text::tr("The file to write."), QStringLiteral("FILE")}},
         {}},
        {QStringLiteral("search"),
         Text::tr("Search the text of every register: one line per hit (register, date, title, UUID), the "
                  "best first. Each word finds itself and the words it begins (case and å, ä, ö as written "
                  "in Swedish); a record must hold all of them."),
         {dbOption(),
          serverOption(),
          municipalityOption(Text::tr("Only this municipality's records (and those of none), by its name "
                                      "in any case or its UUID; without it, every municipality's.")),
          {QStringLiteral("limit"), Text::tr("The most hits shown per register (default 50)."),
           QStringLiteral("N"), QString::number(Search::defaultLimit)}},
         {QStringLiteral("TEXT"), Text::tr("The words to search for.")}},
        {QStringLiteral("server"),
         Text::tr("Set up a PostgreSQL database for shared use: init makes the schema in an empty database; "
                  "upload brings a file's records in (with --db FILE), all or nothing, their UUIDs kept; "
                  "grant and revoke give a person's login a role for some municipalities, or take it away."),
         QList<QCommandLineOption>{serverOption(), dbOption()} + ServerGrant::options(),
         {QStringLiteral("ACTION"), Text::tr("init, upload, grant or revoke")}},
        {QStringLiteral("demo"),
         Text::tr(
             "Create a new file with the Salem template and invented follow-up data; with --server, load "
             "them into a server database just set up with server init."),
         {dbOption(),
          serverOption(),
          {QStringLiteral("scale"),
           Text::tr("How much data: sample (Salem 2021–2022) or region (the 26 municipalities of "
                    "Stockholm county over ten years, about 250,000 records)."),
           QStringLiteral("SCALE"), QStringLiteral("sample")}},
         {}},
    };
}

int usage(QTextStream& err, const QString& message, const QString& helpText) {
    return CommandLine::usage(err, message, helpText);
}

int failure(QTextStream& err, const QString& message) {
    return CommandLine::failure(err, message);
}

int runInit(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString path = parser.value(QStringLiteral("db"));
    // Read as a file name, a server's address would name a folder that does not exist.
    if (ServerUrl::isServerUrl(path))
        return usage(
            err,
            Text::tr("init makes a new file. A server's database is set up with: lofteskollen server "
                     "init --server URL"),
            parser.helpText());
    const QString name = parser.value(QStringLiteral("template"));
    if (!Templates::names().contains(name))
        return usage(err,
                     Text::tr("There is no template “%1”. Choose one of: %2.")
                         .arg(name, Templates::names().join(QStringLiteral(", "))),
                     parser.helpText());
    auto database = Templates::createFile(path, name);
    if (!database)
        return failure(err, database.message());
    out << Text::tr("Created %1 from the template %2.").arg(QDir::toNativeSeparators(path), name) << '\n';
    return CommandLine::Ok;
}

int runDemo(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString path = parser.value(QStringLiteral("db"));
    const QString scale = parser.value(QStringLiteral("scale"));
    if (!DemoData::scales().contains(scale))
        return usage(err,
                     Text::tr("There is no demo scale “%1”. Choose one of: %2.")
                         .arg(scale, DemoData::scales().join(QStringLiteral(", "))),
                     parser.helpText());
    if (!parser.value(QStringLiteral("server")).isEmpty())
        return ServerDemoCommand::run(parser, out, err);
    if (ServerUrl::isServerUrl(path))
        return usage(err, Text::tr("A server is given with --server URL, not with --db."), parser.helpText());
    auto database = Database::createNew(path, [&scale](const Database& created) {
        return DemoData::fill(Repository(created.connection()), scale);
    });
    if (!database)
        return failure(err, database.message());
    out << Text::tr("Created %1 with demo data (%2).").arg(QDir::toNativeSeparators(path), scale) << '\n';
    return CommandLine::Ok;
}

int runBackup(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(err, Text::tr("Say where to write the copy with --out FILE."), parser.helpText());
    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database)
        return failure(err, database.message());
    const Status saved = TerminalProgress::run(
        err, [&](Progress& progress) { return (*database)->saveCopy(target, progress); });
    if (!saved)
        return failure(err, saved.message());
    out << Text::tr("Wrote the copy %1.").arg(QDir::toNativeSeparators(target)) << '\n';
    return CommandLine::Ok;
}

int runCheck(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString path = CommandLine::location(parser);
    // What a stopped `init`, `demo` or backup left under a temporary name is never taken for a file.
    if (NewFile::isPartial(path))
        return failure(err,
                       Text::tr("%1 is not finished: it is what a making of %2 left when it was stopped "
                                "(a crash, a kill or a full disk), and may hold only part of its records. "
                                "Nothing was checked. Delete it, and make %2 again.")
                           .arg(QFileInfo(path).fileName(), QFileInfo(path).completeBaseName()));
    auto database = Database::openForReading(path);
    if (!database)
        return failure(err, database.message());
    const bool server = (*database)->engine() != Engine::Sqlite;
    const QString file = server ? (*database)->path() : QFileInfo((*database)->path()).fileName();
    auto problems = (*database)->integrityProblems();
    if (!problems)
        return failure(err, problems.message());
    const Repository repository((*database)->connection());
    auto months = Retention::months(repository);
    auto due = Retention::due(repository, 0, QDate::currentDate());
    if (!months || !due)
        return failure(err, !months ? months.message() : due.message());

    // A server checks its own pages; what the program checks there is its schema and row-level security.
    const bool secured = !server || ServerCheck::report(**database, out, err);
    if (!server && problems->isEmpty())
        out << Text::tr("%1 is whole (SQLite's integrity check found nothing).").arg(file) << '\n';
    else if (!server)
        err << Text::tr("%1 is damaged. SQLite's integrity check says:").arg(file) << '\n'
            << QStringLiteral("  ") << problems->join(QStringLiteral("\n  ")) << '\n'
            << Text::tr("Nothing was changed. Open a backup, or save what can be read with export.") << '\n';
    out << Text::tr("Case data is thinned %n month(s) after a case is closed or last discussed.", "", *months)
        << '\n';
    if (due->isEmpty())
        out << Text::tr("No case is due for thinning.") << '\n';
    else
        out << Text::tr("%n case(s) due for thinning (open Operativa gruppen > Thinning to thin them):", "",
                        int(due->size()))
            << '\n';
    // Codes are unique within a municipality only, so the cases are listed under theirs.
    QString municipality;
    for (const Retention::Due& item : *due) {
        if (item.municipality != municipality) {
            municipality = item.municipality;
            out << municipality << u':' << '\n';
        }
        out << QStringLiteral("  ") << item.code << QStringLiteral("  ") << item.reason << '\n';
    }
    out.flush();
    err.flush();
    return problems->isEmpty() && secured ? CommandLine::Ok : CommandLine::Failed;
}

// A file's records onto a server through the one way records travel between databases: the file's JSON
// export, imported in one transaction (a refusal leaves the server as it was), matched by UUID.
int runUpload(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString file = parser.value(QStringLiteral("db"));
    if (file.isEmpty())
        return usage(err, Text::tr("Say which file to upload with --db FILE."), parser.helpText());
    QByteArray json;
    {
        auto source = Database::openForReading(file);
        if (!source)
            return failure(err, source.message());
        auto exported = JsonExporter::exportAll(Repository((*source)->connection()));
        if (!exported)
            return failure(err, exported.message());
        json = *exported;
    }
    auto server = Database::open(parser.value(QStringLiteral("server")));
    if (!server)
        return failure(err, server.message());
    auto summary = JsonImporter::import(Repository((*server)->connection()), json);
    if (!summary)
        return failure(err, summary.message());
    out << Text::tr("Uploaded %1 to %2: %3 added, %4 updated, %5 unchanged.")
               .arg(QDir::toNativeSeparators(file), (*server)->path())
               .arg(summary->added)
               .arg(summary->updated)
               .arg(summary->unchanged)
        << '\n';
    return CommandLine::Ok;
}

int runServer(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString action = parser.positionalArguments().value(1);
    if (action == QStringLiteral("upload"))
        return runUpload(parser, out, err);
    if (action == QStringLiteral("grant") || action == QStringLiteral("revoke"))
        return ServerGrant::run(action, parser, out, err);
    if (action != QStringLiteral("init"))
        return usage(err, Text::tr("Say what to do with the server: lofteskollen server init --server URL"),
                     parser.helpText());
    auto database = Database::initServer(parser.value(QStringLiteral("server")));
    if (!database)
        return failure(err, database.message());
    out << Text::tr("Set up %1 for Löfteskollen (version %2).")
               .arg((*database)->path())
               .arg(Migrator::latestVersion())
        << '\n';
    return CommandLine::Ok;
}

QString overviewHelp(const QCommandLineParser& parser) {
    QString text = parser.helpText();
    text += u'\n' + Text::tr("Commands (run without a window; “lofteskollen COMMAND --help” tells more):") +
            u'\n';
    for (const Command& command : commandList())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(8), command.summary);
    return text;
}

void addWindowOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(Text::tr("Löfteskollen: follow-up of the citizen promises "
                                              "(medborgarlöften) of a municipality and the police."));
    parser.addOptions({dbOption(), serverOption(), langOption()});
    QCommandLineOption exitAfterShow(QStringLiteral("exit-after-show"));
    exitAfterShow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterShow);
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 Text::tr("A command to run without a window (see below)."),
                                 QStringLiteral("[COMMAND]"));
}

} // namespace

int CommandLine::usage(QTextStream& err, const QString& message, const QString& helpText) {
    err << message << '\n' << '\n' << helpText;
    err.flush();
    return Usage;
}

int CommandLine::usage(QTextStream& err, const QString& message, const QCommandLineParser& parser) {
    return usage(err, message, parser.helpText());
}

int CommandLine::failure(QTextStream& err, const QString& message) {
    err << message << '\n';
    err.flush();
    return Failed;
}

int CommandLine::unchosen(QTextStream& err, const RecordChoice& choice) {
    err << choice.message << '\n';
    err.flush();
    // A file without anything of the kind has nothing to choose from: no other argument would do.
    const bool nothing = choice.fit == RecordChoice::Fit::None && choice.choices.isEmpty();
    return nothing ? Failed : Usage;
}

QStringList CommandLine::commands() {
    QStringList names;
    for (const Command& command : commandList())
        names << command.name;
    return names;
}

QString CommandLine::location(const QCommandLineParser& parser) {
    const QString server = parser.optionNames().contains(QStringLiteral("server"))
                               ? parser.value(QStringLiteral("server"))
                               : QString();
    return server.isEmpty() ? parser.value(QStringLiteral("db")) : server;
}

QString CommandLine::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lofteskollen.sqlite");
}

namespace {

CommandLine::ReportWriter& reportWriter() {
    static CommandLine::ReportWriter writer;
    return writer;
}

} // namespace

void CommandLine::setReportWriter(ReportWriter writer) {
    reportWriter() = std::move(writer);
}

bool CommandLine::isReport(const QStringList& arguments) {
    // A walk's protocol is laid out with the report's machinery, pictures and all.
    return arguments.value(1) == QStringLiteral("report") || arguments.value(1) == QStringLiteral("protocol");
}

bool CommandLine::isHeadless(const QStringList& arguments) {
    for (const QString& argument : arguments.mid(1)) {
        if (commands().contains(argument))
            return true;
        if (argument == QStringLiteral("-h") || argument == QStringLiteral("--help") ||
            argument == QStringLiteral("-v") || argument == QStringLiteral("--version") ||
            argument == QStringLiteral("--help-all"))
            return true;
    }
    return false;
}

QString CommandLine::requestedLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

Result<CommandLine::WindowOptions> CommandLine::parseWindow(const QStringList& arguments) {
    QCommandLineParser parser;
    addWindowOptions(parser);
    if (!parser.parse(arguments))
        return Error{parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return Error{Text::tr("“%1” is not a command. Commands: %2.")
                         .arg(parser.positionalArguments().first(), commands().join(QStringLiteral(", ")))};
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Language::supported().contains(language))
        return Error{Text::tr("--lang takes sv or en, not “%1”.").arg(language)};
    if (parser.isSet(QStringLiteral("db")) && parser.isSet(QStringLiteral("server")))
        return Error{Text::tr("Give either --db FILE or --server URL, not both.")};
    return WindowOptions{CommandLine::location(parser), language,
                         parser.isSet(QStringLiteral("exit-after-show"))};
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const QString name = [&] {
        for (const QString& argument : arguments.mid(1)) {
            if (commands().contains(argument))
                return argument;
        }
        return QString();
    }();

    if (name.isEmpty()) {
        QCommandLineParser parser;
        addWindowOptions(parser);
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        if (!parser.parse(arguments))
            return usage(err, parser.errorText(), overviewHelp(parser));
        if (parser.isSet(version)) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                << '\n';
            return Ok;
        }
        out << overviewHelp(parser);
        return Ok;
    }

    const QList<Command> all = commandList();
    const Command& command =
        *std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == name; });
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addPositionalArgument(command.name, command.summary, command.name);
    for (qsizetype i = 0; i + 1 < command.positional.size(); i += 2)
        parser.addPositionalArgument(command.positional.at(i), command.positional.at(i + 1));
    parser.addOptions(command.options);
    parser.addOption(langOption());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(err, parser.errorText(), parser.helpText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().value(0) != name)
        return usage(err, Text::tr("Options go after the command: lofteskollen %1 --db FILE …").arg(name),
                     parser.helpText());
    if (command.positional.isEmpty() && parser.positionalArguments().size() > 1)
        return usage(err, Text::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(1)),
                     parser.helpText());
    const auto takes = [&command](const QString& option) {
        return std::any_of(command.options.begin(), command.options.end(),
                           [&option](const QCommandLineOption& o) { return o.names().contains(option); });
    };
    const bool takesServer = takes(QStringLiteral("server"));
    const bool hasDb = takes(QStringLiteral("db")) && !parser.value(QStringLiteral("db")).isEmpty();
    const bool hasServer = takesServer && !parser.value(QStringLiteral("server")).isEmpty();
    if (name == QStringLiteral("server")) {
        if (!hasServer)
            return usage(err, Text::tr("Say which database with --server URL."), parser.helpText());
        return runServer(parser, out, err);
    }
    if (hasDb && hasServer)
        return usage(err, Text::tr("Give either --db FILE or --server URL, not both."), parser.helpText());
    if (!hasDb && !hasServer)
        return usage(err,
                     takesServer
                         ? Text::tr("Say which file with --db FILE, or which server with --server URL.")
                         : Text::tr("Say which file with --db FILE."),
                     parser.helpText());

    if (name == QStringLiteral("init"))
        return runInit(parser, out, err);
    if (name == QStringLiteral("export"))
        return ExportCommand::run(parser, out, err);
    if (name == QStringLiteral("import"))
        return ImportCommand::run(parser, out, err);
    if (name == QStringLiteral("check"))
        return runCheck(parser, out, err);
    if (name == QStringLiteral("backup"))
        return runBackup(parser, out, err);
    if (name == QStringLiteral("search"))
        return SearchCommand::run(parser, out, err);
    if (name == QStringLiteral("report") || name == QStringLiteral("protocol"))
        return reportWriter() ? reportWriter()(parser, out, err)
                              : failure(err, Text::tr("This build of Löfteskollen cannot write reports."));
    return runDemo(parser, out, err);
}

} // namespace lk
