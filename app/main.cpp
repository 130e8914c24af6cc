// Löfteskollen's entry point: a headless command, or the window.
#include "cli/commandline.h"
#include "common/language.h"
#include "common/startuptrace.h"
#include "mainwindow.h"
#include "report/reportcommand.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describe(QCoreApplication& application) {
    application.setOrganizationName(QStringLiteral("Lofteskollen"));
    application.setApplicationName(QStringLiteral("Lofteskollen"));
    application.setApplicationVersion(QStringLiteral(LOFTESKOLLEN_VERSION));
}

QStringList argumentsOf(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char** argv) {
    lk::StartupTrace::mark("main");
    const QStringList arguments = argumentsOf(argc, argv);
    if (lk::CommandLine::isHeadless(arguments)) {
        // Commands never need a screen: they run the same on a server, in CI or over ssh. A report draws
        // its charts with the window's libraries, so it gets them, off screen unless told otherwise.
        std::unique_ptr<QCoreApplication> application;
        if (lk::CommandLine::isReport(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        describe(*application);
        lk::Language::install(*application,
                              lk::Language::choose(lk::CommandLine::requestedLanguage(arguments)));
        lk::CommandLine::setReportWriter(&lk::ReportCommand::run);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return lk::CommandLine::run(arguments, out, err);
    }

    // Checked before the window system is touched, so that a typing mistake gets an answer even without a
    // screen.
    auto options = lk::CommandLine::parseWindow(arguments);
    if (!options) {
        QTextStream(stderr) << options.message() << '\n';
        return lk::CommandLine::Usage;
    }
    QApplication application(argc, argv);
    lk::StartupTrace::mark("QApplication made");
    describe(application);
    QApplication::setApplicationDisplayName(QStringLiteral("Löfteskollen"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lofteskollen.svg")));
    lk::Language::install(application, lk::Language::choose(options->language));
    lk::StartupTrace::mark("translations installed");
    lk::MainWindow window;
    lk::StartupTrace::mark("window made");
    if (options->database.isEmpty())
        window.openAtStart(lk::CommandLine::defaultDatabasePath(), lk::MainWindow::Start::Default);
    else
        window.openAtStart(options->database, lk::MainWindow::Start::Given);
    lk::StartupTrace::mark("file opened");
    window.show();
    lk::StartupTrace::mark("window shown");
    if (options->exitAfterShow)
        window.exitWhenShown();
    return QApplication::exec();
}
