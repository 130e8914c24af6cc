#include "../../core/og/ogfixture.h"
#include "../../core/police/policefixture.h"
#include "common/activitytab.h"
#include "common/recordlistpanel.h"
#include "mainwindow.h"
#include "og/casestab.h"
#include "og/meetingstab.h"
#include "og/ogpage.h"
#include "police/policepage.h"
#include "promises/promisespage.h"
#include "promises/promisetreemodel.h"
#include "promises/scopebar.h"
#include "register/recordtablemodel.h"
#include "search/searchdialog.h"
#include "search/searchresultmodel.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace lk;
using namespace lk::test;

namespace {

// The window on the Salem template, with a meeting, a case and its discussion of the searched words.
struct SearchWindow {
    TestFile file{QStringLiteral("salem-2021-2022")};
    MainWindow window;
    Document* document = nullptr;
    Repository repository{QSqlDatabase()};
    qint64 municipality = 0;
    Record meeting;
    Record openCase;
    Record discussion;

    SearchWindow() {
        REQUIRE(window.openFile(file.path()));
        document = window.document();
        repository = document->repository();
        municipality = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
        meeting = insertRecord(
            repository, OgRegisters::meetings(),
            merged(meetingValues(municipality, QDate(2021, 3, 15)),
                   {{QStringLiteral("minutes"), QStringLiteral("Oroligt vid busstationen på kvällarna.")}}));
        openCase = insertRecord(repository, OgRegisters::cases(),
                                caseValues(municipality, QStringLiteral("OG-2021-007"), QDate(2021, 3, 1)));
        discussion = insertRecord(repository, OgRegisters::caseNotes(),
                                  noteValues(openCase.id, meeting.id, QStringLiteral("Praktik på bageriet."),
                                             QStringLiteral("Följs upp.")));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    SearchDialog* openSearch() {
        auto* action = window.menuBar()->findChild<QAction*>(QStringLiteral("search"));
        REQUIRE(action);
        CHECK(action->shortcut() == QKeySequence(QKeySequence::Find));
        REQUIRE(action->isEnabled());
        action->trigger();
        auto* dialog = window.findChild<SearchDialog*>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    // Types the words and presses Enter, as a user does, and waits for the status to say it searched.
    static void search(SearchDialog* dialog, const QString& text) {
        dialog->text()->clear();
        type(dialog->text(), text);
        QTest::keyClick(dialog->text(), Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return !dialog->status()->text().isEmpty(); }));
    }

