// The test runner: Catch2 with a QApplication, so that models, widgets and dialogs work in every test.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv) {
    // catch_discover_tests runs this binary at build time, where there is no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's settings or files.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LofteskollenTests"));
    QApplication::setApplicationName(QStringLiteral("LofteskollenTests"));
    return Catch::Session().run(argc, argv);
}
