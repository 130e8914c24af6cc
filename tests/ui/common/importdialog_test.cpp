#include "../../core/police/policefixture.h"
#include "common/activitytab.h"
#include "common/importdialog.h"
#include "common/recordlistpanel.h"
#include "io/exchange.h"
#include "mainwindow.h"
#include "modal.h"
#include "police/policepage.h"
#include "register/recordtablemodel.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lk;
using namespace lk::test;

namespace {

// The police contact's changes since the last exchange: two traffic controls, as a file.
struct PoliceChanges {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("polisen-2022-10.json"));

    PoliceChanges() {
        PoliceFile police;
        for (const QDate& day : {QDate(2022, 10, 4), QDate(2022, 10, 11)})
            REQUIRE(
                police.document
                    ->insert(PoliceRegisters::trafficControls(),
                             recordOf(trafficControlValues(police.municipality, day, police.trafficPromise)))
                    .ok());
        auto json =
            Exchange::write(police.repository, QStringLiteral("2022-01-01"), QDateTime::currentDateTimeUtc());
        REQUIRE(json.ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(*json);
    }
};

int controls(const Document& document) {
    return scalar(document, QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt();
}

QPushButton* importButton(QWidget* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("File > Import shows what will change before anything is written, and then imports it",
          "[ui][exchange]") {
    PoliceChanges changes;
    TestFile coordinator(QStringLiteral("salem-2021-2022"));
    MainWindow window;
    REQUIRE(window.openFile(coordinator.path()));
    PolicePage* page = window.page<PolicePage>();
    page->setPeriod(scalar(*window.document(), QStringLiteral("SELECT id FROM periods")).toLongLong());
    ActivityTab* tab = page->trafficControls();
    REQUIRE(window.document()
                ->insert(PromiseRegisters::municipalities(),
                         recordOf(municipalityValues(QStringLiteral("Botkyrka kommun"))))
                .ok());
    REQUIRE(window.document()->undoStack()->count() == 1);

    bool previewed = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ImportDialog*>(modal);
        REQUIRE(dialog);
        const QString text = dialog->findChild<QTextBrowser*>(QStringLiteral("preview"))->toPlainText();
        CHECK(text.contains(QStringLiteral("since 2022-01-01")));
        INFO(text.toStdString());
        // The fixture's school is new there too.
        CHECK(text.contains(QStringLiteral("Added:\n1 unit(s), 2 traffic control(s)")));
        CHECK(text.contains(QStringLiteral("No conflicts.")));
        // Nothing is written while the user looks.
        CHECK(controls(*window.document()) == 0);
        previewed = true;
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    });
    CHECK(window.importFile(changes.path));
    CHECK(previewed);
    CHECK(controls(*window.document()) == 2);
    // The table shows them at once, and undo does not reach back past the import.
    CHECK(tab->list()->model()->rowCount() == 2);
    CHECK(window.document()->undoStack()->count() == 0);
}

TEST_CASE("Cancelling the preview leaves the file as it was", "[ui][exchange]") {
    PoliceChanges changes;
    TestFile coordinator(QStringLiteral("salem-2021-2022"));
    MainWindow window;
    REQUIRE(window.openFile(coordinator.path()));
    const QByteArray before = TestFile::exportOf(*window.document());
    whenModal([](QWidget* modal) {
        REQUIRE(qobject_cast<ImportDialog*>(modal));
        qobject_cast<QDialog*>(modal)->reject();
    });
    CHECK_FALSE(window.importFile(changes.path));
    CHECK(TestFile::exportOf(*window.document()) == before);
}

TEST_CASE("A broken import file is refused with a message, and nothing changes", "[ui][exchange]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("trasig.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"traffic_controls\": [ {\"uuid\": ");
    file.close();
    TestFile coordinator(QStringLiteral("salem-2021-2022"));
    MainWindow window;
    REQUIRE(window.openFile(coordinator.path()));
    const QByteArray before = TestFile::exportOf(*window.document());
    QString message;
    whenModal([&message](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        message = box->text();
        box->accept();
    });
    CHECK_FALSE(window.importFile(path));
    CHECK(message.contains(QStringLiteral("not valid JSON")));
    CHECK(message.contains(QStringLiteral("Nothing was changed")));
    CHECK(TestFile::exportOf(*window.document()) == before);
}

TEST_CASE("The preview lists each conflict with the record and what happened on each side",
          "[ui][exchange]") {
    ImportSummary summary;
    summary.since = QStringLiteral("2022-01-01");
    summary.updated = 1;
    summary.updatedIn.insert(QStringLiteral("visits"), 1);
    summary.conflicts.append({QStringLiteral("traffic_controls"), QStringLiteral("0d6c…"),
                              QStringLiteral("Traffic control: Salemsvägen & Tumba (2022-10-04)"),
                              QStringLiteral("changed on both computers")});
    const QString html = ImportDialog::describe(summary);
    CHECK(html.contains(QStringLiteral("Changed:</b></td><td>1 visit(s)")));
    CHECK(html.contains(QStringLiteral("1 conflict(s)")));
    // Escaped, so that a place name cannot break the list.
    CHECK(html.contains(QStringLiteral("Salemsvägen &amp; Tumba (2022-10-04): changed on both computers")));
}
