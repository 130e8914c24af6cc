#include "../register/registerfixture.h"
#include "catchqt.h"
#include "document/document.h"
#include "faults.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace lk;
using namespace lk::test;

namespace {

QSet<QString> tablesOf(const QSignalSpy& spy, int emission) {
    return spy.at(emission).at(0).value<QSet<QString>>();
}

// Every UUID in the file, by table.
QMap<QString, QStringList> uuidsOf(const Document& document) {
    QMap<QString, QStringList> uuids;
    for (const RegisterSpec* spec :
         {&PromiseRegisters::municipalities(), &PromiseRegisters::periods(), &PromiseRegisters::focusAreas(),
          &PromiseRegisters::promises(), &PromiseRegisters::targets(), &PromiseRegisters::statuses()}) {
        auto query =
            sql::run(document.database().connection(), QStringLiteral("SELECT uuid || ' ' || id FROM ") +
                                                           spec->table + QStringLiteral(" ORDER BY id"));
        REQUIRE(query.ok());
        while (query->next())
            uuids[spec->table] << query->value(0).toString();
    }
    return uuids;
}

} // namespace

TEST_CASE("Each insert, update and delete is one undo step that undo and redo replay exactly",
          "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    QUndoStack* undo = document->undoStack();
    REQUIRE(undo->count() == 0);
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    REQUIRE_FALSE(promises->isEmpty());
    const Record promise = promises->first();

    const QString start = contentOf(*document);

    SECTION("insert") {
        auto inserted = document->insert(PromiseRegisters::statuses(),
                                         recordOf(statusValues(promise.id, QStringLiteral("2021-06-30"))));
        INFO(inserted.message().toStdString());
        REQUIRE(inserted.ok());
        CHECK(inserted->id > 0);
        CHECK_FALSE(inserted->uuid.isEmpty());
        auto found = document->repository().find(PromiseRegisters::statuses(), inserted->uuid);
        REQUIRE(found.ok());
        CHECK(found->has_value());
    }
    SECTION("update") {
        REQUIRE(document
                    ->update(PromiseRegisters::promises(), promise.uuid,
                             {{QStringLiteral("title"), QStringLiteral("Trygghetsvandringar, digitala")},
                              {QStringLiteral("aim"), QVariant()}})
                    .ok());
        auto found = document->repository().find(PromiseRegisters::promises(), promise.uuid);
        REQUIRE(found.ok());
        CHECK((*found)->value(QStringLiteral("title")) ==
              QVariant(QStringLiteral("Trygghetsvandringar, digitala")));
        CHECK_FALSE((*found)->value(QStringLiteral("aim")).isValid());
    }
    SECTION("remove") {
        auto targets = document->repository().list(PromiseRegisters::targets());
        REQUIRE(targets.ok());
        REQUIRE_FALSE(targets->isEmpty());
        REQUIRE(document->remove(PromiseRegisters::targets(), targets->first().uuid).ok());
        auto found = document->repository().find(PromiseRegisters::targets(), targets->first().uuid);
        REQUIRE(found.ok());
        CHECK_FALSE(found->has_value());
    }
    CHECK(undo->count() == 1);
    CHECK_FALSE(undo->text(0).isEmpty());
    const QString changed = contentOf(*document);
    REQUIRE(changed != start);

    undo->undo();
    CHECK(contentOf(*document) == start);
    CHECK(undo->canRedo());
    undo->redo();
    CHECK(contentOf(*document) == changed);
    undo->undo();
    CHECK(contentOf(*document) == start);
}

TEST_CASE("Undo and redo walk through several steps in order", "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    QList<QString> states{contentOf(*document)};

    auto municipality = document->insert(PromiseRegisters::municipalities(), recordOf(municipalityValues()));
    REQUIRE(municipality.ok());
    states << contentOf(*document);
    auto period = document->insert(PromiseRegisters::periods(), recordOf(periodValues(municipality->id)));
    REQUIRE(period.ok());
    states << contentOf(*document);
    REQUIRE(document
                ->update(PromiseRegisters::periods(), period->uuid,
                         {{QStringLiteral("end_date"), QStringLiteral("2023-06-30")}})
                .ok());
    states << contentOf(*document);
    REQUIRE(document
                ->update(PromiseRegisters::municipalities(), municipality->uuid,
                         {{QStringLiteral("police_area"), QStringLiteral("Lokalpolisområde Södertälje")}})
                .ok());
    states << contentOf(*document);
    REQUIRE(document->remove(PromiseRegisters::periods(), period->uuid).ok());
    states << contentOf(*document);

    QUndoStack* undo = document->undoStack();
    REQUIRE(undo->count() == states.size() - 1);
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        INFO("undo to state " << i);
        undo->undo();
        CHECK(contentOf(*document) == states.at(i));
    }
    CHECK_FALSE(undo->canUndo());
    for (qsizetype i = 1; i < states.size(); ++i) {
        INFO("redo to state " << i);
        undo->redo();
        CHECK(contentOf(*document) == states.at(i));
    }
    CHECK_FALSE(undo->canRedo());
}

