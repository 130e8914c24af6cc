#include "catchqt.h"
#include "privacy/auditlog.h"
#include "register/namecheck.h"
#include "register/registry.h"
#include "registerfixture.h"
#include "testserver.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace lk;
using namespace lk::test;

namespace {

// The stored value of every field of `spec` equals `expected` (an absent key: no value).
void checkValues(const RegisterSpec& spec, const Record& record, const QVariantMap& expected) {
    for (const FieldSpec& field : spec.fields) {
        INFO(spec.table.toStdString() + "." + field.name.toStdString());
        CHECK(record.value(field.name) == field.normalized(expected.value(field.name)));
    }
}

struct RoundTrip {
    const RegisterSpec* spec;
    std::function<QVariantMap(const PromiseTree&)> values;
    QVariantMap changes;
};

QList<RoundTrip> roundTrips() {
    return {
        {&PromiseRegisters::municipalities(),
         [](const PromiseTree&) { return municipalityValues(QStringLiteral("Botkyrka kommun")); },
         {{QStringLiteral("name"), QStringLiteral("Botkyrka")}, {QStringLiteral("police_area"), QVariant()}}},
        {&PromiseRegisters::periods(),
         [](const PromiseTree& tree) {
             return periodValues(tree.municipality.id, QStringLiteral("2023-01-01"),
                                 QStringLiteral("2024-12-31"));
         },
         {{QStringLiteral("end_date"), QStringLiteral("2025-06-30")},
          {QStringLiteral("name"), QStringLiteral("2023–2025")}}},
        {&PromiseRegisters::focusAreas(),
         [](const PromiseTree& tree) {
             return focusAreaValues(tree.period.id, 2, QStringLiteral("Narkotika och ungdomar"));
         },
         {{QStringLiteral("title"), QStringLiteral("Droger bland unga")},
          {QStringLiteral("sort_order"), 7},
          {QStringLiteral("situation"), QVariant()}}},
        {&PromiseRegisters::promises(),
         [](const PromiseTree& tree) {
             return promiseValues(tree.focusArea.id, 2, QStringLiteral("Operativa gruppen"),
                                  QStringLiteral("kommunen"));
         },
         {{QStringLiteral("responsible"), QStringLiteral("polisen")},
          {QStringLiteral("aim"), QVariant()},
          {QStringLiteral("text"), QStringLiteral("Polisen besöker skolorna varje termin.")}}},
        {&PromiseRegisters::targets(),
         [](const PromiseTree& tree) { return targetValues(tree.promise.id, 4); },
         {{QStringLiteral("quantity"), 24},
          {QStringLiteral("per"), QStringLiteral("period")},
          {QStringLiteral("unit"), QVariant()}}},
        {&PromiseRegisters::statuses(),
         [](const PromiseTree& tree) { return statusValues(tree.promise.id, QStringLiteral("2021-08-31")); },
         {{QStringLiteral("status"), QStringLiteral("genomford")},
          {QStringLiteral("reported_on"), QDate(2021, 12, 31)},
          {QStringLiteral("comment"), QVariant()}}},
    };
}

} // namespace

TEST_CASE("Each promise register stores, finds, updates and deletes a record", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    const QList<RoundTrip> cases = roundTrips();
    const int which = GENERATE(range(0, 6));
    const RoundTrip& round = cases.at(which);
    const RegisterSpec& spec = *round.spec;
    INFO("register " << spec.table.toStdString());

    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const QVariantMap values = round.values(tree);

    const QDateTime beforeInsert = QDateTime::currentDateTimeUtc();
    const Record inserted = insertRecord(repository, spec, values);
    CHECK(inserted.id > 0);
    CHECK_FALSE(inserted.uuid.isEmpty());
    checkStampedNow(inserted.updatedAt, beforeInsert, QDateTime::currentDateTimeUtc());

    auto found = repository.find(spec, inserted.uuid);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == inserted.id);
    CHECK((*found)->updatedAt == inserted.updatedAt);
    checkValues(spec, **found, values);
    auto byId = repository.findById(spec, inserted.id);
    REQUIRE(byId.ok());
    REQUIRE(byId->has_value());
    CHECK((*byId)->uuid == inserted.uuid);

    const QVariantMap changedValues = merged(values, round.changes);
    ChangeSet update;
    update.update(spec, **found, recordOf(changedValues));
    auto updated = repository.apply(update);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    auto refound = repository.find(spec, inserted.uuid);
    REQUIRE(refound.ok());
    REQUIRE(refound->has_value());
    CHECK((*refound)->id == inserted.id);
    checkValues(spec, **refound, changedValues);
    CHECK(stamp((*refound)->updatedAt) >= stamp(inserted.updatedAt));

    ChangeSet removal;
    removal.remove(spec, **refound);
    auto removed = repository.apply(removal);
    INFO(removed.message().toStdString());
    REQUIRE(removed.ok());
    auto gone = repository.find(spec, inserted.uuid);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    auto goneById = repository.findById(spec, inserted.id);
    REQUIRE(goneById.ok());
    CHECK_FALSE(goneById->has_value());
    // The tree it hung from is still there.
    CHECK(rowCount(repository, spec.table) == 1);
}

