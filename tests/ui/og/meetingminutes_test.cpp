#include "../../core/og/ogfixture.h"
#include "../report/reportfixture.h"
#include "clirun.h"
#include "common/recordlistpanel.h"
#include "db/sql.h"
#include "mainwindow.h"
#include "modal.h"
#include "og/meetingminutes.h"
#include "og/meetingstab.h"
#include "og/ogpage.h"
#include "og/ogregisters.h"
#include "pagewindow.h"
#include "promises/promiseregisters.h"
#include "report/reportcommand.h"
#include "swedish.h"

#include <QAction>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace lk;
using namespace lk::test;

namespace {

// The meeting of the demo file on this date.
QString demoMeeting(const DemoFile& demo, const char* date) {
    const QString uuid =
        scalar(*demo.document, QStringLiteral("SELECT uuid FROM og_meetings WHERE held_on = ?"),
               {QString::fromLatin1(date)})
            .toString();
    REQUIRE_FALSE(uuid.isEmpty());
    return uuid;
}

// The window on a Salem file with one meeting of 2022-03-15: two organisations present, a case discussed, an
// action item; on Operativa gruppen's meetings, the meeting selected.
struct MinutesWindow {
    TestFile file{QStringLiteral("salem-2021-2022")};
    MainWindow window;
    MeetingsTab* tab = nullptr;
    Record meeting;

    MinutesWindow() {
        REQUIRE(window.openFile(file.path()));
        Document& document = *window.document();
        const qint64 municipality =
            scalar(document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
        meeting = inserted(OgRegisters::meetings(), meetingValues(municipality, QDate(2022, 3, 15)));
        inserted(OgRegisters::attendance(), attendanceValues(meeting.id, QStringLiteral("Polisen"), 2));
        inserted(OgRegisters::attendance(), attendanceValues(meeting.id, QStringLiteral("Skola"), 1));
        const Record youth = inserted(
            OgRegisters::cases(), caseValues(municipality, QStringLiteral("OG-2022-004"), QDate(2022, 2, 1)));
        inserted(OgRegisters::caseNotes(),
                 noteValues(youth.id, meeting.id, QStringLiteral("Närvaron har ökat."),
                            QStringLiteral("Fortsatt kontakt med skolan.")));
        inserted(OgRegisters::actionItems(),
                 actionValues(meeting.id, QStringLiteral("Bjuda in fritidsgården"), QDate(2022, 4, 12)));
        auto* page = showPage<OgPage>(window);
        tab = page->findChild<MeetingsTab*>();
        REQUIRE(tab);
        page->findChild<QTabWidget*>()->setCurrentWidget(tab);
        tab->list()->selectRecord(meeting.uuid);
        REQUIRE(tab->list()->selectedUuid() == meeting.uuid);
    }
    Record inserted(const RegisterSpec& spec, const QVariantMap& values) {
        auto added = window.document()->insert(spec, recordOf(values));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        return *added;
    }
};

} // namespace

TEST_CASE(
    "A demo meeting's minutes are the golden text, its cases by code and never by what is known of them",
    "[og][minutes][golden]") {
    DemoFile demo;
    Swedish swedish;
    const QString uuid = demoMeeting(demo, "2022-03-08");
    auto text = MeetingMinutes::text(demo.repository, uuid);
    REQUIRE(text.ok());
    checkGolden(QStringLiteral("og/minutes_sample_sv.txt"), text->toUtf8());
    CHECK(text->startsWith(QStringLiteral("Protokoll, Operativa gruppen 2022-03-08")));
    // A discussed case appears by its code; its background (what is known of the youth) never does.
    auto discussed =
        sql::run(demo.repository.database(),
                 QStringLiteral("SELECT c.code, c.background FROM og_case_notes n JOIN og_cases c ON "
                                "c.id = n.case_id JOIN og_meetings m ON m.id = n.meeting_id "
                                "WHERE m.uuid = ?"),
                 {uuid});
    REQUIRE(discussed.ok());
    int cases = 0;
    while (discussed->next()) {
        ++cases;
        CHECK(text->contains(discussed->value(0).toString()));
        const QString background = discussed->value(1).toString();
        if (!background.isEmpty())
            CHECK_FALSE(text->contains(background));
    }
    CHECK(cases > 0);
}

TEST_CASE("Save as PDF on the meetings tab writes the selected meeting's minutes, with its date and agenda",
          "[ui][og][minutes]") {
    MinutesWindow w;
    // The page beside the list is the minutes themselves.
    CHECK(
        w.tab->preview()->toPlainText().startsWith(QStringLiteral("Minutes, Operativa gruppen 2022-03-15")));
    const QString path = w.file.pathFor(QStringLiteral("protokoll"));
    whenModal([&](QWidget* modal) {
        auto* chooser = qobject_cast<QFileDialog*>(modal);
        REQUIRE(chooser);
        CHECK(chooser->acceptMode() == QFileDialog::AcceptSave);
        chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
        static_cast<QDialog*>(chooser)->accept();
    });
    auto* save = w.tab->findChild<QPushButton*>(QStringLiteral("saveMinutesPdf"));
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // The name given gets its .pdf; the file is a PDF on A4.
    const QString pdf = path + QStringLiteral(".pdf");
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("/MediaBox [0 0 595"));
    const QString text = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.isEmpty())
        return; // poppler-utils missing: warned
    const QString flat = text.simplified();
    CHECK(flat.contains(QStringLiteral("Minutes, Operativa gruppen 2022-03-15")));
    for (const QString& line :
         {QStringLiteral("1. Lägesbild"), QStringLiteral("2. Ärenden"), QStringLiteral("3. Åtgärder"),
          QStringLiteral("OG-2022-004"), QStringLiteral("Bjuda in fritidsgården"),
          QStringLiteral("2022-04-12"), QStringLiteral("Lägesbilden gicks igenom.")})
        CHECK(flat.contains(line));
    // Nothing about the youth beyond the case's code: not its background.
    CHECK_FALSE(flat.contains(QStringLiteral("frånvaro")));
}

