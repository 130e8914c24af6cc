// The test runner: Catch2 with a QApplication, so that models, widgets and dialogs work in every test.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "register/namecheck.h"

#include <QApplication>
#include <QStandardPaths>

#include <iostream>

int main(int argc, char** argv) {
    // catch_discover_tests runs this binary at build time, where there is no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's settings or files.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LofteskollenTests"));
    QApplication::setApplicationName(QStringLiteral("LofteskollenTests"));
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