TEST_CASE("Removing a focus area takes its promises, targets and statuses, and one undo brings all back",
          "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const Repository repository = document->repository();
    auto areas = repository.list(PromiseRegisters::focusAreas());
    REQUIRE(areas.ok());
    REQUIRE(areas->size() >= 2);
    // A focus area that holds one of the template's targets.
    auto targets = repository.list(PromiseRegisters::targets());
    REQUIRE(targets.ok());
    REQUIRE_FALSE(targets->isEmpty());
    const Record targetPromise =
        repository
            .findById(PromiseRegisters::promises(),
                      targets->first().value(QStringLiteral("promise_id")).toLongLong())
            .value()
            .value();
    const Record area = repository
                            .findById(PromiseRegisters::focusAreas(),
                                      targetPromise.value(QStringLiteral("focus_area_id")).toLongLong())
                            .value()
                            .value();
    auto ownPromises =
        repository.list(PromiseRegisters::promises(), QStringLiteral("focus_area_id"), area.id);
    REQUIRE(ownPromises.ok());
    REQUIRE(ownPromises->size() >= 2);
    // The template's targets of this focus area's promises go with it; those of the other area stay.
    qint64 ownTargets = 0;
    for (const Record& target : *targets) {
        for (const Record& promise : *ownPromises)
            ownTargets += target.value(QStringLiteral("promise_id")).toLongLong() == promise.id ? 1 : 0;
    }
    REQUIRE(ownTargets >= 1);
    REQUIRE(ownTargets < targets->size());
    // Status reports under two of its promises, and one under a promise elsewhere.
    ChangeSet reports;
    for (const Record& promise : *ownPromises)
        reports.insert(PromiseRegisters::statuses(),
                       recordOf(statusValues(promise.id, QStringLiteral("2021-08-31"))));
    reports.insert(PromiseRegisters::statuses(),
                   recordOf(statusValues(ownPromises->first().id, QStringLiteral("2021-12-31"),
                                         QStringLiteral("genomford"))));
    auto elsewhere = repository.list(PromiseRegisters::promises());
    REQUIRE(elsewhere.ok());
    qint64 otherPromise = 0;
    for (const Record& promise : *elsewhere) {
        if (promise.value(QStringLiteral("focus_area_id")).toLongLong() != area.id)
            otherPromise = promise.id;
    }
    REQUIRE(otherPromise > 0);
    reports.insert(PromiseRegisters::statuses(),
                   recordOf(statusValues(otherPromise, QStringLiteral("2021-08-31"))));
    REQUIRE(repository.apply(reports).ok());

    const QString before = contentOf(*document);
    const QMap<QString, QStringList> uuidsBefore = uuidsOf(*document);
    const qint64 promisesBefore = rowCount(repository, QStringLiteral("promises"));
    const qint64 statusesBefore = rowCount(repository, QStringLiteral("promise_statuses"));
    const qint64 auditBefore = auditCount(repository);
    QSignalSpy changed(document.get(), &Document::changed);

    REQUIRE(document->remove(PromiseRegisters::focusAreas(), area.uuid).ok());
    CHECK(document->undoStack()->count() == 1);
    CHECK_FALSE(repository.find(PromiseRegisters::focusAreas(), area.uuid).value().has_value());
    CHECK(rowCount(repository, QStringLiteral("promises")) == promisesBefore - ownPromises->size());
    CHECK(rowCount(repository, QStringLiteral("targets")) == targets->size() - ownTargets);
    CHECK(rowCount(repository, QStringLiteral("promise_statuses")) == 1); // the one elsewhere
    CHECK(statusesBefore == ownPromises->size() + 2);
    // One delete row in the audit log for each record that went.
    const qint64 removed = 1 + ownPromises->size() + ownTargets + (ownPromises->size() + 1);
    CHECK(auditCount(repository) == auditBefore + removed);
    REQUIRE(changed.count() == 1);
    CHECK(tablesOf(changed, 0) == QSet<QString>{QStringLiteral("focus_areas"), QStringLiteral("promises"),
                                                QStringLiteral("targets"),
                                                QStringLiteral("promise_statuses")});

    document->undoStack()->undo();
    CHECK(contentOf(*document) == before);
    CHECK(uuidsOf(*document) == uuidsBefore); // the same UUIDs, and the same keys
    REQUIRE(changed.count() == 2);
    CHECK(tablesOf(changed, 1).contains(QStringLiteral("focus_areas")));
    CHECK(tablesOf(changed, 1).contains(QStringLiteral("promise_statuses")));

    document->undoStack()->redo();
    CHECK_FALSE(repository.find(PromiseRegisters::focusAreas(), area.uuid).value().has_value());
    CHECK(rowCount(repository, QStringLiteral("promise_statuses")) == 1);
    document->undoStack()->undo();
    CHECK(contentOf(*document) == before);
    CHECK(uuidsOf(*document) == uuidsBefore);
}