TEST_CASE("Print minutes in the meetings table's context menu opens a print preview of the minutes",
          "[ui][og][minutes]") {
    MinutesWindow w;
    QAction* print = w.tab->list()->contextMenu()->findChild<QAction*>(QStringLiteral("printMinutesAction"));
    if (!print) { // actions added by addAction(text, …) belong to the menu, not as children of it
        for (QAction* action : w.tab->list()->contextMenu()->actions())
            if (action->objectName() == QStringLiteral("printMinutesAction"))
                print = action;
    }
    REQUIRE(print);
    REQUIRE(print->isEnabled());
    int pages = -1;
    QString title;
    whenModal([&](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        REQUIRE(preview);
        title = preview->windowTitle();
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        REQUIRE(widget);
        CHECK(QTest::qWaitFor([widget] { return widget->pageCount() > 0; }));
        pages = widget->pageCount();
        preview->reject();
    });
    print->trigger();
    CHECK(pages == 1);
    CHECK(title == QStringLiteral("Minutes – print preview"));
}

TEST_CASE("Minutes that cannot be written leave no file, and say why", "[og][minutes]") {
    DemoFile demo;
    const QString uuid = demoMeeting(demo, "2022-03-08");
    // A folder that is a file: nothing can be written under it.
    const QString blocker = demo.file.pathFor(QStringLiteral("blocker"));
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/protokoll.pdf");
    const Status written = MeetingMinutes::writePdf(demo.repository, uuid, path);
    CHECK_FALSE(written.ok());
    CHECK_FALSE(written.message().isEmpty());
    CHECK_FALSE(QFile::exists(path));
    // A meeting that is gone has no minutes, with a message rather than an empty page.
    CHECK_FALSE(MeetingMinutes::text(demo.repository, QStringLiteral("no-such-meeting")).ok());
}

TEST_CASE(
    "protocol --meeting writes a meeting's minutes as the window's PDF does, refuses ODT and asks which "
    "meeting when two municipalities met that day",
    "[og][minutes][cli][choice]") {
    DemoFile demo;
    CommandLine::setReportWriter(&ReportCommand::run);
    const QString db = demo.file.path();
    const QString pdf = demo.file.pathFor(QStringLiteral("minutes.pdf"));
    const QStringList minutes{
        QStringLiteral("protocol"),   QStringLiteral("--db"),  db, QStringLiteral("--meeting"),
        QStringLiteral("2022-03-08"), QStringLiteral("--out"), pdf};

    Run asOdt = run(minutes + QStringList{QStringLiteral("--format"), QStringLiteral("odt")});
    CHECK(asOdt.exit == CommandLine::Usage);
    CHECK_THAT(asOdt.err.toStdString(), Catch::Matchers::Contains("PDF"));
    CHECK_FALSE(QFile::exists(pdf));

    Run both = run(minutes + QStringList{QStringLiteral("--walk"), QStringLiteral("2021-10-12")});
    CHECK(both.exit == CommandLine::Usage);
    CHECK_FALSE(QFile::exists(pdf));

    Run none = run({QStringLiteral("protocol"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                    QStringLiteral("2030-01-01"), QStringLiteral("--out"), pdf});
    CHECK(none.exit == CommandLine::Usage);
    CHECK_THAT(none.err.toStdString(), Catch::Matchers::Contains("2030-01-01"));
    CHECK_FALSE(QFile::exists(pdf));

    // Another municipality's group met the same day: the date alone no longer says which.
    const qint64 botkyrka = insertRecord(demo.repository, PromiseRegisters::municipalities(),
                                         municipalityValues(QStringLiteral("Botkyrka kommun")))
                                .id;
    insertRecord(demo.repository, OgRegisters::meetings(), meetingValues(botkyrka, QDate(2022, 3, 8)));
    demo.repository = Repository(QSqlDatabase());
    demo.document.reset(); // closed, as when the command runs on its own

    Run ambiguous = run(minutes);
    CHECK(ambiguous.exit == CommandLine::Usage);
    CHECK_THAT(ambiguous.err.toStdString(), Catch::Matchers::Contains("Botkyrka kommun"));
    CHECK_THAT(ambiguous.err.toStdString(), Catch::Matchers::Contains("Salems kommun"));
    CHECK_THAT(ambiguous.err.toStdString(), Catch::Matchers::Contains("--municipality"));
    CHECK_FALSE(QFile::exists(pdf));

    Run written =
        run(minutes + QStringList{QStringLiteral("--municipality"), QStringLiteral("salems kommun")});
    INFO(written.err.toStdString());
    REQUIRE(written.exit == CommandLine::Ok);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF-"));
    const QString text = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    if (text.isEmpty())
        return; // poppler-utils missing: warned
    CHECK(text.contains(QStringLiteral("2022-03-08")));
}
