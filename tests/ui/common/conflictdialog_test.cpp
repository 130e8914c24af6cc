#include "common/conflictdialog.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "formfill.h"
#include "modal.h"
#include "promises/promiseregisters.h"
#include "secondclient.h"
#include "swedish.h"
#include "testfile.h"
#include "testserver.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

const QString title = QStringLiteral("title");

// Salem's promise "Trafikkontroller" in a form, as the promises page shows it, and a second client on the
// same database that changes it meanwhile.
struct TwoWriters {
    explicit TwoWriters(Engine engine)
        : file(engine, QStringLiteral("salem-2021-2022")) {
        form.bind(uuid);
    }
    TestFile file;
    std::unique_ptr<Document> document = file.open();
    SecondClient other{*document};
    QString uuid =
        scalar(*document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Trafikkontroller'"))
            .toString();
    RecordForm form{document.get(),
                    PromiseRegisters::promises(),
                    {title, QStringLiteral("responsible"), QStringLiteral("aim")}};

    QLineEdit* titleEdit() const { return qobject_cast<QLineEdit*>(form.editor(title)); }
    QVariant stored(const QString& field) const {
        return scalar(*document, QStringLiteral("SELECT %1 FROM promises WHERE uuid = ?").arg(field), {uuid});
    }
    void theyChange(const QString& value) {
        const Record theirs = *other.repository().find(PromiseRegisters::promises(), uuid).value();
        Record after = theirs;
        after.values.insert(title, value);
        ChangeSet changes;
        changes.update(PromiseRegisters::promises(), theirs, after);
        auto applied = other.repository().apply(changes);
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
    }
};

// Answers the next conflict dialog with `button` ("keepMine" or "takeTheirs"), noting what it showed.
struct ConflictAnswer {
    explicit ConflictAnswer(const char* button) {
        whenModal([this, button](QWidget* modal) {
            auto* dialog = qobject_cast<ConflictDialog*>(modal);
            if (!dialog) {
                modal->close();
                return;
            }
            if (auto* label = dialog->findChild<QLabel*>(QStringLiteral("mine_title")))
                mineShown = label->text();
            if (auto* label = dialog->findChild<QLabel*>(QStringLiteral("theirs_title")))
                theirsShown = label->text();
            aimShown = dialog->findChild<QLabel*>(QStringLiteral("mine_aim")) != nullptr;
            auto* chosen = dialog->findChild<QPushButton*>(QString::fromLatin1(button));
            REQUIRE(chosen);
            QTest::mouseClick(chosen, Qt::LeftButton);
            seen = true;
        });
    }
    bool seen = false;
    QString mineShown;
    QString theirsShown;
    bool aimShown = false;
};

} // namespace

TEST_CASE("A record changed by someone else while it was edited shows theirs beside yours, and the user "
          "keeps one",
          "[ui][conflictdialog][versions][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TwoWriters w(engine);
    w.theyChange(QStringLiteral("Trafikkontroller på natten"));

    SECTION("keep mine") {
        ConflictAnswer answer("keepMine");
        typeInto(w.titleEdit(), QStringLiteral("Trafikkontroller i centrum"));
        QTest::keyClick(w.titleEdit(), Qt::Key_Return);
        REQUIRE(answer.seen);
        CHECK(answer.mineShown == QStringLiteral("Trafikkontroller i centrum"));
        CHECK(answer.theirsShown == QStringLiteral("Trafikkontroller på natten"));
        // Only where the two differ: the aim and the responsible are the same on both sides.
        CHECK_FALSE(answer.aimShown);
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller i centrum"));
        CHECK(w.stored(QStringLiteral("version")).toLongLong() == 3);
        CHECK(w.titleEdit()->text() == QStringLiteral("Trafikkontroller i centrum"));
        CHECK(w.form.problem(title).isEmpty());
        // The form now edits the version it wrote: the next edit is saved without asking.
        typeInto(w.titleEdit(), QStringLiteral("Trafikkontroller i Salem"));
        QTest::keyClick(w.titleEdit(), Qt::Key_Return);
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller i Salem"));
    }
    SECTION("take theirs") {
        ConflictAnswer answer("takeTheirs");
        typeInto(w.titleEdit(), QStringLiteral("Trafikkontroller i centrum"));
        QTest::keyClick(w.titleEdit(), Qt::Key_Return);
        REQUIRE(answer.seen);
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller på natten"));
        CHECK(w.stored(QStringLiteral("version")).toLongLong() == 2);
        CHECK(w.titleEdit()->text() == QStringLiteral("Trafikkontroller på natten"));
        CHECK_FALSE(w.form.hasFailedSave());
    }
}

TEST_CASE("A record deleted by someone else while it was edited says so and keeps what was typed",
          "[ui][conflictdialog][versions]") {
    TwoWriters w(Engine::Sqlite);
    w.other.removeWhole(PromiseRegisters::promises(), w.uuid);

    typeInto(w.titleEdit(), QStringLiteral("Trafikkontroller i centrum"));
    QTest::keyClick(w.titleEdit(), Qt::Key_Return);
    CHECK(w.titleEdit()->text() == QStringLiteral("Trafikkontroller i centrum"));
    CHECK(w.form.hasFailedSave());
    CHECK_THAT(w.form.problem(title).toStdString(), mentions(QStringLiteral("deleted")));
    CHECK_FALSE(w.stored(title).isValid());
}

