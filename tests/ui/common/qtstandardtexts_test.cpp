#include "catchqt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QTranslator>

// Debian's Swedish Qt catalogue lacks Qt 6's own words for its file dialog and the command line's help: the
// program's catalogue carries them (ui/common/qtstandardtexts.cpp).
TEST_CASE("In Swedish, Qt's own file dialog and the command line's help speak Swedish", "[ui][i18n]") {
    QTranslator swedish;
    REQUIRE(swedish.load(QStringLiteral(":/i18n/lofteskollen_sv.qm")));
    QCoreApplication::installTranslator(&swedish);

    QFileDialog dialog(nullptr, QStringLiteral("Öppna"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto* lookIn = dialog.findChild<QLabel*>(QStringLiteral("lookInLabel"));
    REQUIRE(lookIn);
    CHECK(lookIn->text() == QStringLiteral("Leta i:"));
    auto* types = dialog.findChild<QLabel*>(QStringLiteral("fileTypeLabel"));
    REQUIRE(types);
    CHECK(types->text() == QStringLiteral("Filer av typen:"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QString help = parser.helpText();
    CHECK(help.contains(QStringLiteral("Visar hjälp om kommandoradens flaggor.")));
    CHECK(help.contains(QStringLiteral("Flaggor:")));
    CHECK_FALSE(help.contains(QStringLiteral("Displays help")));

    QCoreApplication::removeTranslator(&swedish);
}
