#include "catchqt.h"
#include "register/ordering.h"
#include "registerfixture.h"
#include "testserver.h"

using namespace lk;
using namespace lk::test;

namespace {

struct Siblings {
    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    PromiseTree tree = makeTree(repository);
    QList<Record> areas; // three focus areas of tree.period, in their order (tree.focusArea first)
    Record elsewhere;    // a focus area of another period

    explicit Siblings(const QList<qint64>& positions = {1, 2, 3}) {
        const RegisterSpec& spec = PromiseRegisters::focusAreas();
        ChangeSet update;
        update.update(spec, tree.focusArea,
                      recordOf(merged(tree.focusArea.values, QStringLiteral("sort_order"), positions.at(0))));
        REQUIRE(repository.apply(update).ok());
        tree.focusArea = repository.find(spec, tree.focusArea.uuid).value().value();
        areas << tree.focusArea;
        areas << insertRecord(repository, spec,
                              focusAreaValues(tree.period.id, positions.at(1), QStringLiteral("Två")));
        areas << insertRecord(repository, spec,
                              focusAreaValues(tree.period.id, positions.at(2), QStringLiteral("Tre")));
        const Record period = insertRecord(
            repository, PromiseRegisters::periods(),
            periodValues(tree.municipality.id, QStringLiteral("2023-01-01"), QStringLiteral("2024-12-31")));
        elsewhere =
            insertRecord(repository, spec, focusAreaValues(period.id, 2, QStringLiteral("Annan period")));
    }

    static QVariantMap merged(QVariantMap values, const QString& field, const QVariant& value) {
        values.insert(field, value);
        return values;
    }

    // The UUIDs of the period's focus areas in their listed order, and their positions.
    QStringList order() const {
        auto listed =
            repository.list(PromiseRegisters::focusAreas(), QStringLiteral("period_id"), tree.period.id);
        REQUIRE(listed.ok());
        QStringList uuids;
        for (const Record& record : *listed)
            uuids << record.uuid;
        return uuids;
    }
    QList<qint64> positions() const {
        auto listed =
            repository.list(PromiseRegisters::focusAreas(), QStringLiteral("period_id"), tree.period.id);
        REQUIRE(listed.ok());
        QList<qint64> numbers;
        for (const Record& record : *listed)
            numbers << record.value(QStringLiteral("sort_order")).toLongLong();
        return numbers;
    }
    ChangeSet move(const QString& uuid, int delta) const {
        auto moved = Ordering::move(repository, PromiseRegisters::focusAreas(), uuid, delta);
        INFO(moved.message().toStdString());
        REQUIRE(moved.ok());
        return *moved;
    }
    void apply(const ChangeSet& changes) const {
        auto applied = repository.apply(changes);
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
    }
};

} // namespace

TEST_CASE("Ordering::move swaps a record with its neighbour", "[ordering]") {
    Siblings siblings;
    const QString a = siblings.areas.at(0).uuid;
    const QString b = siblings.areas.at(1).uuid;
    const QString c = siblings.areas.at(2).uuid;
    REQUIRE(siblings.order() == QStringList{a, b, c});

    SECTION("up") {
        siblings.apply(siblings.move(b, -1));
        CHECK(siblings.order() == QStringList{b, a, c});
    }
    SECTION("down") {
        siblings.apply(siblings.move(b, +1));
        CHECK(siblings.order() == QStringList{a, c, b});
    }
    SECTION("there and back") {
        siblings.apply(siblings.move(a, +1));
        siblings.apply(siblings.move(a, -1));
        CHECK(siblings.order() == QStringList{a, b, c});
    }
    CHECK(siblings.positions() == QList<qint64>{1, 2, 3});
    // The other period's focus area is not touched.
    auto elsewhere = siblings.repository.find(PromiseRegisters::focusAreas(), siblings.elsewhere.uuid);
    REQUIRE(elsewhere.ok());
    CHECK((*elsewhere)->value(QStringLiteral("sort_order")).toLongLong() == 2);
    CHECK((*elsewhere)->updatedAt == siblings.elsewhere.updatedAt);
}

TEST_CASE("Ordering::move changes only the two records that swap", "[ordering]") {
    Siblings siblings;
    const ChangeSet changes = siblings.move(siblings.areas.at(2).uuid, -1);
    REQUIRE(changes.rows.size() == 2);
    QStringList touched;
    for (const RowChange& row : changes.rows) {
        REQUIRE(row.before.has_value());
        REQUIRE(row.after.has_value());
        CHECK(row.spec == &PromiseRegisters::focusAreas());
        CHECK(row.before->uuid == row.after->uuid);
        touched << row.after->uuid;
    }
    CHECK(touched.contains(siblings.areas.at(1).uuid));
    CHECK(touched.contains(siblings.areas.at(2).uuid));
}