TEST_CASE("The conflict dialog reads in Swedish and English and fits a laptop's screen",
          "[ui][conflictdialog][versions]") {
    TwoWriters w(Engine::Sqlite);
    w.theyChange(QStringLiteral("Trafikkontroller på natten"));
    const Record read = *w.document->repository().find(PromiseRegisters::promises(), w.uuid).value();
    Record stale = read;
    stale.version = 1;
    ChangeSet changes;
    changes.update(PromiseRegisters::promises(), stale, read);
    auto refused = w.document->repository().apply(changes);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().conflict);
    QVariantMap mine = read.values;
    mine.insert(title, QStringLiteral("Trafikkontroller i centrum"));
    mine.insert(QStringLiteral("aim"), QStringLiteral("Färre rattfulla i centrum under helgerna."));
    const QList<const FieldSpec*> fields{
        PromiseRegisters::promises().findField(title),
        PromiseRegisters::promises().findField(QStringLiteral("aim")),
        PromiseRegisters::promises().findField(QStringLiteral("responsible"))};

    for (const QString& language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        std::optional<Swedish> swedish;
        if (language == QStringLiteral("sv"))
            swedish.emplace();
        ConflictDialog dialog(*refused.error().conflict, fields, mine);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("keepMine"));
        auto* take = dialog.findChild<QPushButton*>(QStringLiteral("takeTheirs"));
        REQUIRE(keep);
        REQUIRE(take);
        CHECK(keep->text() == (language == QStringLiteral("sv") ? QStringLiteral("Behåll mina")
                                                                : QStringLiteral("Keep mine")));
        CHECK(take->text() == (language == QStringLiteral("sv") ? QStringLiteral("Ta deras")
                                                                : QStringLiteral("Take theirs")));
        // Two fields differ (the title and the aim), the responsible is the same on both sides.
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("mine_aim")));
        CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("mine_responsible")));
        CHECK(dialog.width() <= 1366);
        CHECK(dialog.height() <= 728);
        const QDir pictures(QStringLiteral(LOFTESKOLLEN_SCREENSHOTS "/") + language);
        REQUIRE(pictures.mkpath(QStringLiteral(".")));
        CHECK(dialog.grab().save(pictures.filePath(QStringLiteral("conflictdialog.png"))));
    }
}

TEST_CASE("A record edited in a dialog and changed by someone else meanwhile shows theirs beside what was "
          "entered, and the user keeps one",
          "[ui][conflictdialog][recorddialog][versions][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TwoWriters w(engine);
    RecordDialog dialog(w.document.get(), PromiseRegisters::promises(),
                        {title, QStringLiteral("responsible"), QStringLiteral("aim")}, {}, {});
    dialog.editRecord(w.uuid);
    dialog.show();
    w.theyChange(QStringLiteral("Trafikkontroller på natten"));
    typeInto(dialog.form()->editor(title), QStringLiteral("Trafikkontroller i centrum"));

    SECTION("keep mine") {
        ConflictAnswer answer("keepMine");
        dialog.accept();
        REQUIRE(answer.seen);
        CHECK(answer.mineShown == QStringLiteral("Trafikkontroller i centrum"));
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller i centrum"));
        CHECK(w.stored(QStringLiteral("version")).toLongLong() == 3);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    SECTION("take theirs") {
        ConflictAnswer answer("takeTheirs");
        dialog.accept();
        REQUIRE(answer.seen);
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller på natten"));
        CHECK(w.stored(QStringLiteral("version")).toLongLong() == 2);
        // Nothing is left to save: the dialog closes on the record as they left it.
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }
}

// On a file only: on a server the list hears the other change and reads the row again before the edit,
// which is the point of listening, and leaves no conflict to meet.
TEST_CASE("A cell edited in a list over a row someone else changed since it was read shows theirs beside "
          "yours, and the user keeps one",
          "[ui][conflictdialog][recordlistpanel][versions][sqlite]") {
    TwoWriters w(Engine::Sqlite);
    RecordListPanel panel(w.document.get(), PromiseRegisters::promises(), {title, QStringLiteral("aim")});
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const int row = panel.model()->loadRowOf(w.uuid);
    REQUIRE(row >= 0);
    w.theyChange(QStringLiteral("Trafikkontroller på natten"));
    const QModelIndex cell = panel.model()->index(row, 0);
    panel.view()->setCurrentIndex(cell);
    panel.view()->edit(cell);
    auto* editor = panel.view()->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    typeInto(editor, QStringLiteral("Trafikkontroller i centrum"));

    SECTION("keep mine") {
        ConflictAnswer answer("keepMine");
        QTest::keyClick(editor, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&answer] { return answer.seen; }));
        CHECK(answer.mineShown == QStringLiteral("Trafikkontroller i centrum"));
        REQUIRE(QTest::qWaitFor([&w] { return w.stored(QStringLiteral("version")).toLongLong() == 3; }));
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller i centrum"));
        CHECK(panel.model()->index(panel.model()->rowOf(w.uuid), 0).data().toString() ==
              QStringLiteral("Trafikkontroller i centrum"));
    }
    SECTION("take theirs") {
        ConflictAnswer answer("takeTheirs");
        QTest::keyClick(editor, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&answer] { return answer.seen; }));
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller på natten"));
        CHECK(w.stored(QStringLiteral("version")).toLongLong() == 2);
        // The row shows theirs, and the next edit of it is saved without asking.
        REQUIRE(QTest::qWaitFor([&] {
            return panel.model()->index(panel.model()->rowOf(w.uuid), 0).data().toString() ==
                   QStringLiteral("Trafikkontroller på natten");
        }));
        CHECK(panel.model()->setData(panel.model()->index(panel.model()->rowOf(w.uuid), 0),
                                     QStringLiteral("Trafikkontroller i Salem")));
        CHECK(w.stored(title).toString() == QStringLiteral("Trafikkontroller i Salem"));
    }
}
