#include "catchqt.h"
#include "common/rowtable.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace lk;

// A cell's editor sits in a table without a label: a screen reader would say only "edit" or "spin box".
TEST_CASE("A row table and each editor in its cells have a name a screen reader can say", "[ui][a11y]") {
    RowTable rows(QStringLiteral("Närvaro"), {QStringLiteral("Organisation"), QStringLiteral("Närvarande")});
    CHECK(rows.table()->accessibleName() == QStringLiteral("Närvaro"));
    for (int row = 0; row < 2; ++row) {
        rows.appendRow();
        rows.setCell(row, 0, new QLineEdit);
        rows.setCell(row, 1, new QSpinBox);
    }
    CHECK(rows.cell<QLineEdit>(0, 0)->accessibleName() == QStringLiteral("Organisation, row 1"));
    CHECK(rows.cell<QSpinBox>(1, 1)->accessibleName() == QStringLiteral("Närvarande, row 2"));
    // A name the row gave its editor is kept.
    rows.appendRow();
    auto* named = new QLineEdit;
    named->setAccessibleName(QStringLiteral("Annan organisation"));
    rows.setCell(2, 0, named);
    CHECK(named->accessibleName() == QStringLiteral("Annan organisation"));
    // Removing the first row moves the second up, and its name with it.
    auto* remove = rows.addRemoveButton(QStringLiteral("Ta bort"));
    rows.table()->setCurrentCell(0, 0);
    remove->click();
    CHECK(rows.cell<QSpinBox>(0, 1)->accessibleName() == QStringLiteral("Närvarande, row 1"));
    CHECK(rows.cell<QLineEdit>(1, 0)->accessibleName() == QStringLiteral("Annan organisation"));
}
