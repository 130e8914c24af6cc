#include "catchqt.h"
#include "common/page.h"
#include "help/handbook.h"
#include "mainwindow.h"
#include "testfile.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace lk;
using namespace lk::test;

namespace {

QString textOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QSet<QString> matches(const QString& text, const QString& pattern) {
    QSet<QString> found;
    for (auto match = QRegularExpression(pattern).globalMatch(text); match.hasNext();)
        found << match.next().captured(1);
    return found;
}

QSet<QString> anchorsOf(const QString& text) {
    return matches(text, QStringLiteral("<a name=\"([^\"]+)\">"));
}

} // namespace

TEST_CASE("F1 opens the handbook at the section of the page in view, for every page", "[help][handbook]") {
    TestFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* help = window.findChild<QAction*>(QStringLiteral("handbook"));
    REQUIRE(help);
    CHECK(help->shortcuts().contains(QKeySequence(Qt::Key_F1)));

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(navigation);
    REQUIRE(stack);
    const QSet<QString> anchors = anchorsOf(textOf(QStringLiteral(":/help/handbook_en.html")));
    QSet<QString> shown;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        const auto* page = qobject_cast<const Page*>(stack->currentWidget());
        REQUIRE(page);
        const QString section = Handbook::sectionOf(page);
        INFO(page->metaObject()->className());
        // Every page has a section of its own, and the guide has it.
        CHECK(section != QStringLiteral("start"));
        CHECK(anchors.contains(section));
        help->trigger();
        auto* handbook = window.findChild<Handbook*>(QStringLiteral("handbook"));
        REQUIRE(handbook);
        CHECK(handbook->isVisible());
        CHECK(handbook->browser()->source().fragment() == section);
        CHECK(handbook->browser()->source().adjusted(QUrl::RemoveFragment) == QUrl(Handbook::source()));
        shown << section;
    }
    CHECK(shown.size() == navigation->count());
}

TEST_CASE("The handbook is the same guide in Swedish and English: the same sections, and no link that leads "
          "nowhere",
          "[help][handbook]") {
    const QString swedish = textOf(QStringLiteral(":/help/handbook_sv.html"));
    const QString english = textOf(QStringLiteral(":/help/handbook_en.html"));
    CHECK(anchorsOf(swedish) == anchorsOf(english));
    for (const QString& text : {swedish, english}) {
        const QSet<QString> anchors = anchorsOf(text);
        for (const QString& link : matches(text, QStringLiteral("href=\"#([^\"]+)\""))) {
            INFO(link.toStdString());
            CHECK(anchors.contains(link));
        }
    }
    // The year's routine is in it: a new period, a meeting, the tertial, the report, thinning, backups.
    for (const QString& section :
         {QStringLiteral("ny-period"), QStringLiteral("mote"), QStringLiteral("tertial"),
          QStringLiteral("rapport"), QStringLiteral("gallring"), QStringLiteral("sakerhetskopior")})
        CHECK(anchorsOf(swedish).contains(section));
}

TEST_CASE("The handbook speaks the program's language", "[help][handbook]") {
    CHECK(Handbook::source().endsWith(QStringLiteral("_en.html")));
    QTranslator swedish;
    REQUIRE(swedish.load(QStringLiteral(":/i18n/lofteskollen_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    CHECK(Handbook::source().endsWith(QStringLiteral("_sv.html")));
    Handbook handbook;
    handbook.showSection(QStringLiteral("tertial"));
    CHECK(handbook.browser()->toPlainText().contains(QStringLiteral("Tertialuppföljningen")));
    QCoreApplication::removeTranslator(&swedish);
}
