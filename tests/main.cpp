// The test runner: Catch2 with a QApplication, so that models, widgets and dialogs work in every test.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/windowprogress.h"
#include "register/namecheck.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <iostream>
#include <limits>

int main(int argc, char** argv) {
    // catch_discover_tests runs this binary at build time, where there is no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's settings or files.
    QStandardPaths::setTestModeEnabled(true);
    // Nor each other's: ctest runs test cases side by side, each in a process of its own, and test mode alone
    // gives them all one settings file (~/.qttest/config). One test's backup settings, window size or recent
    // files would then reach another that happens to run at the same moment. Set before any QSettings exists.
    QTemporaryDir settings(QDir::tempPath() + QStringLiteral("/lofteskollen-tests-settings-XXXXXX"));
    if (!settings.isValid()) {
        std::cerr << "No folder for the tests' settings: " << qPrintable(settings.errorString()) << '\n';
        return 1;
    }
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LofteskollenTests"));
    QApplication::setApplicationName(QStringLiteral("LofteskollenTests"));
    // A long job's dialog shows only in the tests that ask for it: on a busy machine a quick job could pass
    // the half second and put it where a test waits for another dialog.
    lk::WindowProgress::setShowDelay(std::numeric_limits<int>::max());
    const int failed = Catch::Session().run(argc, argv);
    // A lookup of a name the program wrote that found nothing fails the run, whichever test made it (each
    // is logged above with what was looked for).
    if (lk::NameCheck::misses() > 0) {
        std::cerr << lk::NameCheck::misses()
                  << " lookup(s) of a name written in the program found nothing.\n";
        return failed > 0 ? failed : 1;
    }
    return failed;
}