TEST_CASE("A record keeps the UUID, key and stamp it comes with when asked to", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();

    Record municipality = recordOf(municipalityValues());
    municipality.uuid = QStringLiteral("0b5e5d0c-1d27-4d5e-9c59-2f3a9c0e0001");
    municipality.id = 41;
    municipality.updatedAt = QStringLiteral("2020-12-15T00:00:00Z");
    auto kept = repository.insert(PromiseRegisters::municipalities(), municipality, Repository::Stamp::Keep);
    REQUIRE(kept.ok());
    CHECK(kept->uuid == municipality.uuid);
    CHECK(kept->id == 41);
    CHECK(kept->updatedAt == municipality.updatedAt);
    auto found = repository.find(PromiseRegisters::municipalities(), municipality.uuid);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == 41);
    CHECK((*found)->updatedAt == municipality.updatedAt);

    Record renamed = **found;
    renamed.values.insert(QStringLiteral("name"), QStringLiteral("Salem"));
    const QDateTime from = QDateTime::currentDateTimeUtc();
    auto updated =
        repository.update(PromiseRegisters::municipalities(), **found, renamed, Repository::Stamp::Now);
    REQUIRE(updated.ok());
    checkStampedNow(updated->updatedAt, from, QDateTime::currentDateTimeUtc());

    auto next = repository.nextId(PromiseRegisters::municipalities());
    REQUIRE(next.ok());
    CHECK(*next == 42);
}

TEST_CASE("nextId lets one ChangeSet insert a parent and its children", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);

    auto areaId = repository.nextId(PromiseRegisters::focusAreas());
    REQUIRE(areaId.ok());
    CHECK(*areaId == tree.focusArea.id + 1);
    Record area = recordOf(focusAreaValues(tree.period.id, 2, QStringLiteral("Trafik")));
    area.id = *areaId;
    ChangeSet changes;
    changes.insert(PromiseRegisters::focusAreas(), area);
    changes.insert(PromiseRegisters::promises(),
                   recordOf(promiseValues(*areaId, 1, QStringLiteral("Hastighetskontroller"),
                                          QStringLiteral("polisen"))));
    auto applied = repository.apply(changes);
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    REQUIRE(applied->rows.size() == 2);
    CHECK(applied->rows.at(0).after->id == *areaId);
    CHECK(applied->rows.at(1).after->id > 0);
    auto children = repository.list(PromiseRegisters::promises(), QStringLiteral("focus_area_id"), *areaId);
    REQUIRE(children.ok());
    REQUIRE(children->size() == 1);
    CHECK(children->first().value(QStringLiteral("title")) ==
          QVariant(QStringLiteral("Hastighetskontroller")));
}

