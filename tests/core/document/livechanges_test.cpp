#include "../register/registerfixture.h"
#include "catchqt.h"
#include "document/document.h"
#include "promises/promisetreemodel.h"
#include "register/recordtablemodel.h"
#include "secondclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <iostream>

using namespace lk;
using namespace lk::test;

namespace {

// The test's document, once it hears other clients; none on a file, after checking that nobody is heard there
// (one program writes a file at a time).
std::unique_ptr<Document> listening(const TestFile& file, Engine engine) {
    auto document = file.open();
    if (engine == Engine::Sqlite) {
        CHECK_FALSE(document->isListening());
        return nullptr;
    }
    REQUIRE(QTest::qWaitFor([&] { return document->isListening(); }, 20000));
    return document;
}

} // namespace

TEST_CASE("Another client's change shows in an open list by reading that row alone",
          "[document][live][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = listening(file, engine);
    if (!document)
        return;
    RecordTableModel model(document.get(), PromiseRegisters::promises(),
                           {QStringLiteral("title"), QStringLiteral("aim")});
    REQUIRE(model.rowCount() >= 3);
    const QString uuid = model.uuidAt(1);
    const qint64 readBefore = model.rowsRead();

    SecondClient other(*document);
    const Record theirs = *other.repository().find(PromiseRegisters::promises(), uuid).value();
    Record after = theirs;
    after.values.insert(QStringLiteral("title"), QStringLiteral("Ändrat av en annan klient"));
    ChangeSet changes;
    changes.update(PromiseRegisters::promises(), theirs, after);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(other.repository().apply(changes).ok());

    const auto shown = [&] { return model.data(model.index(model.rowOf(uuid), 0)).toString(); };
    REQUIRE(QTest::qWaitFor([&] { return shown() == QStringLiteral("Ändrat av en annan klient"); }, 20000));
    std::cout << "live change shown after " << clock.elapsed() << " ms" << std::endl;
    CHECK(model.rowOf(uuid) == 1);
    CHECK(model.rowsRead() - readBefore == 1);

    // Deleted there, the row leaves the list here; the others are not read.
    const int rows = model.rowCount();
    other.removeWhole(PromiseRegisters::promises(), uuid);
    REQUIRE(QTest::qWaitFor([&] { return model.rowOf(uuid) < 0; }, 20000));
    CHECK(model.rowCount() == rows - 1);
    CHECK(model.rowsRead() - readBefore == 1); // its one query found nothing, and no other row was read

    // Added there, the new row shows here, where the list's order puts it.
    Record added = *other.repository().find(PromiseRegisters::promises(), model.uuidAt(0)).value();
    added.id = 0;
    added.uuid.clear();
    added.version = 0;
    added.values.insert(QStringLiteral("title"), QStringLiteral("Nytt löfte från en annan klient"));
    added.values.remove(QStringLiteral("sort_order")); // placed last of its focus area
    auto inserted = other.repository().insert(PromiseRegisters::promises(), added, Repository::Stamp::Now);
    REQUIRE(inserted.ok());
    REQUIRE(QTest::qWaitFor([&] { return model.rowOf(inserted->uuid) >= 0; }, 20000));
    CHECK(model.rowCount() == rows);
}

TEST_CASE("Another client's status report shows in the promise tree, which works its status out again",
          "[document][live][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = listening(file, engine);
    if (!document)
        return;
    PromiseTreeModel tree(document.get());
    tree.setPeriod(scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong());
    const QString uuid =
        scalar(*document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Trafikkontroller'"))
            .toString();
    const auto status = [&] {
        return tree.indexOf(uuid).siblingAtColumn(PromiseTreeModel::StatusColumn).data().toString();
    };
    REQUIRE(status() != QStringLiteral("Delayed"));

    SecondClient other(*document);
    const QVariant promise =
        scalar(*document, QStringLiteral("SELECT id FROM promises WHERE uuid = ?"), {uuid});
    REQUIRE(
        other.repository()
            .insert(PromiseRegisters::statuses(),
                    recordOf({{QStringLiteral("promise_id"), promise},
                              {QStringLiteral("reported_on"), QStringLiteral("2022-12-30")},
                              {QStringLiteral("status"), QStringLiteral("forsenad")},
                              {QStringLiteral("comment"), QStringLiteral("Rapporterat av en annan klient")}}),
                    Repository::Stamp::Now)
            .ok());
    CHECK(QTest::qWaitFor([&] { return status() == QStringLiteral("Delayed"); }, 20000));
}
