#include "../police/policewindow.h"
#include "common/activitytab.h"
#include "common/csvimportdialog.h"
#include "common/recordlistpanel.h"
#include "joined.h"
#include "modal.h"
#include "register/recordtablemodel.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace lk;
using namespace lk::test;

namespace {

QString writeList(const PoliceWindow& w, const QByteArray& bytes) {
    const QString path = w.file.pathFor(QStringLiteral("trafikkontroller.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// What a preview showed when the test answered it.
struct Shown {
    QString summary;
    QString unused;
    QStringList headers;
    QStringList firstRow;
    QStringList errors;
    bool importable = false;
};

Shown read(CsvImportDialog* dialog) {
    Shown shown;
    shown.summary = dialog->summary()->text();
    shown.unused = dialog->unused()->isVisibleTo(dialog) ? dialog->unused()->text() : QString();
    for (int c = 0; c < dialog->rows()->columnCount(); ++c) {
        shown.headers << dialog->rows()->horizontalHeaderItem(c)->text();
        if (dialog->rows()->rowCount() > 0)
            shown.firstRow << dialog->rows()->item(0, c)->text();
    }
    for (int i = 0; i < dialog->errors()->count(); ++i)
        shown.errors << dialog->errors()->item(i)->text();
    shown.importable = dialog->importButton()->isEnabled();
    return shown;
}

} // namespace

TEST_CASE("A police list is previewed line by line, names the column it does not read, and comes in as one "
          "undoable step",
          "[ui][police][csv]") {
    PoliceWindow w;
    ActivityTab* tab = w.page->trafficControls();
    w.page->tabs()->setCurrentWidget(tab);
    REQUIRE(tab->importButton());
    CHECK(tab->importButton()->isVisible());
    const QString path =
        writeList(w, QByteArray("Plats;K\xE4lla;Datum;Inriktning;Kontrollerade fordon\r\n"
                                "R\xF6nningev\xE4gen;Polisens lista;2022-03-15;Rattfylleri, Hastighet;80\r\n"
                                "Salems centrum;Polisens lista;2022-04-02;drograttfylleri;40\r\n"));

    // The button asks for the file; the test answers as a user types a path.
    bool asked = false;
    whenModal([&](QWidget* modal) {
        auto* chooser = qobject_cast<QFileDialog*>(modal);
        REQUIRE(chooser);
        asked = true;
        chooser->reject();
    });
    QTest::mouseClick(tab->importButton(), Qt::LeftButton);
    CHECK(asked);
    CHECK(w.count(QStringLiteral("traffic_controls")) == 0);

    Shown shown;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<CsvImportDialog*>(modal);
        REQUIRE(dialog);
        shown = read(dialog);
        REQUIRE(shown.importable);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    CHECK(tab->importFile(path));
    CHECK_THAT(shown.summary.toStdString(), mentions(QStringLiteral("Windows-1252")));
    CHECK_THAT(shown.summary.toStdString(), mentions(QStringLiteral("2 new, 0 changed, 0 already stored")));
    CHECK(shown.unused == QStringLiteral("1 column(s) of the file not read: Källa."));
    // What each line does right beside its number, then the columns read.
    CHECK(shown.headers == QStringList{QStringLiteral("Line"), QStringLiteral("What happens"),
                                       QStringLiteral("Date"), QStringLiteral("Place"),
                                       QStringLiteral("Focus"), QStringLiteral("Vehicles checked"),
                                       QStringLiteral("Counts for promise")});
    CHECK(shown.firstRow == QStringList{QStringLiteral("2"), QStringLiteral("Added"),
                                        QStringLiteral("2022-03-15"), QStringLiteral("Rönningevägen"),
                                        QStringLiteral("Drink driving, Speed"), QStringLiteral("80"),
                                        QStringLiteral("Trafikkontroller")});
    CHECK(shown.errors.isEmpty());

    // In the file, in the municipality, counting for the traffic promise; in the table and its target.
    CHECK(lk::test::joined(
              w.document(),
              QStringLiteral("SELECT held_on || '|' || place || '|' || focus || '|' || "
                             "vehicles_checked || '|' || promise_id || '|' || municipality_id FROM "
                             "traffic_controls ORDER BY held_on"),
              {}, QStringLiteral(";")) ==
          QStringLiteral("2022-03-15|Rönningevägen|rattfylleri,hastighet|80|%1|%2;"
                         "2022-04-02|Salems centrum|drograttfylleri|40|%1|%2")
              .arg(w.trafficPromise)
              .arg(w.municipality));
    CHECK(tab->list()->model()->rowCount() == 2);
    CHECK_THAT(tab->summary()->text().toStdString(), mentions(QStringLiteral("2 of 100")));
    CHECK(w.document().undoStack()->undoText() == QStringLiteral("Import of traffic controls"));
    w.document().undoStack()->undo();
    CHECK(w.count(QStringLiteral("traffic_controls")) == 0);
}

TEST_CASE("A police list with a bad date and an unknown code names both lines, and Import stays off",
          "[ui][police][csv]") {
    PoliceWindow w;
    ActivityTab* tab = w.page->trafficControls();
    w.page->tabs()->setCurrentWidget(tab);
    const QString path = writeList(w, QStringLiteral("Datum;Plats;Inriktning\n"
                                                     "2022-03-15;Rondellen;Hastighet\n"
                                                     "2022-02-30;Rondellen;Hastighet\n"
                                                     "2022-03-16;Rondellen;Fortkörning\n")
                                          .toUtf8());
    Shown shown;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<CsvImportDialog*>(modal);
        REQUIRE(dialog);
        shown = read(dialog);
        dialog->accept(); // as Enter would: nothing to import, so nothing happens
        CHECK(dialog->isVisible());
        dialog->reject();
    });
    CHECK_FALSE(tab->importFile(path));
    CHECK_FALSE(shown.importable);
    REQUIRE(shown.errors.size() == 2);
    CHECK_THAT(shown.errors.at(0).toStdString(), mentions(QStringLiteral("Line 3: ")));
    CHECK_THAT(shown.errors.at(1).toStdString(), mentions(QStringLiteral("Line 4: ")));
    CHECK_THAT(shown.errors.at(1).toStdString(), mentions(QStringLiteral("Fortkörning")));
    CHECK_THAT(shown.summary.toStdString(), mentions(QStringLiteral("2 line(s) cannot be read")));
    CHECK(w.count(QStringLiteral("traffic_controls")) == 0);
}