TEST_CASE("list filters by a field and keeps the register's natural order", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const Record otherPeriod = insertRecord(
        repository, PromiseRegisters::periods(),
        periodValues(tree.municipality.id, QStringLiteral("2023-01-01"), QStringLiteral("2024-12-31")));

    SECTION("focus areas of one period by their manual order") {
        // tree.focusArea has sort_order 1.
        insertRecord(repository, PromiseRegisters::focusAreas(),
                     focusAreaValues(tree.period.id, 3, QStringLiteral("C")));
        insertRecord(repository, PromiseRegisters::focusAreas(),
                     focusAreaValues(tree.period.id, 2, QStringLiteral("B")));
        insertRecord(repository, PromiseRegisters::focusAreas(),
                     focusAreaValues(otherPeriod.id, 0, QStringLiteral("X")));

        auto listed =
            repository.list(PromiseRegisters::focusAreas(), QStringLiteral("period_id"), tree.period.id);
        REQUIRE(listed.ok());
        QStringList titles;
        QList<qint64> orders;
        for (const Record& record : *listed) {
            titles << record.value(QStringLiteral("title")).toString();
            orders << record.value(QStringLiteral("sort_order")).toLongLong();
            CHECK(record.value(QStringLiteral("period_id")).toLongLong() == tree.period.id);
        }
        CHECK(titles == QStringList{tree.focusArea.value(QStringLiteral("title")).toString(),
                                    QStringLiteral("B"), QStringLiteral("C")});
        CHECK(std::is_sorted(orders.begin(), orders.end()));

        auto all = repository.list(PromiseRegisters::focusAreas());
        REQUIRE(all.ok());
        CHECK(all->size() == 4);
        CHECK(all->first().value(QStringLiteral("title")) == QVariant(QStringLiteral("X"))); // sort_order 0
    }
    SECTION("status reports newest first") {
        for (const QString& date :
             {QStringLiteral("2021-03-01"), QStringLiteral("2022-01-15"), QStringLiteral("2021-06-30")})
            insertRecord(repository, PromiseRegisters::statuses(), statusValues(tree.promise.id, date));
        auto listed =
            repository.list(PromiseRegisters::statuses(), QStringLiteral("promise_id"), tree.promise.id);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 4);
        QList<QDate> dates;
        for (const Record& record : *listed)
            dates << record.value(QStringLiteral("reported_on")).toDate();
        CHECK(std::is_sorted(dates.begin(), dates.end(), std::greater<>()));
        CHECK(dates.first() == QDate(2022, 1, 15));
    }
    SECTION("a field the register does not have is refused, never put into SQL, and reported") {
        NameCheck::Expected wrongName;
        auto listed = repository.list(PromiseRegisters::promises(), QStringLiteral("1 = 1 OR title"),
                                      QStringLiteral("x"));
        CHECK(wrongName.misses() == 1);
        REQUIRE_FALSE(listed.ok());
        CHECK_THAT(listed.message().toStdString(), mentions(QStringLiteral("1 = 1 OR title")));
    }
    SECTION("a filter that matches nothing gives an empty list") {
        auto listed = repository.list(PromiseRegisters::promises(), QStringLiteral("focus_area_id"), 4711);
        REQUIRE(listed.ok());
        CHECK(listed->isEmpty());
    }
}

TEST_CASE("listIn gives the records whose field is one of several values, in the register's natural order",
          "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const Record otherFocusArea = insertRecord(repository, PromiseRegisters::focusAreas(),
                                               focusAreaValues(tree.period.id, 2, QStringLiteral("B")));
    const Record other = insertRecord(repository, PromiseRegisters::promises(),
                                      promiseValues(otherFocusArea.id, 1, QStringLiteral("Andra löftet")));
    const Record third = insertRecord(repository, PromiseRegisters::promises(),
                                      promiseValues(otherFocusArea.id, 2, QStringLiteral("Tredje löftet")));
    for (const QString& date : {QStringLiteral("2021-03-01"), QStringLiteral("2022-01-15")})
        insertRecord(repository, PromiseRegisters::statuses(), statusValues(other.id, date));
    insertRecord(repository, PromiseRegisters::statuses(),
                 statusValues(third.id, QStringLiteral("2021-06-30")));

    SECTION("the statuses of two promises of three, newest first across both, as list gives each") {
        auto listed = repository.listIn(PromiseRegisters::statuses(), QStringLiteral("promise_id"),
                                        {tree.promise.id, other.id});
        REQUIRE(listed.ok());
        QList<QDate> dates;
        for (const Record& record : *listed) {
            CHECK(record.value(QStringLiteral("promise_id")).toLongLong() != third.id);
            dates << record.value(QStringLiteral("reported_on")).toDate();
        }
        auto own =
            repository.list(PromiseRegisters::statuses(), QStringLiteral("promise_id"), tree.promise.id);
        REQUIRE(own.ok());
        CHECK(listed->size() == own->size() + 2);
        CHECK(std::is_sorted(dates.begin(), dates.end(), std::greater<>()));
    }
    SECTION("no values give no records, without a query") {
        auto listed = repository.listIn(PromiseRegisters::statuses(), QStringLiteral("promise_id"), {});
        REQUIRE(listed.ok());
        CHECK(listed->isEmpty());
    }
    SECTION("a field the register does not have is refused, never put into SQL, and reported") {
        NameCheck::Expected wrongName;
        auto listed = repository.listIn(PromiseRegisters::statuses(), QStringLiteral("1 = 1 OR promise_id"),
                                        {tree.promise.id});
        CHECK(wrongName.misses() == 1);
        REQUIRE_FALSE(listed.ok());
    }
}

