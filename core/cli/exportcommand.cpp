#include "cli/exportcommand.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "cli/terminalprogress.h"
#include "common/filewrite.h"
#include "db/database.h"
#include "io/csvsheet.h"
#include "io/exchange.h"
#include "io/jsonexporter.h"
#include "io/registerexport.h"
#include "io/xlsxworkbook.h"
#include "register/registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <memory>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ExportCommand)
};

int runJson(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString target = parser.value(QStringLiteral("out"));
    std::optional<QString> since;
    if (parser.isSet(QStringLiteral("since"))) {
        since = Exchange::normalizedSince(parser.value(QStringLiteral("since")));
        if (!since)
            return CommandLine::usage(
                err,
                Text::tr("“%1” is not a date. Give --since as 2026-11-01 or 2026-11-01T10:00:00Z.")
                    .arg(parser.value(QStringLiteral("since"))),
                parser.helpText());
    }
    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database)
        return CommandLine::failure(err, database.message());
    const Repository repository((*database)->connection());
    // Written whole beside the target and renamed, so a failed or stopped export leaves no half file; the
    // whole export a record at a time, so that a file of any size takes little memory.
    const Status written = TerminalProgress::run(err, [&](Progress& progress) -> Status {
        if (since) {
            auto json = Exchange::write(repository, *since, QDateTime::currentDateTimeUtc(), progress);
            if (!json)
                return json.error();
            progress.begin(Progress::savingFile(), 0, false);
            return FileWrite::whole(target, *json);
        }
        return FileWrite::streamed(target, [&](QIODevice& device) {
            Status exported = JsonExporter::write(repository, device, progress);
            progress.begin(Progress::savingFile(), 0, false);
            return exported;
        });
    });
    if (!written)
        return CommandLine::failure(err, written.message());
    if (since)
        out << Text::tr("Exported the changes since %1 to %2.").arg(*since, QDir::toNativeSeparators(target))
            << '\n';
    else
        out << Text::tr("Exported to %1.").arg(QDir::toNativeSeparators(target)) << '\n';
    return CommandLine::Ok;
}

int runSheets(const QCommandLineParser& parser, bool csv, QTextStream& out, QTextStream& err) {
    const QString target = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("since")))
        return CommandLine::usage(
            err, Text::tr("--since goes with the JSON export only: leave it out, or write --format json."),
            parser.helpText());
    QList<const RegisterSpec*> registers = Registry::all();
    const QString table = parser.value(QStringLiteral("register"));
    if (!table.isEmpty()) {
        const RegisterSpec* spec = Registry::byTable(table);
        if (!spec)
            return CommandLine::usage(err,
                                      Text::tr("There is no register “%1”. The registers: %2.")
                                          .arg(table, Registry::tables().join(QStringLiteral(", "))),
                                      parser.helpText());
        registers = {spec};
    } else if (csv) {
        return CommandLine::usage(err,
                                  Text::tr("A CSV file holds one register: say which with --register TABLE, "
                                           "or write them all with --format xlsx. The registers: %1.")
                                      .arg(Registry::tables().join(QStringLiteral(", "))),
                                  parser.helpText());
    }

    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database)
        return CommandLine::failure(err, database.message());
    const Repository repository((*database)->connection());
    // A name that fits no municipality, or several, is answered with the choices: never one picked.
    qint64 municipality = 0;
    if (parser.isSet(QStringLiteral("municipality"))) {
        auto choice = RecordChoice::municipality(repository, parser.value(QStringLiteral("municipality")));
        if (!choice)
            return CommandLine::failure(err, choice.message());
        if (!choice->isOne())
            return CommandLine::unchosen(err, *choice);
        municipality = choice->record.id;
    }
    std::unique_ptr<SheetWriter> writer;
    if (csv)
        writer = std::make_unique<CsvSheet>(target);
    else
        writer = std::make_unique<XlsxWorkbook>(target);
    const Status written = TerminalProgress::run(err, [&](Progress& progress) {
        Status rows = RegisterExport::write(repository, *writer, municipality, registers, progress);
        if (!rows)
            return rows;
        progress.begin(Progress::savingFile(), 0, false);
        return writer->commit();
    });
    if (!written)
        return CommandLine::failure(err, written.message());
    out << Text::tr("Exported to %1.").arg(QDir::toNativeSeparators(target)) << '\n';
    return CommandLine::Ok;
}

} // namespace

int ExportCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    if (parser.value(QStringLiteral("out")).isEmpty())
        return CommandLine::usage(err, Text::tr("Say where to write the export with --out FILE."),
                                  parser.helpText());
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QStringLiteral("xlsx") || format == QStringLiteral("csv"))
        return runSheets(parser, format == QStringLiteral("csv"), out, err);
    if (format != QStringLiteral("json"))
        return CommandLine::usage(err,
                                  Text::tr("There is no format “%1”. Choose json, xlsx or csv.").arg(format),
                                  parser.helpText());
    if (parser.isSet(QStringLiteral("municipality")) || parser.isSet(QStringLiteral("register")))
        return CommandLine::usage(
            err,
            Text::tr("The JSON export holds the whole file: --municipality and --register "
                     "go with --format xlsx or csv."),
            parser.helpText());
    return runJson(parser, out, err);
}

} // namespace lk
