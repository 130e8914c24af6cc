#include "../../core/watch/watchfixture.h"
#include "common/activitytab.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "formfill.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"
#include "watch/areastab.h"
#include "watch/watchpage.h"
#include "watch/watchtotalstab.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace lk;
using namespace lk::test;

namespace {

// The window on a Salem file, on the neighbourhood-watch page.
struct WatchWindow {
    TestFile file{QStringLiteral("salem-2021-2022")};
    MainWindow window;
    WatchPage* page = nullptr;

    WatchWindow() {
        REQUIRE(window.openFile(file.path()));
        page = showPage<WatchPage>(window);
    }
    Document& document() const { return *window.document(); }
    QVariant value(const QString& statement) const { return scalar(document(), statement); }
};

} // namespace

TEST_CASE("An area and a training are added through their dialogs, and the training counts for the promise",
          "[ui][watch]") {
    WatchWindow w;
    AreasTab* areas = w.page->areas();
    w.page->tabs()->setCurrentWidget(areas);
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        typeInto(form->editor(QStringLiteral("name")), QStringLiteral("Brf Ekdungen"));
        choose(form->editor(QStringLiteral("housing")), QStringLiteral("flerbostadshus"));
        typeInto(form->editor(QStringLiteral("households")), QStringLiteral("120"));
        typeInto(form->editor(QStringLiteral("households_joined")), QStringLiteral("54"));
        typeInto(form->editor(QStringLiteral("contact_persons")), QStringLiteral("3"));
        setDate(form->editor(QStringLiteral("started_on")), QDate(2022, 2, 15));
        clickSave(dialog);
    });
    QTest::mouseClick(areas->list()->newButton(), Qt::LeftButton);
    CHECK(w.value(QStringLiteral("SELECT name || '/' || housing || '/' || households || '/' || "
                                 "households_joined || '/' || started_on || '/' || status FROM watch_areas"))
              .toString() == QStringLiteral("Brf Ekdungen/flerbostadshus/120/54/2022-02-15/aktiv"));

    ActivityTab* events = w.page->events();
    w.page->tabs()->setCurrentWidget(events);
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        setDate(form->editor(QStringLiteral("held_on")), QDate(2022, 3, 14));
        choose(form->editor(QStringLiteral("kind")), QStringLiteral("utbildning"));
        typeInto(form->editor(QStringLiteral("topic")), QStringLiteral("Grundutbildning för kontaktombud"));
        typeInto(form->editor(QStringLiteral("participants")), QStringLiteral("14"));
        clickSave(dialog);
    });
    QTest::mouseClick(events->list()->newButton(), Qt::LeftButton);
    CHECK(
        w.value(QStringLiteral("SELECT a.name || '/' || e.held_on || '/' || e.kind || '/' || e.participants "
                               "FROM watch_events e JOIN watch_areas a ON a.id = e.area_id"))
            .toString() == QStringLiteral("Brf Ekdungen/2022-03-14/utbildning/14"));

    // The totals tab counts both.
    WatchTotalsTab* totals = w.page->totals();
    w.page->tabs()->setCurrentWidget(totals);
    QTableWidget* figures = totals->figures();
    QStringList shown;
    for (int row = 0; row < figures->rowCount(); ++row)
        shown << figures->item(row, 0)->text() + u'=' + figures->item(row, 1)->text();
    INFO(shown.join(u'\n').toStdString());
    CHECK(shown.contains(QStringLiteral("Active areas=1")));
    CHECK(shown.contains(QStringLiteral("Share of the joined households in apartment buildings=100 %")));
    CHECK(shown.contains(QStringLiteral("Training=1")));
}

TEST_CASE("The main contact is typed only after consent, and withdrawing consent erases it in one step",
          "[ui][watch]") {
    WatchWindow w;
    const qint64 municipality = w.value(QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    REQUIRE(w.document().insert(WatchRegisters::areas(), recordOf(areaValues(municipality))).ok());
    AreasTab* areas = w.page->areas();
    w.page->tabs()->setCurrentWidget(areas);
    areas->list()->view()->selectRow(0);
    REQUIRE(areas->consent()->isEnabled());
    CHECK_FALSE(areas->contactName()->isEnabled());

    areas->consent()->click();
    CHECK(w.value(QStringLiteral("SELECT contact_consent FROM watch_areas")).toInt() == 1);
    REQUIRE(areas->contactName()->isEnabled());
    typeInto(areas->contactName(), QStringLiteral("Karin Exempelsson"));
    typeInto(areas->contactPhone(), QStringLiteral("070-174 06 42"));
    areas->contactPhone()->clearFocus();
    QTest::keyClick(areas->contactPhone(), Qt::Key_Return);
    CHECK(
        w.value(QStringLiteral("SELECT contact_name || ' ' || contact_phone FROM watch_areas")).toString() ==
        QStringLiteral("Karin Exempelsson 070-174 06 42"));

    // A personal identity number in the name is refused where it was typed, and the name stays.
    typeInto(areas->contactName(), QStringLiteral("Karin ") + validPersonalNumber());
    QTest::keyClick(areas->contactName(), Qt::Key_Return);
    CHECK(areas->findChild<QLabel*>(QStringLiteral("contactError"))
              ->text()
              .contains(QStringLiteral("personnummer")));
    CHECK(w.value(QStringLiteral("SELECT contact_name FROM watch_areas")).toString() ==
          QStringLiteral("Karin Exempelsson"));

    whenModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    areas->consent()->click();
    CHECK(w.value(QStringLiteral("SELECT contact_consent || '/' || coalesce(contact_name, '-') || '/' || "
                                 "coalesce(contact_phone, '-') FROM watch_areas"))
              .toString() == QStringLiteral("0/-/-"));
    CHECK_FALSE(areas->contactName()->isEnabled());
    w.document().undoStack()->undo();
    CHECK(w.value(QStringLiteral("SELECT contact_phone FROM watch_areas")).toString() ==
          QStringLiteral("070-174 06 42"));
}
