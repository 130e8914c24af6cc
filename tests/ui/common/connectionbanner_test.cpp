// A server that stops mid-edit: the banner says the connection is lost, what was typed stays in the form,
// nothing is half-written, and once the server is back the program has reconnected by itself, the banner
// has gone and the edit is saved. On a server of the test's own, as stopping the shared one would stop
// every other test.
#include "../../core/register/registerfixture.h"
#include "catchqt.h"
#include "common/connectionbanner.h"
#include "common/recordform.h"
#include "db/connectionwatch.h"
#include "formfill.h"
#include "io/templates.h"
#include "ownserver.h"
#include "promises/promiseregisters.h"
#include "secondclient.h"
#include "testfile.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace lk;
using namespace lk::test;

TEST_CASE("A server that stops mid-edit: the form keeps the text, a banner says so, and the edit is saved "
          "once the program has reconnected by itself",
          "[ui][server][postgres]") {
    OwnServer server;
    {
        auto filled = Database::open(server.url());
        REQUIRE(filled.ok());
        REQUIRE(
            Templates::apply(Repository((*filled)->connection()), QStringLiteral("salem-2021-2022")).ok());
    }
    auto opened = Document::open(server.url());
    REQUIRE(opened.ok());
    Document& document = **opened;
    ConnectionWatch* watch = ConnectionWatch::of(&document);
    REQUIRE(watch);
    // No asking while idle (the test says when), and quick tries once lost.
    watch->setTimes(3600 * 1000, 50, 400);
    ConnectionBanner banner(watch, document.path());
    const QString uuid =
        scalar(document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Trafikkontroller'"))
            .toString();
    RecordForm form(&document, PromiseRegisters::promises(), {QStringLiteral("title")});
    form.bind(uuid);
    auto* title = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("title")));
    REQUIRE(title);
    CHECK(banner.isHidden());

    const QString typed = QStringLiteral("Trafikkontroller vid skolorna");
    typeInto(title, typed);
    server.halt();
    QTest::keyClick(title, Qt::Key_Return);

    // Nothing typed is lost, and the window says what happened.
    CHECK(title->text() == typed);
    CHECK(form.hasFailedSave());
    CHECK_THAT(form.problem(QStringLiteral("title")).toStdString(), mentions(QStringLiteral("connection")));
    CHECK(watch->isLost());
    CHECK_FALSE(banner.isHidden());
    CHECK_THAT(banner.text().toStdString(), mentions(QStringLiteral("connection to the server is lost")));
    // The program tries again by itself, waiting longer each time, until the server is back.
    QTest::qWait(300); // a few tries fail meanwhile; nothing depends on how many
    CHECK(watch->isLost());
    server.resume();
    REQUIRE(QTest::qWaitFor([&] { return !watch->isLost(); }, 60000));
    CHECK(banner.isHidden());
    // The text kept in the form was saved once the connection was back.
    CHECK(scalar(document, QStringLiteral("SELECT title FROM promises WHERE uuid = ?"), {uuid}).toString() ==
          typed);
    CHECK_FALSE(form.hasFailedSave());
    CHECK(form.problem(QStringLiteral("title")).isEmpty());
    // Saving goes on as before.
    typeInto(title, QStringLiteral("Trafikkontroller i Rönninge"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(scalar(document, QStringLiteral("SELECT title FROM promises WHERE uuid = ?"), {uuid}).toString() ==
          QStringLiteral("Trafikkontroller i Rönninge"));
}

TEST_CASE("The banner's button tries again at once", "[ui][server][postgres]") {
    OwnServer server;
    auto opened = Document::open(server.url());
    REQUIRE(opened.ok());
    ConnectionWatch* watch = ConnectionWatch::of(opened->get());
    REQUIRE(watch);
    // Tries so far apart that only the button can bring it back within the test.
    watch->setTimes(3600 * 1000, 3600 * 1000, 3600 * 1000);
    ConnectionBanner banner(watch, (*opened)->path());
    server.halt();
    watch->check();
    REQUIRE(watch->isLost());
    CHECK_FALSE(banner.isHidden());
    banner.retryButton()->click(); // still down: stays lost, with the reason at hand
    CHECK(watch->isLost());
    CHECK_FALSE(watch->reason().isEmpty());
    server.resume();
    banner.retryButton()->click();
    CHECK_FALSE(watch->isLost());
    CHECK(banner.isHidden());
}

TEST_CASE("Once the server is back, another client's changes are heard again", "[ui][server][postgres]") {
    OwnServer server;
    auto opened = Document::open(server.url());
    REQUIRE(opened.ok());
    Document& document = **opened;
    ConnectionWatch* watch = ConnectionWatch::of(&document);
    REQUIRE(watch);
    watch->setTimes(3600 * 1000, 3600 * 1000, 3600 * 1000); // the test says when to try
    REQUIRE(QTest::qWaitFor([&] { return document.isListening(); }, 20000));

    server.halt();
    watch->check();
    REQUIRE(watch->isLost());
    server.resume();
    watch->retryNow();
    REQUIRE_FALSE(watch->isLost());

    // The listener's connection went with the server: without listening anew, this change is never heard.
    REQUIRE(QTest::qWaitFor([&] { return document.isListening(); }, 20000));
    QSet<QString> heard;
    QObject::connect(&document, &Document::rowsChangedElsewhere,
                     [&heard](const QString& table, const QSet<QString>&) { heard.insert(table); });
    SecondClient other(document);
    REQUIRE(other.repository()
                .insert(PromiseRegisters::municipalities(),
                        recordOf(municipalityValues(QStringLiteral("Botkyrka kommun"))),
                        Repository::Stamp::Now)
                .ok());
    CHECK(QTest::qWaitFor([&] { return heard.contains(QStringLiteral("municipalities")); }, 20000));
}
