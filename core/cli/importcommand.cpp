#include "cli/importcommand.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "cli/terminalprogress.h"
#include "db/database.h"
#include "indicators/indicatorcsv.h"
#include "indicators/indicatorregisters.h"
#include "io/csvimport.h"
#include "io/jsonimporter.h"
#include "io/registercsv.h"
#include "promises/promiseregisters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ImportCommand)
};

int runJson(const QCommandLineParser& parser, const QString& path, QTextStream& out, QTextStream& err) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandLine::failure(err, Text::tr("%1 could not be read (%2). Nothing was changed.")
                                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto database = Database::open(CommandLine::location(parser));
    if (!database)
        return CommandLine::failure(err, database.message());
    // Read from the file a record at a time, never whole.
    const Repository repository((*database)->connection());
    auto summary = TerminalProgress::run(err, [&](Progress& progress) {
        return JsonImporter::import(repository, file, JsonImporter::Mode::Apply, progress);
    });
    if (!summary)
        return CommandLine::failure(err, summary.message());
    out << Text::tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
               .arg(QDir::toNativeSeparators(path))
               .arg(summary->added)
               .arg(summary->updated)
               .arg(summary->unchanged)
        << '\n';
    if (!summary->since.isEmpty())
        out << Text::tr("Changes since %1: %2 deleted, %3 sent only for reference and kept as they are here.")
                   .arg(summary->since)
                   .arg(summary->deleted)
                   .arg(summary->kept)
            << '\n';
    if (!summary->conflicts.isEmpty()) {
        out << Text::tr("%n conflict(s), left as they were here; settle them by hand:", "",
                        int(summary->conflicts.size()))
            << '\n';
        for (const ImportConflict& conflict : summary->conflicts)
            out << QStringLiteral("  %1 [%2]: %3").arg(conflict.label, conflict.uuid, conflict.reason)
                << '\n';
    }
    return CommandLine::Ok;
}

int runCsv(const QCommandLineParser& parser, const QString& path, QTextStream& out, QTextStream& err) {
    const QString table = parser.value(QStringLiteral("register"));
    const RegisterSpec* spec = nullptr;
    for (const RegisterSpec* importable : RegisterCsv::importable()) {
        if (importable->table == table)
            spec = importable;
    }
    const bool indicatorValues = table == IndicatorRegisters::values().table;
    if (!spec && !indicatorValues)
        return CommandLine::usage(err,
                                  Text::tr("A CSV file cannot be imported into “%1”. Choose one of: %2.")
                                      .arg(table, ImportCommand::csvRegisters().join(QStringLiteral(", "))),
                                  parser.helpText());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandLine::failure(err, Text::tr("%1 could not be read (%2). Nothing was changed.")
                                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    // One byte more than a CSV file may be, so that CsvTable can say that it is too big.
    const QByteArray bytes = file.read(CsvTable::maxBytes + 1);
    auto database = Database::open(CommandLine::location(parser));
    if (!database)
        return CommandLine::failure(err, database.message());
    const Repository repository((*database)->connection());
    auto choice = RecordChoice::municipality(repository, parser.value(QStringLiteral("municipality")));
    if (!choice)
        return CommandLine::failure(err, choice.message());
    if (!choice->isOne())
        return CommandLine::unchosen(err, *choice);
    const qint64 municipality = choice->record.id;

    auto preview = spec ? RegisterCsv::read(repository, *spec, municipality, bytes)
                        : IndicatorCsv::read(repository, municipality, bytes);
    const QString name = QDir::toNativeSeparators(path);
    if (!preview)
        return CommandLine::failure(err, Text::tr("%1: %2").arg(name, preview.message()));
    if (!preview->errors.isEmpty()) {
        err << name << ": " << CsvImport::summary(*preview) << '\n';
        for (const QString& error : std::as_const(preview->errors))
            err << QStringLiteral("  ") << error << '\n';
        err.flush();
        return CommandLine::Failed;
    }
    auto stored = repository.apply(preview->changes);
    if (!stored)
        return CommandLine::failure(err, stored.message());
    const QString registerName = spec ? spec->pluralName() : IndicatorRegisters::values().pluralName();
    out << Text::tr("Imported %1 into %2 of %3.")
               .arg(name, registerName.toLower(), choice->record.value(municipalities::name).toString())
        << '\n'
        << CsvImport::summary(*preview) << '\n';
    if (const QString unused = CsvImport::unusedNote(*preview); !unused.isEmpty())
        out << unused << '\n';
    return CommandLine::Ok;
}

} // namespace

QStringList ImportCommand::csvRegisters() {
    QStringList tables;
    for (const RegisterSpec* spec : RegisterCsv::importable())
        tables << spec->table;
    tables << IndicatorRegisters::values().table;
    return tables;
}

int ImportCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QStringList files = parser.positionalArguments().mid(1);
    const bool csv = parser.isSet(QStringLiteral("register"));
    if (files.size() != 1)
        return CommandLine::usage(err,
                                  csv ? Text::tr("Name exactly one CSV file to import.")
                                      : Text::tr("Name exactly one JSON file to import."),
                                  parser.helpText());
    if (!csv && parser.isSet(QStringLiteral("municipality")))
        return CommandLine::usage(err,
                                  Text::tr("A JSON export names the municipality of each record: "
                                           "--municipality goes with --register and a CSV file."),
                                  parser.helpText());
    return csv ? runCsv(parser, files.first(), out, err) : runJson(parser, files.first(), out, err);
}

} // namespace lk