TEST_CASE("An invalid record is refused with a message naming the field, and nothing is written",
          "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);

    struct Invalid {
        const char* what;
        const RegisterSpec* spec;
        QVariantMap values;
        QString field;  // whose label the message must name
        QString detail; // and what else it must say, if anything
    };
    const QVariantMap promise = promiseValues(tree.focusArea.id, 2, QStringLiteral("Skolbesök"));
    const QVariantMap target = targetValues(tree.promise.id);
    const QList<Invalid> cases{
        {"a missing required text",
         &PromiseRegisters::promises(),
         merged(promise, {{QStringLiteral("title"), QVariant()}}),
         QStringLiteral("title"),
         {}},
        {"a blank required text",
         &PromiseRegisters::promises(),
         merged(promise, {{QStringLiteral("text"), QString()}}),
         QStringLiteral("text"),
         {}},
        {"a missing reference",
         &PromiseRegisters::promises(),
         merged(promise, {{QStringLiteral("focus_area_id"), QVariant()}}),
         QStringLiteral("focus_area_id"),
         {}},
        {"a wrong code", &PromiseRegisters::promises(),
         merged(promise, {{QStringLiteral("responsible"), QStringLiteral("grannsamverkan")}}),
         QStringLiteral("responsible"), QStringLiteral("grannsamverkan")},
        {"a code given by its label", &PromiseRegisters::targets(),
         merged(target, {{QStringLiteral("per"), QStringLiteral("per year")}}), QStringLiteral("per"),
         QStringLiteral("per year")},
        {"an integer below the minimum",
         &PromiseRegisters::targets(),
         merged(target, {{QStringLiteral("quantity"), -1}}),
         QStringLiteral("quantity"),
         {}},
        {"an integer above the maximum",
         &PromiseRegisters::targets(),
         merged(target, {{QStringLiteral("quantity"), 1000001}}),
         QStringLiteral("quantity"),
         {}},
        {"text where a number belongs", &PromiseRegisters::targets(),
         merged(target, {{QStringLiteral("quantity"), QStringLiteral("tolv")}}), QStringLiteral("quantity"),
         QStringLiteral("tolv")},
        {"a negative order",
         &PromiseRegisters::promises(),
         merged(promise, {{QStringLiteral("sort_order"), -5}}),
         QStringLiteral("sort_order"),
         {}},
        {"a date that does not exist", &PromiseRegisters::statuses(),
         statusValues(tree.promise.id, QStringLiteral("2021-02-30")), QStringLiteral("reported_on"),
         QStringLiteral("2021-02-30")},
        {"a date in another form", &PromiseRegisters::statuses(),
         statusValues(tree.promise.id, QStringLiteral("15/3 2021")), QStringLiteral("reported_on"),
         QStringLiteral("15/3 2021")},
        {"a text over its length", &PromiseRegisters::municipalities(),
         municipalityValues(QString(501, u'å')), QStringLiteral("name"), QStringLiteral("500")},
    };

    const QString contentBefore = contentOf(*document);
    const qint64 auditBefore = auditCount(repository);
    for (const Invalid& invalid : cases) {
        INFO(invalid.what);
        const qint64 rowsBefore = rowCount(repository, invalid.spec->table);
        ChangeSet changes;
        changes.insert(*invalid.spec, recordOf(invalid.values));
        auto applied = repository.apply(changes);
        REQUIRE_FALSE(applied.ok());
        const std::string message = applied.message().toStdString();
        CHECK_THAT(message, mentions(invalid.spec->field(invalid.field).displayLabel()));
        if (!invalid.detail.isEmpty())
            CHECK_THAT(message, mentions(invalid.detail));
        CHECK(rowCount(repository, invalid.spec->table) == rowsBefore);
        CHECK(auditCount(repository) == auditBefore);
    }
    CHECK(contentOf(*document) == contentBefore);
}

