#include "catchqt.h"
#include "common/dateedit.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "mainwindow.h"
#include "modal.h"
#include "og/casestab.h"
#include "og/ogpage.h"
#include "og/ogregisters.h"
#include "register/recordtablemodel.h"
#include "secondclient.h"
#include "testfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using lk::test::scalar;

namespace {

QString caseRow(const lk::Document& document) {
    return scalar(document, QStringLiteral("SELECT status || '|' || COALESCE(outcome, '') || '|' || "
                                           "COALESCE(closed_on, '') FROM og_cases"))
        .toString();
}

// The window on Salem's file, with one case of Operativa gruppen in `status`.
struct OneCase {
    explicit OneCase(const QString& status)
        : document(openIn(window, file.path())) {
        opened.values = {{QStringLiteral("municipality_id"), municipality},
                         {QStringLiteral("code"), QStringLiteral("OG-2022-001")},
                         {QStringLiteral("opened_on"), QDate(2022, 2, 8)},
                         {QStringLiteral("kind"), QStringLiteral("individ")},
                         {QStringLiteral("age_band"), QStringLiteral("18_20")},
                         {QStringLiteral("status"), status}};
        auto inserted = document.insert(lk::OgRegisters::cases(), opened);
        REQUIRE(inserted.ok());
        opened = *inserted;
    }
    static lk::Document& openIn(lk::MainWindow& window, const QString& path) {
        REQUIRE(window.openFile(path));
        return *window.document();
    }
    lk::test::TestFile file{QStringLiteral("salem-2021-2022")};
    lk::MainWindow window;
    lk::Document& document;
    const qint64 municipality =
        scalar(document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    lk::Record opened;
};

} // namespace

TEST_CASE("A case is started, closed with its outcome in one step, and reopened", "[ui][og]") {
    OneCase one(QStringLiteral("ny"));
    lk::Document& document = one.document;
    const qint64 municipality = one.municipality;

    lk::CasesTab* tab = one.window.page<lk::OgPage>()->cases();
    tab->setScope(municipality);
    tab->list()->view()->selectRow(0);
    auto* start = tab->findChild<QPushButton*>(QStringLiteral("startCase"));
    auto* close = tab->findChild<QPushButton*>(QStringLiteral("closeCase"));
    auto* reopen = tab->findChild<QPushButton*>(QStringLiteral("reopenCase"));
    REQUIRE(start->isEnabled());
    CHECK_FALSE(reopen->isEnabled());
    // The status is not typed in the list: it moves with the buttons.
    const QModelIndex statusCell = tab->list()->model()->index(0, 4);
    CHECK_FALSE(tab->list()->model()->flags(statusCell).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(tab->list()->model()->flags(tab->list()->model()->index(0, 0)).testFlag(Qt::ItemIsEditable));

    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(caseRow(document) == QStringLiteral("pagaende||"));

    // Closing without an outcome is refused in the dialog, which stays open; with one it closes the case.
    lk::test::whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(dialog->isVisible());
        auto* outcome = qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("outcome")));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("delvis")));
        qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("closed_on")))
            ->setDate(QDate(2022, 11, 8));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(close, Qt::LeftButton);
    CHECK(caseRow(document) == QStringLiteral("avslutad|delvis|2022-11-08"));
    CHECK(reopen->isEnabled());
    CHECK_FALSE(close->isEnabled());

    QTest::mouseClick(reopen, Qt::LeftButton);
    CHECK(caseRow(document) == QStringLiteral("pagaende||"));
    // Each move is one step.
    document.undoStack()->undo();
    CHECK(caseRow(document) == QStringLiteral("avslutad|delvis|2022-11-08"));
}

TEST_CASE("Delete empties an optional date", "[ui][og]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    lk::RecordForm form(document.get(), lk::OgRegisters::cases(), {QStringLiteral("consent_on")});
    form.setDraft({{QStringLiteral("consent_on"), QDate(2022, 2, 15)}});
    QWidget* date = form.editor(QStringLiteral("consent_on"));
    CHECK(form.values().value(QStringLiteral("consent_on")) == QVariant(QDate(2022, 2, 15)));
    QTest::keyClick(date, Qt::Key_Delete);
    CHECK_FALSE(form.values().value(QStringLiteral("consent_on")).isValid());
}

TEST_CASE("A case closed here after someone else closed it shows their outcome beside this one, and keeping "
          "mine closes it with mine",
          "[ui][og][versions]") {
    OneCase one(QStringLiteral("pagaende"));
    lk::Document& document = one.document;
    const qint64 municipality = one.municipality;
    const auto* inserted = &one.opened;
    lk::test::SecondClient other(document);

    lk::CasesTab* tab = one.window.page<lk::OgPage>()->cases();
    tab->setScope(municipality);
    tab->list()->view()->selectRow(0);
    bool asked = false;
    QString theirsShown;
    lk::test::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<lk::RecordDialog*>(modal);
        REQUIRE(dialog);
        auto* outcome = qobject_cast<QComboBox*>(dialog->form()->editor(QStringLiteral("outcome")));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("delvis")));
        qobject_cast<lk::DateEdit*>(dialog->form()->editor(QStringLiteral("closed_on")))
            ->setDate(QDate(2022, 11, 8));
        // Meanwhile the police contact closes it on their side.
        lk::Record theirs = *other.repository().find(lk::OgRegisters::cases(), inserted->uuid).value();
        lk::Record closed = theirs;
        closed.values.insert(QStringLiteral("status"), QStringLiteral("avslutad"));
        closed.values.insert(QStringLiteral("outcome"), QStringLiteral("nej"));
        closed.values.insert(QStringLiteral("closed_on"), QDate(2022, 11, 1));
        lk::ChangeSet changes;
        changes.update(lk::OgRegisters::cases(), theirs, closed);
        REQUIRE(other.repository().apply(changes).ok());
        lk::test::whenModal([&](QWidget* conflict) {
            asked = true;
            if (auto* label = conflict->findChild<QLabel*>(QStringLiteral("theirs_outcome")))
                theirsShown = label->text();
            auto* keep = conflict->findChild<QPushButton*>(QStringLiteral("keepMine"));
            REQUIRE(keep);
            QTest::mouseClick(keep, Qt::LeftButton);
        });
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("closeCase")), Qt::LeftButton);
    CHECK(asked);
    CHECK(theirsShown == QStringLiteral("No"));
    CHECK(caseRow(document) == QStringLiteral("avslutad|delvis|2022-11-08"));
}
