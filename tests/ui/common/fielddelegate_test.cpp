#include "catchqt.h"
#include "common/problemlook.h"
#include "common/recordlistpanel.h"
#include "modal.h"
#include "police/policeregisters.h"
#include "register/recordtablemodel.h"
#include "testfile.h"
#include "typing.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTest>

using namespace lk;
using namespace lk::test;

TEST_CASE("A cell's text refused by the file opens again in the cell, red, as it was typed",
          "[ui][fielddelegate]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 municipality =
        scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    Record unit;
    unit.values = {{QStringLiteral("municipality_id"), municipality},
                   {QStringLiteral("name"), QStringLiteral("Rönningeskolan")},
                   {QStringLiteral("kind"), QStringLiteral("skola")}};
    REQUIRE(document->insert(PoliceRegisters::units(), unit).ok());
    RecordListPanel panel(document.get(), PoliceRegisters::units(),
                          {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("address")});
    panel.setParentRecord(QStringLiteral("municipality_id"), municipality);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QModelIndex address = panel.model()->index(0, 2);
    panel.view()->setCurrentIndex(address);
    panel.view()->edit(address);
    auto* editor = panel.view()->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    const QString typed = QStringLiteral("Skolvägen 1, rektor 811218-9876");
    type(editor, typed);

    QString told;
    whenModal([&told](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        told = box->text();
        box->accept();
    });
    const QPointer<QLineEdit> first = editor;
    QTest::keyClick(editor, Qt::Key_Return); // the view saves the cell once this event is done
    REQUIRE(QTest::qWaitFor([&told] { return !told.isEmpty(); }));
    CHECK_THAT(told.toStdString(), mentions(QStringLiteral("personnummer")));
    CHECK(scalar(*document, QStringLiteral("SELECT address IS NULL FROM units")).toBool());
    // An editor opens again in the cell with the text, for the user to put right.
    QLineEdit* again = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (QLineEdit* open : panel.view()->viewport()->findChildren<QLineEdit*>()) {
            if (open != first && open->isVisible())
                again = open;
        }
        return again != nullptr;
    }));
    CHECK(again->text() == typed);
    CHECK(panel.view()->currentIndex() == address);
    CHECK(showsProblem(again));
    CHECK_THAT(again->toolTip().toStdString(), mentions(QStringLiteral("personnummer")));
}