TEST_CASE("changed() names the tables each edit touched", "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    QSignalSpy changed(document.get(), &Document::changed);

    auto municipality = document->insert(PromiseRegisters::municipalities(), recordOf(municipalityValues()));
    REQUIRE(municipality.ok());
    REQUIRE(changed.count() == 1);
    CHECK(tablesOf(changed, 0) == QSet<QString>{QStringLiteral("municipalities")});

    REQUIRE(document
                ->update(PromiseRegisters::municipalities(), municipality->uuid,
                         {{QStringLiteral("name"), QStringLiteral("Salem")}})
                .ok());
    REQUIRE(changed.count() == 2);
    CHECK(tablesOf(changed, 1) == QSet<QString>{QStringLiteral("municipalities")});

    auto period = document->insert(PromiseRegisters::periods(), recordOf(periodValues(municipality->id)));
    REQUIRE(period.ok());
    REQUIRE(changed.count() == 3);
    CHECK(tablesOf(changed, 2) == QSet<QString>{QStringLiteral("periods")});

    REQUIRE(document->remove(PromiseRegisters::municipalities(), municipality->uuid).ok());
    REQUIRE(changed.count() == 4);
    CHECK(tablesOf(changed, 3) == QSet<QString>{QStringLiteral("municipalities"), QStringLiteral("periods")});

    document->undoStack()->undo();
    REQUIRE(changed.count() == 5);
    CHECK(tablesOf(changed, 4) == QSet<QString>{QStringLiteral("municipalities"), QStringLiteral("periods")});

    document->notifyExternalChange({QStringLiteral("targets")});
    REQUIRE(changed.count() == 6);
    CHECK(tablesOf(changed, 5) == QSet<QString>{QStringLiteral("targets")});
    CHECK(document->undoStack()->count() ==
          0); // an import is not undoable, and older steps may no longer fit
}

TEST_CASE("A refused edit returns the reason and leaves no undo step", "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    REQUIRE_FALSE(promises->isEmpty());
    const Record promise = promises->first();
    const QString before = contentOf(*document);
    const qint64 auditBefore = auditCount(document->repository());
    QSignalSpy changed(document.get(), &Document::changed);

    SECTION("an update that empties a required field") {
        auto updated = document->update(PromiseRegisters::promises(), promise.uuid,
                                        {{QStringLiteral("title"), QString()}});
        REQUIRE_FALSE(updated.ok());
        CHECK_THAT(updated.message().toStdString(),
                   mentions(PromiseRegisters::promises().field(QStringLiteral("title")).displayLabel()));
    }
    SECTION("an update with a wrong code") {
        auto updated = document->update(PromiseRegisters::promises(), promise.uuid,
                                        {{QStringLiteral("responsible"), QStringLiteral("skolan")}});
        REQUIRE_FALSE(updated.ok());
        CHECK_THAT(updated.message().toStdString(), mentions(QStringLiteral("skolan")));
    }
    SECTION("an update of a field the register does not have") {
        auto updated = document->update(PromiseRegisters::promises(), promise.uuid,
                                        {{QStringLiteral("colour"), QStringLiteral("red")}});
        REQUIRE_FALSE(updated.ok());
        CHECK_THAT(updated.message().toStdString(), mentions(QStringLiteral("colour")));
    }
    SECTION("an update of a record that does not exist") {
        auto updated = document->update(PromiseRegisters::promises(), QStringLiteral("no-such-uuid"),
                                        {{QStringLiteral("title"), QStringLiteral("x")}});
        REQUIRE_FALSE(updated.ok());
    }
    SECTION("an invalid insert") {
        auto inserted = document->insert(PromiseRegisters::targets(), recordOf(targetValues(promise.id, -1)));
        REQUIRE_FALSE(inserted.ok());
        CHECK_THAT(inserted.message().toStdString(),
                   mentions(PromiseRegisters::targets().field(QStringLiteral("quantity")).displayLabel()));
    }
    CHECK(document->undoStack()->count() == 0);
    CHECK(changed.count() == 0);
    CHECK(contentOf(*document) == before);
    CHECK(auditCount(document->repository()) == auditBefore);
}

