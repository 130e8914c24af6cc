#include "common/activitytab.h"
#include "common/dateedit.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "demo/demodata.h"
#include "formfill.h"
#include "joined.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"
#include "register/recordtablemodel.h"
#include "testfile.h"
#include "walks/participantsgrid.h"
#include "walks/placestab.h"
#include "walks/situationtab.h"
#include "walks/walkactionstab.h"
#include "walks/walkregisters.h"
#include "walks/walkspage.h"
#include "walks/walkstab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

struct WalksWindow {
    TestFile file;
    MainWindow window;
    WalksPage* page = nullptr;

    // The Salem template, or the demo file with its walks, places and map.
    explicit WalksWindow(bool demo = false)
        : file(demo ? QStringLiteral("empty") : QStringLiteral("salem-2021-2022")) {
        if (demo) {
            auto filled = file.open();
            REQUIRE(DemoData::fill(filled->repository(), QStringLiteral("sample")).ok());
        }
        REQUIRE(window.openFile(file.path()));
        page = showPage<WalksPage>(window);
    }
    Document& document() const { return *window.document(); }
    QVariant sql(const QString& statement) const { return scalar(document(), statement); }
};

QPushButton* button(QWidget* parent, const QString& name) {
    auto* found = parent->findChild<QPushButton*>(name);
    REQUIRE(found);
    return found;
}

void cancel(QWidget* dialog) {
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
}

} // namespace

TEST_CASE("A walk is recorded with its participants, three observations and one action, through the page",
          "[ui][walks]") {
    WalksWindow w;
    WalksTab* tab = w.page->walks();
    w.page->tabs()->setCurrentWidget(tab);

    // The walk, through New in the list.
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        setDate(form->editor(QStringLiteral("walked_on")), QDate(2022, 4, 20));
        choose(form->editor(QStringLiteral("kind")), QStringLiteral("fysisk"));
        typeInto(form->editor(QStringLiteral("starts_at")), QStringLiteral("18:30"));
        choose(form->editor(QStringLiteral("light")), QStringLiteral("morker"));
        typeInto(form->editor(QStringLiteral("area")), QStringLiteral("Rönninge centrum"));
        clickSave(dialog);
    });
    QTest::mouseClick(tab->walks()->list()->newButton(), Qt::LeftButton);
    const QString walkUuid = w.sql(QStringLiteral("SELECT uuid FROM walks")).toString();
    REQUIRE_FALSE(walkUuid.isEmpty());
    CHECK(tab->walks()->list()->selectedUuid() == walkUuid);
    const qint64 walkId = w.sql(QStringLiteral("SELECT id FROM walks")).toLongLong();

    // The participants, group by group; a number is saved when the user leaves it.
    for (const auto& [group, count] : {std::pair{"boende", "8"}, std::pair{"polisen", "2"}}) {
        QSpinBox* spin = tab->participants()->count(QString::fromLatin1(group));
        REQUIRE(spin);
        REQUIRE(spin->isEnabled());
        typeInto(spin, QString::fromLatin1(count));
        QTest::keyClick(spin, Qt::Key_Return);
    }
    CHECK(lk::test::joined(w.document(), QStringLiteral("SELECT participant_group || '=' || count FROM "
                                                        "walk_participants ORDER BY participant_group")) ==
          QStringLiteral("boende=8,polisen=2"));
    CHECK_THAT(tab->participants()->total()->text().toStdString(), mentions(QStringLiteral("10")));

    // Three observations with Save and new; the second gets an action, which is due six months after the
    // walk.
    const int undoBefore = w.document().undoStack()->count();
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        const QList<std::tuple<const char*, const char*, const char*>> observations{
            {"belysning", "Fyra lampor trasiga på gångbron.", ""},
            {"skadegorelse", "Klotter på väntkuren.", "Sanera klotter"},
            {"trygg_plats", "Torget upplevs tryggt.", ""}};
        for (const auto& [category, description, action] : observations) {
            choose(form->editor(QStringLiteral("category")), QString::fromLatin1(category));
            typeInto(form->editor(QStringLiteral("description")), QString::fromUtf8(description));
            if (*action) {
                typeInto(form->editor(QStringLiteral("action")), QString::fromUtf8(action));
                CHECK(qobject_cast<lk::DateEdit*>(form->editor(QStringLiteral("due_on")))->date() ==
                      QDate(2022, 10, 20));
                CHECK(qobject_cast<QComboBox*>(form->editor(QStringLiteral("status")))->currentData() ==
                      QStringLiteral("oppen"));
                typeInto(qobject_cast<QComboBox*>(form->editor(QStringLiteral("responsible")))->lineEdit(),
                         QStringLiteral("Fastighetsägaren"));
                choose(form->editor(QStringLiteral("priority")), QStringLiteral("medel"));
            }
            QTest::mouseClick(button(dialog, QStringLiteral("saveAndNew")), Qt::LeftButton);
            INFO(form->errorText().toStdString());
            CHECK(form->errorText().isEmpty());
        }
        CHECK(dialog->savedCount() == 3);
        cancel(dialog);
    });
    QTest::mouseClick(tab->observations()->newButton(), Qt::LeftButton);

    CHECK(w.sql(QStringLiteral("SELECT count(*) FROM observations WHERE walk_id = %1").arg(walkId)).toInt() ==
          3);
    CHECK(lk::test::joined(
              w.document(),
              QStringLiteral("SELECT category || '|' || COALESCE(action, '-') || '|' || "
                             "COALESCE(responsible, '-') || '|' || COALESCE(priority, '-') || '|' || "
                             "COALESCE(due_on, '-') || '|' || COALESCE(status, '-') FROM "
                             "observations ORDER BY id"),
              {}, QStringLiteral(";")) ==
          QStringLiteral("belysning|-|-|-|-|-;"
                         "skadegorelse|Sanera klotter|Fastighetsägaren|medel|2022-10-20|oppen;"
                         "trygg_plats|-|-|-|-|-"));
    CHECK(tab->observations()->model()->rowCount() == 3);
    // Each observation its own undo step, and audited.
    CHECK(w.document().undoStack()->count() == undoBefore + 3);
    CHECK(w.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'observations'")).toInt() ==
          3);
    // The action shows among the walks' actions.
    WalkActionsTab* actions = w.page->actions();
    CHECK(actions->list()->model()->rowCount() == 1);
}

