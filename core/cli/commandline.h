// CommandLine: the headless commands (init, export, import, check, search, demo, report, protocol) and
// --help/--version, with exit codes. Export and import are ExportCommand and ImportCommand.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineParser;

namespace lk {

struct RecordChoice;

class CommandLine {
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    struct WindowOptions {
        QString database;           // empty: the default file
        QString language;           // empty: chosen by Language
        bool exitAfterShow = false; // for the start-up benchmark
    };

    static QStringList commands();
    // True when the arguments name a command or ask for help or the version: no window is needed.
    static bool isHeadless(const QStringList& arguments);
    // The value of --lang, if given, before the application exists (the translators go in first).
    static QString requestedLanguage(const QStringList& arguments);

    // Runs a headless request; `arguments` starts with the program name.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static Result<WindowOptions> parseWindow(const QStringList& arguments);

    // The report and protocol commands draw charts and pictures, which takes the window's libraries: the
    // program hands core the writer (ui/report/ReportCommand), which is told the command by the parser's
    // first positional argument. Without one, `report` and `protocol` say they cannot run.
    using ReportWriter = std::function<int(const QCommandLineParser&, QTextStream& out, QTextStream& err)>;
    static void setReportWriter(ReportWriter writer);
    // True when the arguments ask for a report: the program then starts its GUI libraries, off screen.
    static bool isReport(const QStringList& arguments);

    // What a command says and returns on wrong usage (the message, then its help: exit 2), on a failure
    // (the reason: exit 1), and when its --municipality (or the file) leaves a choice open: the choices,
    // exit 2, or exit 1 when the file has nothing to choose from.
    static int usage(QTextStream& err, const QString& message, const QString& helpText);
    static int usage(QTextStream& err, const QString& message, const QCommandLineParser& parser);
    static int failure(QTextStream& err, const QString& message);
    static int unchosen(QTextStream& err, const RecordChoice& choice);

    // Where the window opens when no --db is given: AppDataLocation/lofteskollen.sqlite.
    static QString defaultDatabasePath();
    // Where a command works: its --db FILE or its --server URL (the command line has made sure it has one).
    static QString location(const QCommandLineParser& parser);
};

} // namespace lk