    // Chooses a hit by its UUID in the results and opens it with Enter.
    static void open(SearchDialog* dialog, const QString& uuid) {
        SearchResultModel* model = dialog->model();
        QModelIndex found;
        for (int g = 0; g < model->rowCount() && !found.isValid(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int h = 0; h < model->rowCount(group); ++h) {
                if (model->hitAt(model->index(h, 0, group))->uuid == uuid)
                    found = model->index(h, 0, group);
            }
        }
        REQUIRE(found.isValid());
        dialog->results()->setCurrentIndex(found);
        QTest::keyClick(dialog->results(), Qt::Key_Return);
    }
};

Record findRecordById(const Repository& repository, const RegisterSpec& spec, qint64 id) {
    auto found = repository.findById(spec, id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

} // namespace

TEST_CASE("Ctrl+F finds a meeting by its minutes and opens it on its page", "[ui][search]") {
    SearchWindow w;
    SearchDialog* dialog = w.openSearch();
    CHECK(dialog->focusWidget() == dialog->text());
    CHECK_FALSE(dialog->isModal());

    SearchWindow::search(dialog, QStringLiteral("BUSSTATION"));
    SearchResultModel* model = dialog->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("1 meeting(s)"));
    const QModelIndex hit = model->index(0, 0, model->index(0, 0));
    CHECK(hit.data().toString() == QStringLiteral("1. Lägesbild"));
    CHECK(hit.siblingAtColumn(SearchResultModel::TextColumn)
              .data()
              .toString()
              .contains(QStringLiteral("busstationen")));
    CHECK(hit.siblingAtColumn(SearchResultModel::DateColumn).data().toString() ==
          QStringLiteral("2021-03-15"));
    CHECK(hit.siblingAtColumn(SearchResultModel::MunicipalityColumn).data().toString() ==
          QStringLiteral("Salems kommun"));
    CHECK(dialog->status()->text() ==
          QStringLiteral("1 hit(s) in 1 register(s) in Salems kommun, the best first."));

    SearchWindow::open(dialog, w.meeting.uuid);
    OgPage* og = w.window.page<OgPage>();
    REQUIRE(QTest::qWaitFor([&] { return og->isVisible(); }));
    CHECK(og->tabs()->currentWidget() == og->meetings());
    CHECK(og->meetings()->list()->selectedUuid() == w.meeting.uuid);
    // The search steps aside for the page, and Ctrl+F brings the same hits back for the next one.
    CHECK_FALSE(dialog->isVisible());
    CHECK(w.window.showSearch() == dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->text()->text() == QStringLiteral("BUSSTATION"));
    CHECK(dialog->model()->rowCount() == 1);
    // Down goes from the words to the hits.
    QTest::keyClick(dialog->text(), Qt::Key_Down);
    CHECK(dialog->focusWidget() == dialog->results());
}

TEST_CASE("A case discussion found opens its case with the discussion chosen", "[ui][search]") {
    SearchWindow w;
    SearchDialog* dialog = w.openSearch();
    SearchWindow::search(dialog, QStringLiteral("bageri"));
    SearchWindow::open(dialog, w.discussion.uuid);
    OgPage* og = w.window.page<OgPage>();
    REQUIRE(QTest::qWaitFor([&] { return og->isVisible(); }));
    CHECK(og->tabs()->currentWidget() == og->cases());
    CHECK(og->cases()->list()->selectedUuid() == w.openCase.uuid);
    CHECK(og->cases()->discussions()->selectedUuid() == w.discussion.uuid);
}

TEST_CASE("A hit of another period opens that period, and a filter that hides it is cleared",
          "[ui][search]") {
    SearchWindow w;
    // Added as the window adds them, so that the period is offered above the pages.
    auto later = w.document->insert(
        PromiseRegisters::periods(),
        recordOf(periodValues(w.municipality, QStringLiteral("2023-01-01"), QStringLiteral("2024-12-31"))));
    REQUIRE(later.ok());
    auto control =
        w.document->insert(PoliceRegisters::trafficControls(),
                           recordOf(merged(trafficControlValues(w.municipality, QDate(2023, 5, 10)),
                                           {{QStringLiteral("place"), QStringLiteral("Söderby torg")}})));
    REQUIRE(control.ok());
    PolicePage* police = w.window.page<PolicePage>();
    police->trafficControls()->list()->filter()->setText(QStringLiteral("rönningevägen"));

    SearchDialog* dialog = w.openSearch();
    SearchWindow::search(dialog, QStringLiteral("söderby"));
    SearchWindow::open(dialog, control->uuid);
    REQUIRE(QTest::qWaitFor([&] { return police->isVisible(); }));
    CHECK(w.window.scopeBar()->periodId() == later->id);
    CHECK(police->tabs()->currentWidget() == police->trafficControls());
    CHECK(police->trafficControls()->list()->filter()->text().isEmpty());
    CHECK(police->trafficControls()->list()->selectedUuid() == control->uuid);
}

TEST_CASE("The search keeps to this municipality or takes every one, and says when nothing matched",
          "[ui][search]") {
    SearchWindow w;
    const qint64 botkyrka = insertRecord(w.repository, PromiseRegisters::municipalities(),
                                         municipalityValues(QStringLiteral("Botkyrka kommun")))
                                .id;
    insertRecord(w.repository, OgRegisters::meetings(),
                 merged(meetingValues(botkyrka, QDate(2021, 4, 1)),
                        {{QStringLiteral("minutes"), QStringLiteral("Busstationen i Tumba.")}}));
    SearchDialog* dialog = w.openSearch();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog->here()->isChecked());
    CHECK(dialog->here()->text() == QStringLiteral("In Salems kommun"));