TEST_CASE("A place not in the register is added from the observation's dialog and chosen there",
          "[ui][walks]") {
    WalksWindow w;
    WalksTab* tab = w.page->walks();
    const qint64 municipality = w.sql(QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    REQUIRE(w.document()
                .insert(WalkRegisters::walks(), Record{0,
                                                       {},
                                                       {},
                                                       {{QStringLiteral("municipality_id"), municipality},
                                                        {QStringLiteral("walked_on"), QDate(2022, 4, 20)},
                                                        {QStringLiteral("kind"), QStringLiteral("fysisk")},
                                                        {QStringLiteral("area"), QStringLiteral("Centrum")}}})
                .ok());
    tab->walks()->list()->view()->selectRow(0);
    REQUIRE(tab->observations()->isEnabled());

    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        whenModal([&](QWidget* inner) {
            auto* place = qobject_cast<RecordDialog*>(inner);
            REQUIRE(place);
            REQUIRE(place != dialog);
            typeInto(place->form()->editor(QStringLiteral("name")), QStringLiteral("Gångbron"));
            clickSave(place);
        });
        QTest::mouseClick(button(dialog, QStringLiteral("new_place_id")), Qt::LeftButton);
        auto* places = qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("place_id")));
        CHECK(places->currentText() == QStringLiteral("Gångbron"));
        typeInto(dialog->form()->editor(QStringLiteral("description")), QStringLiteral("Mörkt."));
        clickSave(dialog);
    });
    QTest::mouseClick(tab->observations()->newButton(), Qt::LeftButton);
    CHECK(
        w.sql(QStringLiteral("SELECT p.name || '|' || p.municipality_id FROM observations o JOIN places p ON "
                             "p.id = o.place_id"))
            .toString() == QStringLiteral("Gångbron|%1").arg(municipality));
}

TEST_CASE("The lägesbild tab shows the places at the chosen date and what changed, and opens a place",
          "[ui][walks]") {
    WalksWindow w(true);
    SituationTab* tab = w.page->situation();
    w.page->tabs()->setCurrentWidget(tab);
    tab->date()->setDate(QDate(2021, 6, 30));
    CHECK(tab->states()->rowCount() == 3);
    tab->date()->setDate(QDate(2022, 12, 31));
    CHECK(tab->states()->rowCount() == 9);
    CHECK_THAT(tab->summary()->text().toStdString(), mentions(QStringLiteral("2 high")));
    tab->since()->setDate(QDate(2021, 6, 30));
    // Six places newly assessed, the tunnel less unsafe, the square more.
    CHECK(tab->changes()->rowCount() == 8);
    const QString name = tab->states()->item(0, 0)->text();
    emit tab->states()->cellDoubleClicked(0, 0);
    CHECK(w.page->tabs()->currentWidget() == w.page->places());
    CHECK(w.page->places()->places()->model()->data(
              w.page->places()->places()->view()->currentIndex().siblingAtColumn(0)) == name);
}

TEST_CASE("The actions tab counts the share fixed in time and shows only overdue ones on request",
          "[ui][walks]") {
    WalksWindow w(true);
    WalkActionsTab* tab = w.page->actions();
    w.page->tabs()->setCurrentWidget(tab);
    CHECK(tab->list()->model()->rowCount() == 12);
    CHECK_THAT(tab->summary()->text().toStdString(), mentions(QStringLiteral("5 of 12 (42 %)")));
    QTest::mouseClick(tab->onlyOverdue(), Qt::LeftButton, {}, QPoint(8, tab->onlyOverdue()->height() / 2));
    REQUIRE(tab->onlyOverdue()->isChecked());
    CHECK(tab->list()->model()->rowCount() == 4);
    CHECK(w.page->badge() == QStringLiteral("4 overdue"));
}
