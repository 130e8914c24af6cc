#include "../../core/walks/digitalwalkfixture.h"
#include "typing.h"
#include "walks/digitalwalkdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

QString writeFile(const DigitalWalkFile& walk, const QString& name, const QByteArray& bytes) {
    const QString path = walk.file.pathFor(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// The table row of a line in the file.
int rowOfLine(const DigitalWalkDialog& dialog, int line) {
    for (int r = 0; r < dialog.rows()->rowCount(); ++r)
        if (dialog.rows()->verticalHeaderItem(r)->text() == QString::number(line))
            return r;
    FAIL("no row for line " << line);
    return -1;
}

// Double-clicks a description, types `text` in place of it and presses Enter, as a user would.
void retype(DigitalWalkDialog& dialog, int row, const QString& text) {
    QTableWidget* table = dialog.rows();
    QTableWidgetItem* item = table->item(row, DigitalWalkDialog::DescriptionColumn);
    table->scrollToItem(item);
    const QPoint at = table->visualItemRect(item).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the text on Enter through a queued call.
    QCoreApplication::processEvents();
    REQUIRE(item->text() == text);
}

QString notesOf(const DigitalWalkDialog& dialog, int row) {
    return dialog.rows()->item(row, DigitalWalkDialog::NotesColumn)->text();
}

} // namespace

TEST_CASE("The review dialog: a row left out, a category and a text changed, then Import",
          "[digitalwalk][ui]") {
    DigitalWalkFile walk;
    DigitalWalkDialog dialog(*walk.document, walk.walk.id,
                             writeFile(walk, QStringLiteral("svar.csv"), surveyExport()));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.readable());
    CHECK(dialog.rows()->rowCount() == 8);
    CHECK(dialog.summary()->text() == QStringLiteral("4 of 8 will be imported"));
    CHECK_THAT(
        dialog.fileInfo()->text().toStdString(),
        mentions(QStringLiteral("Personal data about the sender is never imported: Namn, E-postadress")));
    CHECK_THAT(dialog.fileInfo()->text().toStdString(), mentions(QStringLiteral("Telefon.")));
    CHECK(dialog.windowTitle() == QStringLiteral("Import a digital walk: Rönninge centrum, 2023-10-05"));

    // Line 5 is left out; line 3 gets another category, typed in its list.
    QCheckBox* litter = dialog.includeBox(rowOfLine(dialog, 5));
    REQUIRE(litter->isChecked());
    QTest::mouseClick(litter, Qt::LeftButton);
    CHECK_FALSE(litter->isChecked());
    QComboBox* category = dialog.categoryBox(rowOfLine(dialog, 3));
    category->setFocus();
    type(category, QStringLiteral("Lit"));
    CHECK(category->currentData().toString() == QStringLiteral("nedskrapning"));

    // Line 7 has no text and cannot be included until the user writes one.
    const int safe = rowOfLine(dialog, 7);
    QCheckBox* safeBox = dialog.includeBox(safe);
    CHECK_FALSE(safeBox->isEnabled());
    CHECK_THAT(notesOf(dialog, safe).toStdString(), mentions(QStringLiteral("The description is empty")));
    retype(dialog, safe, QStringLiteral("Torget är välbelyst och tryggt på kvällen."));
    CHECK(safeBox->isEnabled());
    QTest::mouseClick(safeBox, Qt::LeftButton);
    CHECK(safeBox->isChecked());
    CHECK(dialog.summary()->text() == QStringLiteral("4 of 8 will be imported"));

    REQUIRE(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.imported() == 4);
    CHECK(walk.observations() == 4);
    CHECK(countWhere(walk.repository,
                     QStringLiteral("SELECT count(*) FROM observations WHERE sent_in = 1")) == 4);
    CHECK(scalar(*walk.document,
                 QStringLiteral("SELECT category FROM observations WHERE description LIKE 'Torget, "
                                "Storgatan 5:%'"))
              .toString() == QStringLiteral("nedskrapning"));
    CHECK(scalar(
              *walk.document,
              QStringLiteral("SELECT category FROM observations WHERE description = 'Torget är välbelyst och "
                             "tryggt på kvällen.'"))
              .toString() == QStringLiteral("trygg_plats"));
    CHECK(countWhere(walk.repository,
                     QStringLiteral(
                         "SELECT count(*) FROM observations WHERE description LIKE '%papperskorg%'")) == 0);
    walk.document->undoStack()->undo();
    CHECK(walk.observations() == 0);
}

TEST_CASE("The review dialog keeps out a personal identity number typed into a text", "[digitalwalk][ui]") {
    DigitalWalkFile walk;
    DigitalWalkDialog dialog(*walk.document, walk.walk.id,
                             writeFile(walk, QStringLiteral("svar.csv"), surveyExport()));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.includeNoneButton(), Qt::LeftButton);
    CHECK(dialog.summary()->text() == QStringLiteral("0 of 8 will be imported"));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    const int lamps = rowOfLine(dialog, 2);
    QTest::mouseClick(dialog.includeBox(lamps), Qt::LeftButton);
    CHECK(dialog.importButton()->isEnabled());
    retype(dialog, lamps, QStringLiteral("Anmält av %1.").arg(validPersonalNumber()));
    CHECK_FALSE(dialog.includeBox(lamps)->isChecked());
    CHECK_FALSE(dialog.includeBox(lamps)->isEnabled());
    CHECK_THAT(notesOf(dialog, lamps).toStdString(), mentions(QStringLiteral("850709-****")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    QTest::mouseClick(dialog.includeCleanButton(), Qt::LeftButton);
    CHECK(dialog.summary()->text() == QStringLiteral("3 of 8 will be imported"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(walk.observations() == 3);
    CHECK_FALSE(contentOf(*walk.document).contains(validPersonalNumber()));
}

TEST_CASE("The review dialog shows why a broken file cannot be imported, and another file can be chosen",
          "[digitalwalk][ui]") {
    DigitalWalkFile walk;
    const QString before = contentOf(*walk.document);
    DigitalWalkDialog dialog(
        *walk.document, walk.walk.id,
        writeFile(walk, QStringLiteral("fel.csv"), QByteArray("Namn;E-post\nAnna;a@b.se\n")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.readable());
    CHECK(dialog.problem()->isVisible());
    CHECK_THAT(dialog.problem()->text().toStdString(), mentions(QStringLiteral("Beskrivning or Synpunkt")));
    CHECK(dialog.rows()->rowCount() == 0);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(contentOf(*walk.document) == before);

    dialog.load(writeFile(walk, QStringLiteral("svar.csv"), surveyExport()));
    CHECK(dialog.readable());
    CHECK_FALSE(dialog.problem()->isVisible());
    CHECK(dialog.rows()->rowCount() == 8);
    CHECK(dialog.importButton()->isEnabled());
}

TEST_CASE("The review dialog opened without a file asks for one and imports nothing", "[digitalwalk][ui]") {
    DigitalWalkFile walk;
    DigitalWalkDialog dialog(*walk.document, walk.walk.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.readable());
    CHECK_FALSE(dialog.problem()->isVisible());
    CHECK_THAT(dialog.fileInfo()->text().toStdString(), mentions(QStringLiteral("Choose the CSV file")));
    CHECK(dialog.chooseButton()->isEnabled());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.includeCleanButton()->isEnabled());
}