TEST_CASE("A period that ends before it starts is refused, naming the date fields",
          "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const qint64 auditBefore = auditCount(repository);
    const qint64 periodsBefore = rowCount(repository, QStringLiteral("periods"));
    const RegisterSpec& periods = PromiseRegisters::periods();

    SECTION("a new period") {
        ChangeSet changes;
        changes.insert(periods, recordOf(periodValues(tree.municipality.id, QStringLiteral("2024-01-01"),
                                                      QStringLiteral("2023-12-31"))));
        auto applied = repository.apply(changes);
        REQUIRE_FALSE(applied.ok());
        const std::string message = applied.message().toStdString();
        CHECK_THAT(message, mentions(QStringLiteral("2023-12-31")));
        CHECK_THAT(message, mentions(QStringLiteral("2024-01-01")));
        // The register's own rule, like every field check, says which field is wrong by its label.
        CHECK_THAT(message, mentions(periods.field(QStringLiteral("end_date")).displayLabel()));
    }
    SECTION("a changed period") {
        const Record changed =
            recordOf(merged(tree.period.values, {{QStringLiteral("end_date"), QDate(2020, 6, 1)}}));
        ChangeSet changes;
        changes.update(periods, tree.period, changed);
        auto applied = repository.apply(changes);
        REQUIRE_FALSE(applied.ok());
        CHECK_THAT(applied.message().toStdString(), mentions(QStringLiteral("2020-06-01")));
        auto stored = repository.find(periods, tree.period.uuid);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        CHECK((*stored)->value(QStringLiteral("end_date")) ==
              periods.field(QStringLiteral("end_date"))
                  .normalized(tree.period.value(QStringLiteral("end_date"))));
    }
    SECTION("the same day is a valid one-day period") {
        ChangeSet changes;
        changes.insert(periods, recordOf(periodValues(tree.municipality.id, QStringLiteral("2024-01-01"),
                                                      QStringLiteral("2024-01-01"))));
        auto applied = repository.apply(changes);
        INFO(applied.message().toStdString());
        CHECK(applied.ok());
        CHECK(rowCount(repository, QStringLiteral("periods")) == periodsBefore + 1);
        return;
    }
    CHECK(rowCount(repository, QStringLiteral("periods")) == periodsBefore);
    CHECK(auditCount(repository) == auditBefore);
}

TEST_CASE("A reference to a record that does not exist is refused by the file", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const qint64 auditBefore = auditCount(repository);

    ChangeSet changes;
    changes.insert(PromiseRegisters::targets(), recordOf(targetValues(tree.promise.id + 4711)));
    auto applied = repository.apply(changes);
    REQUIRE_FALSE(applied.ok());
    CHECK_FALSE(applied.message().isEmpty());
    CHECK(rowCount(repository, QStringLiteral("targets")) == 1);
    CHECK(auditCount(repository) == auditBefore);
}

TEST_CASE("apply is all or nothing", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const QString contentBefore = contentOf(*document);
    const qint64 auditBefore = auditCount(repository);

    ChangeSet changes;
    SECTION("two good inserts, then one that fails validation") {
        changes.insert(PromiseRegisters::statuses(),
                       recordOf(statusValues(tree.promise.id, QStringLiteral("2021-05-31"))));
        changes.insert(PromiseRegisters::statuses(),
                       recordOf(statusValues(tree.promise.id, QStringLiteral("2021-06-30"))));
        changes.insert(
            PromiseRegisters::statuses(),
            recordOf(statusValues(tree.promise.id, QStringLiteral("2021-07-31"), QStringLiteral("klar"))));
    }
    SECTION("an update and a delete, then an insert that the file refuses") {
        changes.update(PromiseRegisters::targets(), tree.target,
                       recordOf(merged(tree.target.values, {{QStringLiteral("quantity"), 99}})));
        changes.remove(PromiseRegisters::statuses(), tree.status);
        changes.insert(PromiseRegisters::targets(), recordOf(targetValues(4711)));
    }
    SECTION("two inserts, then an update of a record that is gone") {
        changes.insert(PromiseRegisters::municipalities(),
                       recordOf(municipalityValues(QStringLiteral("Nykvarn"))));
        changes.insert(PromiseRegisters::municipalities(),
                       recordOf(municipalityValues(QStringLiteral("Södertälje"))));
        Record ghost = tree.status;
        ghost.uuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
        changes.update(PromiseRegisters::statuses(), ghost, tree.status);
    }
    REQUIRE(changes.rows.size() == 3);
    auto applied = repository.apply(changes);
    REQUIRE_FALSE(applied.ok());
    CHECK(contentOf(*document) == contentBefore);
    CHECK(auditCount(repository) == auditBefore);
    // Nothing is left half open: the next change goes through.
    insertRecord(repository, PromiseRegisters::municipalities(), municipalityValues(QStringLiteral("Ekerö")));
    CHECK(auditCount(repository) == auditBefore + 1);
}

