// The window as a screen reader meets it: every page, tab and dialog of the demo file, each handed in turn to
// tests/a11y/a11y_check.py, which walks it over AT-SPI and counts the controls without a name. Hidden from
// the plain test run: a11y_check.py starts these under Xvfb with the accessibility bus (ctest: a11y_*).
#include "catchqt.h"
#include "checkerlink.h"
#include "common/activitytab.h"
#include "common/language.h"
#include "demo/demodata.h"
#include "everydialog.h"
#include "indicators/indicatorspage.h"
#include "io/jsonexporter.h"
#include "mainwindow.h"
#include "police/policepage.h"
#include "promises/promisespage.h"
#include "testfile.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace lk;
using namespace lk::test;

namespace {

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The language a11y_check.py asks for, installed as the program installs it.
void speakAsAsked() {
    if (!CheckerLink::present())
        FAIL("Run through tests/a11y/a11y_check.py (ctest -R a11y), which answers on stdin.");
    const QString language = qEnvironmentVariable("LOFTESKOLLEN_A11Y_LANGUAGE", QStringLiteral("sv"));
    REQUIRE(Language::install(*qApp, language));
}

} // namespace

TEST_CASE("Every page, tab and dialog of the demo file, walked by the accessibility checker",
          "[.][atspi-walk]") {
    speakAsAsked();
    TestFile file(QStringLiteral("salem-2021-2022"));
    {
        auto document = file.open();
        REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
        // A file to preview under Arkiv > Importera…: the file's own content, so nothing would change.
        auto exported = JsonExporter::exportAll(document->repository());
        REQUIRE(exported.ok());
        write(file.pathFor(QStringLiteral("export.json")), *exported);
    }
    write(file.pathFor(QStringLiteral("kontroller.csv")),
          QByteArrayLiteral("Datum;Plats;Kontrollerade fordon\n2022-03-15;Storgatan;12\n"));
    write(file.pathFor(QStringLiteral("indikatorer.csv")),
          QByteArrayLiteral("Indikator;År;Kvartal;Värde\nAnmälda inbrott;2022;;41\n"));

    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CheckerLink checker;
    ModalCloser closer(
        [&](QWidget* modal) { checker.look(QStringLiteral("dialog"), modal->windowTitle(), modal); });

    const auto [pages, tabs] = openEveryDialog(
        window, [&](const QString& view) { checker.look(QStringLiteral("page"), view, &window); });

    // A promise's detail, which shows only when one is chosen in the tree.
    PromisesPage* promises = showFirstPromise(window);
    checker.look(QStringLiteral("page"), promises->title() + QStringLiteral(" > a promise"), &window);

    // The previews of the imports, which the walk meets only as a file dialog in front of them.
    window.importFile(file.pathFor(QStringLiteral("export.json")));
    window.page<PolicePage>()->trafficControls()->importFile(file.pathFor(QStringLiteral("kontroller.csv")));
    window.page<IndicatorsPage>()->importFile(file.pathFor(QStringLiteral("indikatorer.csv")));

    // Windows that stay open beside the main window: Sök and Ändringslogg from the menus, and the handbook.
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            action->trigger();
    }
    QApplication::processEvents();
    int besides = 0;
    for (QWidget* shown : QApplication::topLevelWidgets()) {
        if (shown != &window && shown->isVisible() && !shown->inherits("QMenu")) {
            checker.look(QStringLiteral("window"), shown->windowTitle(), shown);
            ++besides;
        }
    }

    INFO("dialogs: " << closer.titles.join(QStringLiteral(", ")).toStdString());
    CHECK(pages >= 9);
    CHECK(tabs >= 20);
    CHECK(closer.titles.size() >= 80);
    CHECK(besides >= 2);
    CHECK(QApplication::activeModalWidget() == nullptr);
}

// The checker's own proof that it can fail: two controls left without a name on the first page.
TEST_CASE("Two controls without a name, for the accessibility checker to find", "[.][atspi-selftest]") {
    speakAsAsked();
    TestFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    auto* unnamedEdit = new QLineEdit(stack->currentWidget());
    auto* unnamedButton = new QToolButton(stack->currentWidget());
    unnamedButton->setIcon(window.style()->standardIcon(QStyle::SP_DialogOpenButton));
    // A description is no name: it only tells the checker these two apart from any it should not find.
    for (QWidget* planted : {static_cast<QWidget*>(unnamedEdit), static_cast<QWidget*>(unnamedButton)})
        planted->setAccessibleDescription(QStringLiteral("left without a name on purpose"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    unnamedEdit->show();
    unnamedButton->show();
    CheckerLink checker;
    checker.look(QStringLiteral("page"), QStringLiteral("with two unnamed controls"), &window);
    CHECK(checker.looks == 1);
}
