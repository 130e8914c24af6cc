#include "catchqt.h"
#include "db/backups.h"
#include "db/database.h"
#include "db/sql.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"
#include "promises/promiseregisters.h"
#include "promises/promisespage.h"
#include "promises/promisetreemodel.h"
#include "promises/scopebar.h"
#include "testfile.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using lk::test::scalar;

namespace {

// An edit the file notices: the municipality's police area.
void setPoliceArea(lk::MainWindow& window, const QString& area) {
    const QString municipality =
        scalar(*window.document(), QStringLiteral("SELECT uuid FROM municipalities")).toString();
    REQUIRE(window.document()
                ->update(lk::PromiseRegisters::municipalities(), municipality,
                         {{QStringLiteral("police_area"), area}})
                .ok());
}

} // namespace

TEST_CASE("The first start creates the file from the Salem template, folder and all", "[ui][mainwindow]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not/yet/there/lofteskollen.sqlite"));
    lk::MainWindow window;
    window.openAtStart(path, lk::MainWindow::Start::Default);
    REQUIRE(window.document());
    CHECK(QFileInfo::exists(path));
    CHECK(scalar(*window.document(), QStringLiteral("SELECT count(*) FROM promises")).toInt() == 8);
    CHECK(window.windowTitle().startsWith(QStringLiteral("lofteskollen.sqlite")));
    auto* page = window.page<lk::PromisesPage>();
    REQUIRE(page);
    // The navigation counts the promises before the page is first shown.
    CHECK(page->badge() == QStringLiteral("8"));
}

TEST_CASE(
    "A file held by another instance is not opened, the message says who holds it, and the open file stays",
    "[ui][mainwindow][sqlite]") {
    lk::test::TestFile first(QStringLiteral("salem-2021-2022"));
    lk::test::TestFile held;
    auto other = lk::Database::open(held.path()); // another instance, as far as the lock can tell
    REQUIRE(other.ok());

    lk::MainWindow window;
    REQUIRE(window.openFile(first.path()));
    QString shown;
    lk::test::whenModal([&shown](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(window.openFile(held.path()));
    CHECK(shown.contains(QStringLiteral("used by another instance")));
    CHECK(shown.contains(QStringLiteral("nothing was changed")));
    REQUIRE(window.document());
    CHECK(QFileInfo(window.document()->path()) == QFileInfo(first.path()));
}

TEST_CASE(
    "A path given in a folder that does not exist is refused as on the command line, and nothing is made",
    "[ui][mainwindow]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/f.sqlite"));
    QString told;
    lk::test::whenModal([&told](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        told = box->text() + u' ' + box->informativeText();
        box->accept();
    });
    lk::MainWindow window;
    window.openAtStart(path, lk::MainWindow::Start::Given);
    CHECK_FALSE(window.document());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    // The same words as `lofteskollen init --db` on that path.
    CHECK_THAT(told.toStdString(), lk::test::mentions(QStringLiteral("the folder")));
    CHECK_THAT(told.toStdString(),
               lk::test::mentions(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("A file that is not a Löfteskollen file is refused at start and the window says no file is open",
          "[ui][mainwindow]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("these are meeting notes, not a database");
    }
    lk::test::whenModal([](QWidget* modal) { qobject_cast<QMessageBox*>(modal)->accept(); });
    lk::MainWindow window;
    window.openAtStart(path, lk::MainWindow::Start::Given);
    CHECK_FALSE(window.document());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArrayLiteral("these are meeting notes, not a database"));
    CHECK(window.windowTitle() == QStringLiteral("Löfteskollen"));
}

TEST_CASE("A read that fails is told once, and the page does not claim the period is empty",
          "[ui][mainwindow]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    auto* page = lk::test::showPage<lk::PromisesPage>(window);
    // Damage the tree's query as a broken disk page would.
    REQUIRE(lk::sql::run(window.document()->database().connection(),
                         QStringLiteral("ALTER TABLE promise_statuses RENAME TO gone"))
                .ok());
    int messages = 0;
    QString shown;
    lk::test::whenModal([&](QWidget* modal) {
        ++messages;
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        shown = box->text();
        box->accept();
    });
    page->setPeriod(window.scopeBar()->periodId());
    QCoreApplication::processEvents();
    CHECK(messages == 1);
    CHECK(shown.contains(QStringLiteral("Nothing was changed")));
    auto* hint = page->findChild<QLabel*>(QStringLiteral("hint"));
    REQUIRE(hint);
    CHECK(hint->text().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(hint->text().contains(QStringLiteral("no focus areas")));
}

TEST_CASE("Closing after an edit leaves a backup beside the file, closing without one leaves none",
          "[ui][mainwindow][backup][sqlite]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    {
        lk::MainWindow window;
        REQUIRE(window.openFile(file.path()));
        window.close();
    }
    auto none = lk::Backups::list(file.path());
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    {
        lk::MainWindow window;
        REQUIRE(window.openFile(file.path()));
        setPoliceArea(window, QStringLiteral("Lokalpolisområde Södertälje"));
        window.close();
    }
    auto made = lk::Backups::list(file.path());
    REQUIRE(made.ok());
    REQUIRE(made->size() == 1);
    auto copy = lk::Database::openForReading(made->first().path);
    REQUIRE(copy.ok());
    CHECK(lk::sql::scalar((*copy)->connection(), QStringLiteral("SELECT police_area FROM municipalities"))
              ->toString() == QStringLiteral("Lokalpolisområde Södertälje"));
}

TEST_CASE("Restoring a backup brings its content back and keeps what was open as a new backup",
          "[ui][mainwindow][backup][sqlite]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    const auto setArea = [&window](const QString& area) { setPoliceArea(window, area); };
    setArea(QStringLiteral("Före"));
    auto before = lk::Backups::make(window.document()->database(), QDateTime(QDate(2026, 1, 1), QTime(8, 0)));
    REQUIRE(before.ok());
    setArea(QStringLiteral("Efter"));

    REQUIRE(window.restore(*before));
    REQUIRE(window.document());
    CHECK(scalar(*window.document(), QStringLiteral("SELECT police_area FROM municipalities")).toString() ==
          QStringLiteral("Före"));
    // The state replaced is one of the backups now.
    auto backups = lk::Backups::list(file.path());
    REQUIRE(backups.ok());
    REQUIRE(backups->size() == 2);
    auto kept = lk::Database::openForReading(backups->first().path);
    REQUIRE(kept.ok());
    CHECK(lk::sql::scalar((*kept)->connection(), QStringLiteral("SELECT police_area FROM municipalities"))
              ->toString() == QStringLiteral("Efter"));
}

TEST_CASE(
    "A while after a change a backup is made without closing, and closing adds one only for later changes",
    "[ui][mainwindow][backup][sqlite]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    lk::MainWindow window;
    window.setBackupInterval(50);
    REQUIRE(window.openFile(file.path()));
    const auto setArea = [&window](const QString& area) { setPoliceArea(window, area); };
    const auto backups = [&] { return lk::Backups::list(file.path()).value().size(); };
    setArea(QStringLiteral("Första"));
    setArea(QStringLiteral("Andra")); // one copy for a burst of changes
    CHECK(QTest::qWaitFor([&] { return backups() == 1; }, 5000));
    QTest::qWait(200);
    CHECK(backups() == 1);
    window.close();
    CHECK(backups() == 1); // nothing changed since that copy
}