TEST_CASE("Ordering::move does nothing at the ends or for an unknown record", "[ordering]") {
    Siblings siblings;
    const QStringList before = siblings.order();
    CHECK(siblings.move(siblings.areas.first().uuid, -1).isEmpty());
    CHECK(siblings.move(siblings.areas.last().uuid, +1).isEmpty());
    CHECK(siblings.move(QStringLiteral("00000000-0000-0000-0000-000000000000"), -1).isEmpty());
    // A focus area alone in its period has nowhere to go.
    CHECK(siblings.move(siblings.elsewhere.uuid, -1).isEmpty());
    CHECK(siblings.move(siblings.elsewhere.uuid, +1).isEmpty());
    CHECK(siblings.order() == before);
}

TEST_CASE("Ordering::move renumbers equal or gapped positions", "[ordering]") {
    // As an import may leave them: two at 5, one at 9.
    Siblings siblings({5, 5, 9});
    const QString a = siblings.areas.at(0).uuid;
    const QString b = siblings.areas.at(1).uuid;
    const QString c = siblings.areas.at(2).uuid;
    REQUIRE(siblings.order() == QStringList{a, b, c}); // equal positions fall back to insertion order

    siblings.apply(siblings.move(c, -1));
    CHECK(siblings.order() == QStringList{a, c, b});
    CHECK(siblings.positions() == QList<qint64>{1, 2, 3});

    siblings.apply(siblings.move(c, -1));
    CHECK(siblings.order() == QStringList{c, a, b});
}

TEST_CASE("Ordering::move refuses a register without a manual order", "[ordering][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const PromiseTree tree = makeTree(document->repository());
    auto moved =
        Ordering::move(document->repository(), PromiseRegisters::municipalities(), tree.municipality.uuid, 1);
    REQUIRE_FALSE(moved.ok());
    CHECK_THAT(moved.message().toStdString(), mentions(PromiseRegisters::municipalities().displayName()));
}

TEST_CASE("A move through the document is one undo step", "[ordering][document]") {
    Siblings siblings;
    const QStringList before = siblings.order();
    const ChangeSet changes = siblings.move(siblings.areas.at(1).uuid, +1);
    auto performed = siblings.document->perform(changes, QStringLiteral("Move focus area"));
    REQUIRE(performed.ok());
    CHECK(siblings.document->undoStack()->count() == 1);
    CHECK(siblings.order() != before);
    siblings.document->undoStack()->undo();
    CHECK(siblings.order() == before);
    siblings.document->undoStack()->redo();
    CHECK(siblings.order() != before);
}

TEST_CASE("A new record without a position of its own goes last among its siblings",
          "[ordering][repository]") {
    Siblings siblings({2, 7, 3});
    const RegisterSpec& areas = PromiseRegisters::focusAreas();
    QVariantMap values = focusAreaValues(siblings.tree.period.id, 0, QStringLiteral("Sist"));
    values.remove(QStringLiteral("sort_order"));

    const Record added = insertRecord(siblings.repository, areas, values);
    auto stored = siblings.repository.find(areas, added.uuid);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->value(QStringLiteral("sort_order")).toLongLong() == 8);
    CHECK(siblings.order().last() == added.uuid);

    // The other period's focus area (at 2) does not count; a period of its own starts at 1.
    const Record period =
        insertRecord(siblings.repository, PromiseRegisters::periods(),
                     periodValues(siblings.tree.municipality.id, QStringLiteral("2025-01-01"),
                                  QStringLiteral("2026-12-31")));
    values.insert(QStringLiteral("period_id"), period.id);
    const Record first = insertRecord(siblings.repository, areas, values);
    CHECK(siblings.repository.find(areas, first.uuid)
              .value()
              ->value(QStringLiteral("sort_order"))
              .toLongLong() == 1);

    // A position given is kept.
    values.insert(QStringLiteral("sort_order"), 5);
    const Record placed = insertRecord(siblings.repository, areas, values);
    CHECK(siblings.repository.find(areas, placed.uuid)
              .value()
              ->value(QStringLiteral("sort_order"))
              .toLongLong() == 5);

    // Promises too, among the promises of their focus area.
    QVariantMap promise = promiseValues(siblings.tree.focusArea.id, 0, QStringLiteral("Nytt löfte"));
    promise.remove(QStringLiteral("sort_order"));
    const Record newPromise = insertRecord(siblings.repository, PromiseRegisters::promises(), promise);
    CHECK(siblings.repository.find(PromiseRegisters::promises(), newPromise.uuid)
              .value()
              ->value(QStringLiteral("sort_order"))
              .toLongLong() == siblings.tree.promise.value(QStringLiteral("sort_order")).toLongLong() + 1);
}
