#include "../police/policewindow.h"
#include "common/activitytab.h"
#include "common/recordlistpanel.h"
#include "common/spreadsheetexport.h"
#include "modal.h"
#include "register/recordtablemodel.h"
#include "register/registry.h"
#include "xlsxfile.h"

#include <QAction>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace lk;
using namespace lk::test;

namespace {

// Answers a save dialog with `path`, typed whole into its name field.
void saveAs(QWidget* modal, const QString& path) {
    auto* chooser = qobject_cast<QFileDialog*>(modal);
    REQUIRE(chooser);
    CHECK(chooser->acceptMode() == QFileDialog::AcceptSave);
    auto* name = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(path);
    static_cast<QDialog*>(chooser)->accept();
}

QAction* action(QWidget* owner, const QString& name) {
    auto* found = owner->findChild<QAction*>(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("A table's context menu exports exactly the rows and columns it shows, in its order",
          "[ui][xlsx]") {
    PoliceWindow w;
    for (const auto& [day, place] :
         {std::pair{5, QStringLiteral("Rönningevägen")}, std::pair{6, QStringLiteral("Salems centrum")},
          std::pair{7, QStringLiteral("Södertäljevägen")}})
        REQUIRE(w.document()
                    .insert(PoliceRegisters::trafficControls(),
                            recordOf(merged(trafficControlValues(w.municipality, QDate(2022, 3, day)),
                                            {{QStringLiteral("place"), place}})))
                    .ok());
    ActivityTab* tab = w.page->trafficControls();
    w.page->tabs()->setCurrentWidget(tab);
    RecordListPanel* list = tab->list();
    // Filtered to the roads, sorted by place from Ö to A: two rows, Södertäljevägen first.
    auto* filter = list->findChild<QLineEdit*>();
    REQUIRE(filter);
    filter->setText(QStringLiteral("vägen"));
    list->view()->sortByColumn(1, Qt::DescendingOrder);
    REQUIRE(list->model()->rowCount() == 2);

    const QString path = w.file.pathFor(QStringLiteral("tabell.xlsx"));
    whenModal([&](QWidget* modal) { saveAs(modal, path); });
    QMenu* menu = list->contextMenu();
    REQUIRE(menu);
    action(menu, QStringLiteral("exportTable"))->trigger();

    const XlsxFile xlsx(path);
    REQUIRE(xlsx.sheets.size() == 1);
    const XlsxFile::Sheet& sheet = xlsx.sheet(QStringLiteral("Traffic controls"));
    QStringList headers;
    for (int c = 0; c < list->model()->columnCount(); ++c)
        headers << list->model()->headerData(c, Qt::Horizontal).toString();
    CHECK(sheet.row(1) == headers);
    CHECK(sheet.rows == 3);
    CHECK(sheet.row(2).at(1) == QStringLiteral("Södertäljevägen"));
    CHECK(sheet.row(3).at(1) == QStringLiteral("Rönningevägen"));
    CHECK(sheet.row(2).at(0) == QString::number(QDate(1899, 12, 30).daysTo(QDate(2022, 3, 7))));
    CHECK(sheet.row(2).at(3) == QStringLiteral("Drink driving, Speed"));
    CHECK_THAT(w.window.statusBar()->currentMessage().toStdString(), mentions(QStringLiteral("2 row(s)")));

    // The same menu writes CSV when the name says so.
    const QString csv = w.file.pathFor(QStringLiteral("tabell.csv"));
    REQUIRE(SpreadsheetExport::writeTable(*list->model(), csv, list));
    const QByteArray bytes = bytesOf(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF\"Date\";\"Place\";"));
    CHECK(bytes.count('\n') == 3);
}

TEST_CASE("File > Export to Excel asks for the whole file or the chosen municipality, and writes that",
          "[ui][xlsx]") {
    PoliceWindow w;
    REQUIRE(w.document()
                .insert(PromiseRegisters::municipalities(),
                        recordOf(municipalityValues(QStringLiteral("Botkyrka kommun"))))
                .ok());
    const QString path = w.file.pathFor(QStringLiteral("salem.xlsx"));
    QString question;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        question = box->text();
        auto* one = box->findChild<QPushButton*>(QStringLiteral("oneMunicipality"));
        REQUIRE(one);
        whenModal([&](QWidget* next) { saveAs(next, path); });
        one->click();
    });
    action(&w.window, QStringLiteral("exportExcel"))->trigger();
    CHECK_THAT(question.toStdString(), mentions(QStringLiteral("Salems kommun")));

    const XlsxFile xlsx(path);
    CHECK(xlsx.sheets.size() == Registry::all().size());
    const XlsxFile::Sheet& municipalities = xlsx.sheet(QStringLiteral("Municipalities"));
    CHECK(municipalities.rows == 2);
    CHECK(municipalities.row(2).first() == QStringLiteral("Salems kommun"));
    CHECK(xlsx.sheet(QStringLiteral("Promises")).rows > 1);
}
