#include "../../core/privacy/auditfixture.h"
#include "common/dateedit.h"
#include "io/csvtable.h"
#include "mainwindow.h"
#include "modal.h"
#include "privacy/auditexport.h"
#include "privacy/auditlogdialog.h"
#include "privacy/auditlogmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace lk;
using namespace lk::test;

namespace {

void choose(QComboBox* box, const QString& text) {
    const int index = box->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    box->setFocus();
    box->setCurrentIndex(index);
}

QStringList itemsOf(const QComboBox* box) {
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

void clickRow(QTableView* table, int row) {
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    REQUIRE(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace

TEST_CASE("Edit > Change log opens the file's log beside the window, once", "[ui][auditlogdialog]") {
    AuditFile file;
    file.close();
    TestFile other; // made before the window, so that it outlives the window's lock on it
    MainWindow window;
    REQUIRE(window.openFile(file.file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* action = window.menuBar()->findChild<QAction*>(QStringLiteral("auditLog"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<AuditLogDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK_FALSE(dialog->isModal());
    CHECK(dialog->windowTitle() == QStringLiteral("Change log"));
    CHECK(dialog->count()->text() == QStringLiteral("10 event(s)"));
    // The dialog's own focus: the application's (hasFocus) also needs the window system to have made the
    // dialog the active window, which under a busy offscreen run may come later or not at all.
    CHECK(dialog->focusWidget() == dialog->table());
    action->trigger();
    CHECK(window.findChildren<AuditLogDialog*>().size() == 1);

    // Another file: the log of the first one closes with it.
    REQUIRE(window.openFile(other.path()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.findChildren<AuditLogDialog*>().isEmpty());
}

TEST_CASE("The change log filters by user, register and days, and shows the chosen change whole",
          "[ui][auditlogdialog]") {
    AuditFile file;
    const QDate dayBefore = QDate::currentDate();
    AuditLogDialog dialog(file.document.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableView* table = dialog.table();

    CHECK(dialog.from()->date() ==
          QDateTime::fromString(AuditFile::annasDay, Qt::ISODateWithMs).toLocalTime().date());
    // Today, as the dialog read the clock: the day before or after it did, should midnight fall between.
    CHECK((dialog.to()->date() == dayBefore || dialog.to()->date() == QDate::currentDate()));
    CHECK(itemsOf(dialog.users()) ==
          QStringList{QStringLiteral("All users"), QStringLiteral("anna"), QStringLiteral("björn")});
    // Registers by the names the user reads, in alphabetical order.
    CHECK(itemsOf(dialog.registers()) ==
          QStringList{QStringLiteral("All registers"), QStringLiteral("Focus area"),
                      QStringLiteral("Municipality"), QStringLiteral("Period"), QStringLiteral("Promise"),
                      QStringLiteral("Setting"), QStringLiteral("Status report"), QStringLiteral("Target")});
    CHECK(dialog.count()->text() == QStringLiteral("10 event(s)"));
    CHECK(table->model()->rowCount() == 10);
    // The newest change is chosen at once.
    CHECK(table->currentIndex().row() == 0);
    CHECK_THAT(dialog.detail()->toPlainText().toStdString(),
               mentions(QStringLiteral("Months before a closed case is thinned")));

    choose(dialog.users(), QStringLiteral("björn"));
    CHECK(dialog.count()->text() == QStringLiteral("4 event(s)"));
    CHECK(table->model()->rowCount() == 4);
    choose(dialog.registers(), QStringLiteral("Promise"));
    CHECK(dialog.count()->text() == QStringLiteral("1 event(s)"));

    choose(dialog.users(), QStringLiteral("All users"));
    choose(dialog.registers(), QStringLiteral("All registers"));
    dialog.to()->setDate(QDate(2021, 3, 15));
    CHECK(dialog.count()->text() == QStringLiteral("6 event(s)"));
    dialog.from()->setDate(QDate(2021, 3, 16));
    CHECK(dialog.count()->text() == QStringLiteral("0 event(s)"));
    CHECK(table->model()->rowCount() == 0);
    CHECK_THAT(dialog.detail()->toPlainText().toStdString(),
               mentions(QStringLiteral("No changes were recorded")));
    dialog.from()->setDate(QDate(2021, 3, 15));
    dialog.to()->setDate(QDate::currentDate());

    // Björn's comment: the detail has every field by its label, before and after, whole.
    choose(dialog.registers(), QStringLiteral("Status report"));
    REQUIRE(table->model()->rowCount() == 2);
    clickRow(table, 0);
    const QString detail = dialog.detail()->toPlainText();
    CHECK_THAT(detail.toStdString(), mentions(QStringLiteral("Status report “2021-04-30”: changed")));
    CHECK_THAT(detail.toStdString(), mentions(QStringLiteral("by björn")));
    for (const QString& shown :
         {QStringLiteral("Field"), QStringLiteral("Before"), QStringLiteral("After"),
          QStringLiteral("Comment"), QStringLiteral("Rapport 2021-04-30"), QStringLiteral("Sa \"ja\"; sedan"),
          QStringLiteral("Started"), AuditFile::renamed, file.tree.status.uuid})
        CHECK_THAT(detail.toStdString(), mentions(shown));
    // The keyboard goes on to the next row: anna's new report.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    CHECK_THAT(dialog.detail()->toPlainText().toStdString(), mentions(QStringLiteral("by anna")));
}

TEST_CASE("The change log exports what the filter shows as CSV, and says how many rows went where",
          "[ui][auditlogdialog]") {
    AuditFile file;
    AuditLogDialog dialog(file.document.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog.users(), QStringLiteral("björn"));

    const QString path = file.file.pathFor(QStringLiteral("andringslogg.csv"));
    bool asked = false;
    whenModal([&](QWidget* modal) {
        auto* chooser = qobject_cast<QFileDialog*>(modal);
        REQUIRE(chooser);
        asked = true;
        CHECK(chooser->acceptMode() == QFileDialog::AcceptSave);
        // Typed as a whole path into the name field, as a user may.
        auto* name = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        name->setText(path);
        // As the Save button does (QFileDialog::accept is protected; QDialog's reaches it).
        static_cast<QDialog*>(chooser)->accept();
    });
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK(asked);

    auto* done = dialog.findChild<QLabel*>(QStringLiteral("done"));
    REQUIRE(done);
    CHECK(done->text() == QStringLiteral("4 row(s) written to %1.").arg(QDir::toNativeSeparators(path)));
    auto table = CsvTable::read(bytesOf(path));
    REQUIRE(table.ok());
    CHECK(table->header == AuditExport::header());
    CHECK(table->rows.size() == 4);

    // A new filter clears the message: it spoke of the rows before.
    choose(dialog.users(), QStringLiteral("anna"));
    CHECK(done->text().isEmpty());
}

TEST_CASE("The change log follows changes made while it is open", "[ui][auditlogdialog][sqlite]") {
    AuditFile file;
    AuditLogDialog dialog(file.document.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableView* table = dialog.table();
    AsUser cecilia("cecilia");
    auto rename = [&file](const QString& title) {
        REQUIRE(file.document
                    ->update(PromiseRegisters::promises(), file.tree.promise.uuid,
                             {{QStringLiteral("title"), title}})
                    .ok());
    };

    // The filter stays as chosen, and so does the row being read.
    choose(dialog.users(), QStringLiteral("björn"));
    clickRow(table, 2);
    const qint64 bjorns = dialog.model()->entry(2).id;
    rename(QStringLiteral("Nattvandringar"));
    CHECK(dialog.users()->currentText() == QStringLiteral("björn"));
    CHECK(dialog.count()->text() == QStringLiteral("4 event(s)"));
    CHECK(table->currentIndex().row() == 2);
    CHECK(dialog.model()->entry(2).id == bjorns);

    // Under all users the new change comes on top, and the row being read moves down with the rest.
    choose(dialog.users(), QStringLiteral("All users"));
    clickRow(table, 2);
    const qint64 reading = dialog.model()->entry(2).id;
    rename(QStringLiteral("Kvällsvandringar"));
    CHECK(dialog.count()->text() == QStringLiteral("12 event(s)"));
    CHECK(table->currentIndex().row() == 3);
    CHECK(dialog.model()->entry(3).id == reading);

    // The new user can be chosen.
    choose(dialog.users(), QStringLiteral("cecilia"));
    CHECK(dialog.count()->text() == QStringLiteral("2 event(s)"));
    CHECK(table->model()->data(table->model()->index(0, AuditText::Record)).toString() ==
          QStringLiteral("Kvällsvandringar"));
}
