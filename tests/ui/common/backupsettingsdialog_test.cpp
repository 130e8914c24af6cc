#include "catchqt.h"
#include "common/backupsettingsdialog.h"
#include "db/backups.h"
#include "mainwindow.h"
#include "modal.h"
#include "promises/promiseregisters.h"
#include "testfile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using lk::test::scalar;

namespace {

// Types a number into a spin box the way a user does: select all, type, leave.
void typeInto(QWidget* dialog, const char* name, int value) {
    auto* box = dialog->findChild<QSpinBox*>(QString::fromLatin1(name));
    REQUIRE(box);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    REQUIRE(box->value() == value);
}

QAction* settingsAction(lk::MainWindow& window, const QString& startsWith) {
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) != QStringLiteral("Settings"))
            continue;
        for (QAction* action : menu->menu()->actions())
            if (action->text().remove(QLatin1Char('&')).startsWith(startsWith))
                return action;
    }
    FAIL("no Settings action " + startsWith.toStdString());
    return nullptr;
}

// The user's settings go back to the defaults, so no other test sees these.
struct ForgetBackupSettings {
    ~ForgetBackupSettings() {
        QSettings settings;
        for (const char* key : {"backupMinutes", "backupKeepLatest", "backupKeepMonths"})
            settings.remove(QString::fromLatin1(key));
    }
};

} // namespace

TEST_CASE("Settings > Backups sets how often and how many, and closing keeps only that many",
          "[ui][backup][settings][sqlite]") {
    ForgetBackupSettings forget;
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    {
        auto document = file.open();
        for (int month = 1; month <= 4; ++month)
            REQUIRE(
                lk::Backups::make(document->database(), QDateTime::currentDateTime().addMonths(-month)).ok());
    }
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    auto* last = window.findChild<QLabel*>(QStringLiteral("lastBackup"));
    REQUIRE(last);
    CHECK(last->text().startsWith(QStringLiteral("Last backup ")));

    lk::test::whenModal([](QWidget* dialog) {
        typeInto(dialog, "backupMinutes", 30);
        typeInto(dialog, "backupKeepLatest", 2);
        typeInto(dialog, "backupKeepMonths", 0);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    settingsAction(window, QStringLiteral("Backups"))->trigger();
    const auto stored = lk::BackupSettingsDialog::stored();
    CHECK(stored.minutes == 30);
    CHECK(stored.latest == 2);
    CHECK(stored.months == 0);

    const QString municipality =
        scalar(*window.document(), QStringLiteral("SELECT uuid FROM municipalities")).toString();
    REQUIRE(window.document()
                ->update(lk::PromiseRegisters::municipalities(), municipality,
                         {{QStringLiteral("police_area"), QStringLiteral("Nord")}})
                .ok());
    window.close();
    // The copy made on closing and the newest before it; the three older ones are thinned away.
    auto kept = lk::Backups::list(file.path());
    REQUIRE(kept.ok());
    CHECK(kept->size() == 2);
    CHECK(last->text() != QStringLiteral("No backup yet"));
}

TEST_CASE("Stored backup settings out of range fall back to the defaults", "[backup][settings]") {
    ForgetBackupSettings forget;
    QSettings().setValue(QStringLiteral("backupMinutes"), 0);
    QSettings().setValue(QStringLiteral("backupKeepLatest"), -3);
    const auto stored = lk::BackupSettingsDialog::stored();
    CHECK(stored.minutes == 15);
    CHECK(stored.latest == 10);
    CHECK(stored.months == 12);
}
