#include "catchqt.h"
#include "common/removal.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "document/document.h"
#include "modal.h"
#include "register/registry.h"
#include "testfile.h"

#include <QAbstractButton>
#include <QMainWindow>
#include <QMap>
#include <QMessageBox>
#include <QStatusBar>

using namespace lk;
using lk::test::mentions;
using lk::test::TestFile;

TEST_CASE("Deleting a record that others belong to says what goes with it first, in every register",
          "[ui][removal]") {
    TestFile file;
    auto document = file.open();
    REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    const QByteArray start = TestFile::exportOf(*document);
    int asked = 0;

    for (const RegisterSpec* spec : Registry::all()) {
        INFO(spec->table.toStdString());
        auto rows = sql::run(document->database().connection(),
                             QStringLiteral("SELECT uuid FROM %1 ORDER BY id").arg(spec->table));
        REQUIRE(rows.ok());
        while (rows->next()) {
            const QString uuid = rows->value(0).toString();
            auto record = document->repository().find(*spec, uuid);
            REQUIRE(record.ok());
            auto dependents = document->repository().dependents(*spec, **record);
            REQUIRE(dependents.ok());
            const auto deleted = std::count_if(dependents->cbegin(), dependents->cend(),
                                               [](const RowChange& row) { return !row.after; });
            if (deleted == 0)
                continue;
            // The question names how many of each register would go, and is answered No.
            QMap<const RegisterSpec*, int> counts;
            for (const RowChange& row : *dependents)
                if (!row.after)
                    ++counts[row.spec];
            QString question;
            lk::test::whenModal([&question](QWidget* modal) {
                auto* box = qobject_cast<QMessageBox*>(modal);
                REQUIRE(box);
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            CHECK_FALSE(Removal::confirmAndRemove(nullptr, document.get(), *spec, uuid, QStringLiteral("x")));
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                CHECK_THAT(question.toStdString(), mentions(it.key()->countOf(it.value())));
            CHECK_THAT(question.toStdString(), mentions(QStringLiteral("Undo")));
            ++asked;
            break; // one record of each register is enough
        }
    }
    CHECK(TestFile::exportOf(*document) == start);
    CHECK(document->undoStack()->count() == 0);
    CHECK(asked >= 8);
}

TEST_CASE("After a delete the window's status bar says what went and that Undo brings it back",
          "[ui][removal]") {
    TestFile file;
    auto document = file.open();
    REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    QMainWindow window;
    auto* inside = new QWidget(&window);
    window.setCentralWidget(inside);
    const RegisterSpec& spec = *Registry::byTable(QStringLiteral("traffic_controls"));
    auto uuid = sql::scalar(document->database().connection(),
                            QStringLiteral("SELECT uuid FROM traffic_controls ORDER BY id LIMIT 1"));
    REQUIRE(uuid.ok());
    REQUIRE(Removal::confirmAndRemove(inside, document.get(), spec, uuid->toString(),
                                      QStringLiteral("Salem centrum")));
    const QString said = window.statusBar()->currentMessage();
    CHECK_THAT(said.toStdString(), mentions(QStringLiteral("Salem centrum")));
    CHECK_THAT(said.toStdString(), mentions(spec.displayName().toLower()));
    CHECK_THAT(said.toStdString(), mentions(QStringLiteral("Ctrl+Z")));
    CHECK_FALSE(document->repository().find(spec, uuid->toString())->has_value());
}