    SearchWindow::search(dialog, QStringLiteral("busstationen"));
    CHECK(dialog->model()->result().total() == 1);
    QTest::mouseClick(dialog->everywhere(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dialog->model()->result().total() == 2; }));
    CHECK(dialog->status()->text().contains(QStringLiteral("in any municipality")));

    SearchWindow::search(dialog, QStringLiteral("zyxwvu"));
    CHECK(dialog->model()->rowCount() == 0);
    CHECK(dialog->status()->text() == QStringLiteral("Nothing matched “zyxwvu” in any municipality."));
    QTest::mouseClick(dialog->here(), Qt::LeftButton);
    REQUIRE(
        QTest::qWaitFor([&] { return dialog->status()->text().contains(QStringLiteral("Salems kommun")); }));
    CHECK(dialog->status()->text() == QStringLiteral("Nothing matched “zyxwvu” in Salems kommun."));
}

TEST_CASE("The meeting list's filter reads minutes and case codes, and an empty list says nothing matched",
          "[ui][search][og]") {
    SearchWindow w;
    OgPage* og = w.window.page<OgPage>();
    MeetingsTab* meetings = og->meetings();
    RecordListPanel* list = meetings->list();
    auto* preview = meetings->findChild<QTextBrowser*>();
    REQUIRE(preview);
    for (const QString& text :
         {QStringLiteral("busstation"), QStringLiteral("OG-2021-007"), QStringLiteral("bageriet")}) {
        INFO(text.toStdString());
        list->filter()->clear();
        type(list->filter(), text);
        CHECK(list->model()->rowCount() == 1);
        CHECK(list->model()->uuidAt(0) == w.meeting.uuid);
        CHECK_FALSE(list->noMatch()->isVisibleTo(meetings));
    }
    list->filter()->clear();
    QTest::keyClicks(list->filter(), QStringLiteral("zyxwvu"));
    CHECK(list->model()->rowCount() == 0);
    CHECK(list->noMatch()->isVisibleTo(meetings));
    CHECK(list->noMatch()->text().contains(QStringLiteral("zyxwvu")));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("No meeting is recorded yet")));
    CHECK(preview->toPlainText().contains(QStringLiteral("No meeting matches “zyxwvu”")));
    list->filter()->clear();
    CHECK(list->model()->rowCount() == 1);
    CHECK_FALSE(list->noMatch()->isVisibleTo(meetings));
}

TEST_CASE("A promise found opens in the promises' tree, and its municipality shows its promises",
          "[ui][search]") {
    SearchWindow w;
    SearchDialog* dialog = w.openSearch();
    SearchWindow::search(dialog, QStringLiteral("operativa gruppen"));
    const SearchResult& result = dialog->model()->result();
    const SearchGroup* promises = nullptr;
    for (const SearchGroup& group : result.groups) {
        if (group.spec == &PromiseRegisters::promises())
            promises = &group;
    }
    REQUIRE(promises);
    const QString promise = promises->hits.first().uuid;
    SearchWindow::open(dialog, promise);
    PromisesPage* page = w.window.page<PromisesPage>();
    REQUIRE(QTest::qWaitFor([&] { return page->isVisible(); }));
    CHECK(page->model()->uuid(page->tree()->currentIndex()) == promise);

    SearchHit municipality;
    municipality.spec = &PromiseRegisters::municipalities();
    municipality.id = w.municipality;
    municipality.municipalityId = w.municipality;
    municipality.uuid = findRecordById(w.repository, PromiseRegisters::municipalities(), w.municipality).uuid;
    auto* navigation = w.window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setCurrentRow(0);
    REQUIRE_FALSE(page->isVisible());
    CHECK(w.window.openRecord(municipality));
    CHECK(page->isVisible());
}