TEST_CASE("dependents lists everything under a record, deepest first", "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository); // focus area 1 > promise 1 > target, status
    const Record secondStatus = insertRecord(repository, PromiseRegisters::statuses(),
                                             statusValues(tree.promise.id, QStringLiteral("2021-09-30")));
    const Record promise2 = insertRecord(repository, PromiseRegisters::promises(),
                                         promiseValues(tree.focusArea.id, 2, QStringLiteral("Lägesbild")));
    const Record target2 =
        insertRecord(repository, PromiseRegisters::targets(), targetValues(promise2.id, 1));
    const Record otherArea = insertRecord(repository, PromiseRegisters::focusAreas(),
                                          focusAreaValues(tree.period.id, 2, QStringLiteral("Trafik")));
    const Record otherPromise = insertRecord(repository, PromiseRegisters::promises(),
                                             promiseValues(otherArea.id, 1, QStringLiteral("Hastighet")));
    const Record otherStatus = insertRecord(repository, PromiseRegisters::statuses(),
                                            statusValues(otherPromise.id, QStringLiteral("2021-04-30")));

    auto found = repository.dependents(PromiseRegisters::focusAreas(), tree.focusArea);
    REQUIRE(found.ok());
    QStringList uuids;
    for (const RowChange& row : *found) {
        REQUIRE(row.before.has_value());
        CHECK_FALSE(row.after.has_value());
        REQUIRE(row.spec != nullptr);
        auto stored = repository.find(*row.spec, row.before->uuid);
        REQUIRE(stored.ok());
        CHECK(stored->has_value()); // the spec fits the record
        uuids << row.before->uuid;
    }
    const QStringList expected{tree.promise.uuid, tree.target.uuid, tree.status.uuid,
                               secondStatus.uuid, promise2.uuid,    target2.uuid};
    CHECK(uuids.size() == expected.size());
    for (const QString& uuid : expected)
        CHECK(uuids.contains(uuid));
    for (const QString& uuid : {otherArea.uuid, otherPromise.uuid, otherStatus.uuid, tree.focusArea.uuid})
        CHECK_FALSE(uuids.contains(uuid));
    // Each child comes before the record it belongs to.
    for (const QString& child : {tree.target.uuid, tree.status.uuid, secondStatus.uuid})
        CHECK(uuids.indexOf(child) < uuids.indexOf(tree.promise.uuid));
    CHECK(uuids.indexOf(target2.uuid) < uuids.indexOf(promise2.uuid));

    auto fromMunicipality = repository.dependents(PromiseRegisters::municipalities(), tree.municipality);
    REQUIRE(fromMunicipality.ok());
    CHECK(fromMunicipality->size() == 11);
    REQUIRE_FALSE(fromMunicipality->isEmpty());
    CHECK(fromMunicipality->last().before->uuid == tree.period.uuid);

    auto leaf = repository.dependents(PromiseRegisters::statuses(), tree.status);
    REQUIRE(leaf.ok());
    CHECK(leaf->isEmpty());
}

TEST_CASE("An update that leaves out the manual position keeps the record where it is",
          "[repository][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const Repository repository = document->repository();
    auto promises = repository.list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    const Record before = promises->at(2);
    Record after = before;
    after.values.remove(QStringLiteral("sort_order"));
    after.values.insert(QStringLiteral("title"), QStringLiteral("Operativa gruppen (OG)"));
    auto updated = repository.update(PromiseRegisters::promises(), before, after, Repository::Stamp::Now);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    auto found = repository.find(PromiseRegisters::promises(), before.uuid);
    REQUIRE(found.ok());
    CHECK((*found)->value(QStringLiteral("sort_order")) == before.value(QStringLiteral("sort_order")));
    CHECK((*found)->value(QStringLiteral("title")).toString() == QStringLiteral("Operativa gruppen (OG)"));
}