TEST_CASE("An edit that changes nothing, or a delete of nothing, leaves no undo step",
          "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    const Record promise = promises->first();
    const qint64 auditBefore = auditCount(document->repository());
    QSignalSpy changed(document.get(), &Document::changed);

    CHECK(document
              ->update(PromiseRegisters::promises(), promise.uuid,
                       {{QStringLiteral("title"), promise.value(QStringLiteral("title"))},
                        {QStringLiteral("sort_order"),
                         QString::number(promise.value(QStringLiteral("sort_order")).toLongLong())}})
              .ok());
    CHECK(document->remove(PromiseRegisters::promises(), QStringLiteral("no-such-uuid")).ok());
    CHECK(document->perform(ChangeSet{}, QStringLiteral("Nothing")).ok());

    CHECK(document->undoStack()->count() == 0);
    CHECK(changed.count() == 0);
    CHECK(auditCount(document->repository()) == auditBefore);
}

TEST_CASE("Undo writes its own audit rows", "[document][audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    auto municipality = document->insert(PromiseRegisters::municipalities(), recordOf(municipalityValues()));
    REQUIRE(municipality.ok());
    const qint64 auditBefore = auditCount(document->repository());

    document->undoStack()->undo();
    CHECK(auditCount(document->repository()) == auditBefore + 1);
    CHECK(scalar(*document, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("delete"));
    document->undoStack()->redo();
    CHECK(auditCount(document->repository()) == auditBefore + 2);
    CHECK(scalar(*document, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("insert"));
    CHECK(scalar(*document, QStringLiteral("SELECT record_uuid FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString() == municipality->uuid);
}

TEST_CASE("An undo that the file refuses is reported and changes nothing", "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    auto municipality = document->insert(PromiseRegisters::municipalities(), recordOf(municipalityValues()));
    REQUIRE(municipality.ok());
    lk::test::refuse(document->database().connection(), QStringLiteral("DELETE"),
                     QStringLiteral("municipalities"), QStringLiteral("municipalities are kept"));
    const QString before = contentOf(*document);
    QSignalSpy failed(document.get(), &Document::failed);
    QSignalSpy changed(document.get(), &Document::changed);

    document->undoStack()->undo();
    REQUIRE(failed.count() == 1);
    CHECK_THAT(failed.first().first().toString().toStdString(),
               mentions(QStringLiteral("municipalities are kept")));
    CHECK(changed.count() == 0);
    CHECK(contentOf(*document) == before);
}

TEST_CASE("A refused undo leaves the undo stack, so the stack and the file agree", "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    REQUIRE(document->insert(PromiseRegisters::municipalities(), recordOf(municipalityValues())).ok());
    lk::test::refuse(document->database().connection(), QStringLiteral("DELETE"),
                     QStringLiteral("municipalities"), QStringLiteral("municipalities are kept"));
    REQUIRE(document->undoStack()->count() == 1);
    document->undoStack()->undo();
    // The municipality is still in the file, and nothing claims it can be undone or redone.
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM municipalities")).toInt() == 1);
    CHECK(document->undoStack()->count() == 0);
    CHECK_FALSE(document->undoStack()->canUndo());
    CHECK_FALSE(document->undoStack()->canRedo());
}

TEST_CASE("An edit that is undone leaves the file as it was, time stamps included", "[document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QByteArray before = TestFile::exportOf(*document);
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    const Record promise = promises->first();
    REQUIRE(document
                ->update(PromiseRegisters::promises(), promise.uuid,
                         {{QStringLiteral("title"), QStringLiteral("Ny")}})
                .ok());
    auto areas = document->repository().list(PromiseRegisters::focusAreas());
    REQUIRE(areas.ok());
    REQUIRE(document->remove(PromiseRegisters::focusAreas(), areas->last().uuid).ok());
    CHECK(TestFile::exportOf(*document) != before);
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(TestFile::exportOf(*document) == before);
}
