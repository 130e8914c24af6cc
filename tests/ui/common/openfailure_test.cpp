#include "catchqt.h"
#include "common/recordlistpanel.h"
#include "db/backups.h"
#include "db/sql.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagechecklimit.h"
#include "promises/promiseregisters.h"
#include "readonlyplace.h"
#include "testfile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using lk::test::bytesOf;
using lk::test::mentions;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// Answers the next message box with the button whose text starts with `text`; remembers what it said.
void answerWith(const QString& text, QString* said) {
    lk::test::whenModal([text, said](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        *said = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(text)) {
                button->click();
                return;
            }
        }
        FAIL("no button " + text.toStdString());
    });
}

int municipalities(const lk::Document& document) {
    return scalar(document, QStringLiteral("SELECT count(*) FROM municipalities")).toInt();
}

QAction* fileAction(lk::MainWindow& window, const QString& startsWith) {
    for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
        if (action->text().remove(QLatin1Char('&')).startsWith(startsWith))
            return action;
    FAIL("no File action " + startsWith.toStdString());
    return nullptr;
}

// A file with one backup, then damaged in the middle: a disk sector gone bad.
void damageWithBackup(const TestFile& file) {
    {
        auto document = file.open();
        REQUIRE(lk::Backups::make(document->database()).ok());
    }
    QFile raw(file.path());
    REQUIRE(raw.open(QIODevice::ReadWrite));
    REQUIRE(raw.seek(raw.size() / 2));
    REQUIRE(raw.write(QByteArray(8192, '\xff')) == 8192);
}

} // namespace

TEST_CASE("A damaged file offers its newest backup, and restoring it keeps the damaged file aside",
          "[ui][mainwindow][badfile][backup][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    damageWithBackup(file);
    const QByteArray damaged = bytesOf(file.path());
    lk::MainWindow window;

    SECTION("cancelled, nothing changes") {
        QString said;
        answerWith(QStringLiteral("Cancel"), &said);
        CHECK_FALSE(window.openFile(file.path()));
        CHECK_THAT(said.toStdString(), mentions(QStringLiteral("is damaged")));
        CHECK_THAT(said.toStdString(), mentions(QStringLiteral("The newest backup is from")));
        CHECK_FALSE(window.document());
        CHECK(bytesOf(file.path()) == damaged);
    }
    SECTION("restored") {
        QString said;
        answerWith(QStringLiteral("Restore the newest backup"), &said);
        REQUIRE(window.openFile(file.path()));
        REQUIRE(window.document());
        CHECK_FALSE(window.document()->isReadOnly());
        CHECK(municipalities(*window.document()) == 1);
        // The file that did not open is kept beside, byte for byte, and the status bar says where.
        const QStringList kept = QDir(QFileInfo(file.path()).absolutePath())
                                     .entryList({QStringLiteral("test-unreadable-*.sqlite")}, QDir::Files);
        REQUIRE(kept.size() == 1);
        CHECK(bytesOf(QFileInfo(file.path()).absoluteDir().filePath(kept.first())) == damaged);
        CHECK_THAT(window.statusBar()->currentMessage().toStdString(), mentions(kept.first()));
    }
}

TEST_CASE("A file without backups that does not open is only reported", "[ui][mainwindow][badfile][sqlite]") {
    TestFile file;
    QFile raw(file.path());
    REQUIRE(raw.resize(raw.size() / 3));
    const QByteArray cut = bytesOf(file.path());
    QString said;
    lk::test::whenModal([&said](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        said = box->text();
        CHECK(box->buttons().size() == 1);
        box->accept();
    });
    lk::MainWindow window;
    CHECK_FALSE(window.openFile(file.path()));
    CHECK_FALSE(said.isEmpty());
    CHECK(bytesOf(file.path()) == cut);
}

TEST_CASE("A file another window holds opens read-only on request, with a banner and no way to change it",
          "[ui][mainwindow][badfile][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto held = file.open();
    lk::MainWindow window;
    QString said;
    answerWith(QStringLiteral("Open read-only"), &said);
    REQUIRE(window.openFile(file.path()));
    CHECK_THAT(said.toStdString(), mentions(QStringLiteral("used by another instance")));
    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());

    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK_THAT(banner->text().toStdString(), mentions(QStringLiteral("Another window has the file open")));
    CHECK_FALSE(fileAction(window, QStringLiteral("Import"))->isEnabled());
    CHECK_FALSE(fileAction(window, QStringLiteral("Restore"))->isEnabled());
    CHECK(fileAction(window, QStringLiteral("Follow-up report"))->isEnabled());
    // The pages build themselves when first shown: visit each.
    window.show();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    for (int row = 0; row < navigation->count(); ++row)
        navigation->setCurrentRow(row);
    const auto panels = window.findChildren<lk::RecordListPanel*>();
    REQUIRE_FALSE(panels.isEmpty());
    for (lk::RecordListPanel* panel : panels) {
        CHECK_FALSE(panel->newButton()->isEnabled());
        CHECK_FALSE(panel->deleteButton()->isEnabled());
    }
    // What the other window saves, this one reads.
    REQUIRE(held->update(lk::PromiseRegisters::municipalities(),
                         scalar(*held, QStringLiteral("SELECT uuid FROM municipalities")).toString(),
                         {{QStringLiteral("police_area"), QStringLiteral("Syd")}})
                .ok());
    CHECK(scalar(*window.document(), QStringLiteral("SELECT police_area FROM municipalities")).toString() ==
          QStringLiteral("Syd"));
}

TEST_CASE("A file on a read-only medium opens read-only without asking",
          "[ui][mainwindow][badfile][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    lk::test::ReadOnlyPlace place(file.path(), QStringLiteral("stick.sqlite"));
    REQUIRE(place.ready());
    const QByteArray before = bytesOf(place.path());
    {
        lk::MainWindow window;
        REQUIRE(window.openFile(place.path()));
        REQUIRE(window.document());
        CHECK(window.document()->isReadOnly());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        REQUIRE(banner);
        CHECK_THAT(banner->text().toStdString(), mentions(QStringLiteral("read-only")));
        CHECK(municipalities(*window.document()) == 1);
        window.close();
    }
    CHECK(bytesOf(place.path()) == before);
}

TEST_CASE("A large file found damaged after it opened is closed again, with its newest backup offered",
          "[ui][mainwindow][badfile][backup][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    damageWithBackup(file);
    const QByteArray damaged = bytesOf(file.path());
    const lk::test::PageCheckLimit limit(0);
    lk::MainWindow window;
    QString said;
    answerWith(QStringLiteral("Cancel"), &said);
    // It opens at once; the check beside it finds the damage and the window lets the file go.
    REQUIRE(window.openFile(file.path()));
    REQUIRE(QTest::qWaitFor([&window] { return window.document() == nullptr; }, 20000));
    REQUIRE(QTest::qWaitFor([&said] { return !said.isEmpty(); }, 20000));
    CHECK_THAT(said.toStdString(), mentions(QStringLiteral("is damaged")));
    CHECK_THAT(said.toStdString(), mentions(QStringLiteral("The newest backup is from")));
    CHECK(bytesOf(file.path()) == damaged);
}
