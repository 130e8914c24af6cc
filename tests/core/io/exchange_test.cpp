#include "../police/policefixture.h"
#include "clirun.h"
#include "io/exchange.h"
#include "io/jsonimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lk;
using namespace lk::test;

namespace {

// Since the last exchange: after the template's and the shared records' time stamps, before any edit a test
// makes.
const QString lastExchange = QStringLiteral("2021-06-01");
const QString before = QStringLiteral("2021-05-20T10:00:00Z");

// The coordinator's file and the police contact's, both from the Salem template, with the same traffic
// controls from an earlier exchange.
struct TwoComputers {
    PoliceFile coordinator;
    PoliceFile police;
    QList<QString> shared;

    TwoComputers() {
        // The same school on both sides (the fixture gives each its own).
        syncUnit();
        for (int i = 0; i < 3; ++i) {
            Record control = recordOf(trafficControlValues(coordinator.municipality, QDate(2021, 5, 3 + i),
                                                           coordinator.trafficPromise));
            control.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            control.updatedAt = before;
            REQUIRE(coordinator.repository
                        .insert(PoliceRegisters::trafficControls(), control, Repository::Stamp::Keep)
                        .ok());
            REQUIRE(
                police.repository.insert(PoliceRegisters::trafficControls(), control, Repository::Stamp::Keep)
                    .ok());
            shared << control.uuid;
        }
    }

    void syncUnit() {
        Record school = police.school;
        school.updatedAt = before;
        REQUIRE(police.repository.remove(PoliceRegisters::units(), police.school).ok());
        school = coordinator.school;
        school.updatedAt = before;
        REQUIRE(coordinator.repository
                    .update(PoliceRegisters::units(), coordinator.school, school, Repository::Stamp::Keep)
                    .ok());
        REQUIRE(police.repository.insert(PoliceRegisters::units(), school, Repository::Stamp::Keep).ok());
        police.school = *findRecord(police.repository, PoliceRegisters::units(), school.uuid);
        // The deletion above is no part of the story.
        REQUIRE(sql::run(police.repository.database(), QStringLiteral("DELETE FROM audit_log")).ok());
    }

    QByteArray changesOfPolice() const {
        auto written = Exchange::write(police.repository, lastExchange, QDateTime::currentDateTimeUtc());
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        return *written;
    }

    ImportSummary importIntoCoordinator(const QByteArray& json,
                                        JsonImporter::Mode mode = JsonImporter::Mode::Apply) const {
        auto imported = JsonImporter::import(coordinator.repository, json, mode);
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        return *imported;
    }

    Status changeControl(const PoliceFile& side, int index, int vehicles) const {
        return side.document->update(PoliceRegisters::trafficControls(), shared.at(index),
                                     {{QStringLiteral("vehicles_checked"), vehicles}});
    }

    int vehicles(const PoliceFile& side, int index) const {
        return scalar(*side.document,
                      QStringLiteral("SELECT vehicles_checked FROM traffic_controls WHERE uuid = ?"),
                      {shared.at(index)})
            .toInt();
    }
};

QStringList uuidsIn(const QJsonObject& root, const QString& table) {
    QStringList uuids;
    for (const QJsonValue& row : root.value(table).toArray())
        uuids << row.toObject().value(QStringLiteral("uuid")).toString();
    return uuids;
}

} // namespace

TEST_CASE("An exchange file holds what changed since the date, what it points at, and what was deleted",
          "[exchange]") {
    TwoComputers two;
    auto visit = two.police.document->insert(
        PoliceRegisters::visits(), recordOf(visitValues(two.police.municipality, two.police.school.id,
                                                        QDate(2022, 9, 1), two.police.drugsPromise)));
    REQUIRE(visit.ok());
    REQUIRE(two.changeControl(two.police, 0, 99).ok());
    REQUIRE(two.police.document->remove(PoliceRegisters::trafficControls(), two.shared.at(1)).ok());

    const QJsonObject root = QJsonDocument::fromJson(two.changesOfPolice()).object();
    CHECK(uuidsIn(root, QStringLiteral("visits")) == QStringList{visit->uuid});
    CHECK(uuidsIn(root, QStringLiteral("traffic_controls")) == QStringList{two.shared.at(0)});
    // What the visit points at comes along (its unit, promise and the promise's owners), nothing else.
    CHECK(uuidsIn(root, QStringLiteral("units")) == QStringList{two.police.school.uuid});
    CHECK(uuidsIn(root, QStringLiteral("promises")).size() == 2); // the visit's and the control's
    CHECK(uuidsIn(root, QStringLiteral("municipalities")).size() == 1);
    CHECK(uuidsIn(root, QStringLiteral("targets")).isEmpty());
    CHECK(uuidsIn(root, QStringLiteral("og_meetings")).isEmpty());
    const QJsonObject exchange = root.value(Exchange::key).toObject();
    CHECK(exchange.value(QStringLiteral("since")).toString() == lastExchange);
    CHECK(exchange.value(QStringLiteral("deleted"))
              .toObject()
              .value(QStringLiteral("traffic_controls"))
              .toArray() == QJsonArray{two.shared.at(1)});
}

TEST_CASE("Importing an exchange file adds what is new, and importing it again changes nothing",
          "[exchange]") {
    TwoComputers two;
    for (const auto& [spec, values] : two.police.activities())
        REQUIRE(two.police.document->insert(*spec, recordOf(values)).ok());
    const QByteArray changes = two.changesOfPolice();

    const ImportSummary first = two.importIntoCoordinator(changes);
    CHECK(first.added == 4);
    CHECK(first.updated == 0);
    CHECK(first.conflicts.isEmpty());
    CHECK(first.addedTo.value(QStringLiteral("visits")) == 1);
    CHECK(first.since == lastExchange);
    const QString afterFirst = contentOf(*two.coordinator.document);

    const ImportSummary second = two.importIntoCoordinator(changes);
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.deleted == 0);
    CHECK(second.conflicts.isEmpty());
    CHECK(contentOf(*two.coordinator.document) == afterFirst);
    // The records are the police contact's, as they were there.
    for (const auto& [spec, values] : two.police.activities())
        CHECK(rowCount(two.coordinator.repository, spec->table) ==
              rowCount(two.police.repository, spec->table));
}

TEST_CASE(
    "A record changed only on the other computer is updated; changed on both it is a conflict left as it "
    "was",
    "[exchange]") {
    TwoComputers two;
    REQUIRE(two.changeControl(two.police, 0, 101).ok());
    REQUIRE(two.changeControl(two.police, 1, 102).ok());
    REQUIRE(two.changeControl(two.coordinator, 1, 55).ok());

    const ImportSummary summary = two.importIntoCoordinator(two.changesOfPolice());
    CHECK(summary.updated == 1);
    CHECK(two.vehicles(two.coordinator, 0) == 101);
    REQUIRE(summary.conflicts.size() == 1);
    const ImportConflict& conflict = summary.conflicts.first();
    CHECK(conflict.table == QStringLiteral("traffic_controls"));
    CHECK(conflict.uuid == two.shared.at(1));
    CHECK(conflict.label == QStringLiteral("Traffic control: Rönningevägen vid stationen (2021-05-04)"));
    CHECK(conflict.reason == QStringLiteral("changed on both computers"));
    // Never silently overwritten.
    CHECK(two.vehicles(two.coordinator, 1) == 55);
}

TEST_CASE("A record deleted on the other computer is deleted here, unless it was changed here",
          "[exchange]") {
    TwoComputers two;
    REQUIRE(two.police.document->remove(PoliceRegisters::trafficControls(), two.shared.at(0)).ok());
    REQUIRE(two.police.document->remove(PoliceRegisters::trafficControls(), two.shared.at(1)).ok());
    REQUIRE(two.changeControl(two.coordinator, 1, 77).ok());

    const ImportSummary summary = two.importIntoCoordinator(two.changesOfPolice());
    CHECK(summary.deleted == 1);
    CHECK(summary.deletedFrom.value(QStringLiteral("traffic_controls")) == 1);
    CHECK(countWhere(two.coordinator.repository,
                     QStringLiteral("SELECT count(*) FROM traffic_controls WHERE uuid = ?"),
                     {two.shared.at(0)}) == 0);
    REQUIRE(summary.conflicts.size() == 1);
    CHECK(summary.conflicts.first().uuid == two.shared.at(1));
    CHECK(summary.conflicts.first().reason == QStringLiteral("deleted on the other computer, changed here"));
    CHECK(two.vehicles(two.coordinator, 1) == 77);
    // The deletion is in the coordinator's audit log, as any deletion is.
    CHECK(countWhere(
              two.coordinator.repository,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND record_uuid = ?"),
              {two.shared.at(0)}) == 1);
}

TEST_CASE("A record deleted here is not brought back, and one changed on the other computer is a conflict",
          "[exchange]") {
    TwoComputers two;
    REQUIRE(two.coordinator.document->remove(PoliceRegisters::trafficControls(), two.shared.at(0)).ok());
    REQUIRE(two.coordinator.document->remove(PoliceRegisters::units(), two.coordinator.school.uuid).ok());
    REQUIRE(two.changeControl(two.police, 0, 120).ok());
    // A new visit on the police side to the school the coordinator deleted.
    REQUIRE(
        two.police.document
            ->insert(PoliceRegisters::visits(),
                     recordOf(visitValues(two.police.municipality, two.police.school.id, QDate(2022, 9, 1))))
            .ok());

    const ImportSummary summary = two.importIntoCoordinator(two.changesOfPolice());
    CHECK(summary.added == 0);
    CHECK(rowCount(two.coordinator.repository, QStringLiteral("units")) == 0);
    CHECK(rowCount(two.coordinator.repository, QStringLiteral("visits")) == 0);
    CHECK(rowCount(two.coordinator.repository, QStringLiteral("traffic_controls")) == 2);
    QStringList reasons;
    for (const ImportConflict& conflict : summary.conflicts)
        reasons << conflict.table + u':' + conflict.reason.left(conflict.reason.indexOf(u'(')).trimmed();
    reasons.sort();
    CHECK(reasons ==
          QStringList{QStringLiteral("traffic_controls:deleted here, changed on the other computer"),
                      QStringLiteral("visits:it belongs to a record that was deleted here")});
    // The school, sent only because the visit points at it, is no conflict: it stays deleted.
    CHECK(summary.kept == 1);
}

TEST_CASE("A record sent only for reference never overwrites a newer version here", "[exchange]") {
    TwoComputers two;
    auto promise =
        two.coordinator.repository.findById(PromiseRegisters::promises(), two.coordinator.trafficPromise);
    REQUIRE(promise.ok());
    REQUIRE(two.coordinator.document
                ->update(PromiseRegisters::promises(), (*promise)->uuid,
                         {{QStringLiteral("aim"), QStringLiteral("Färre olyckor och rattfyllerister.")}})
                .ok());
    REQUIRE(two.changeControl(two.police, 0, 130).ok());

    const ImportSummary summary = two.importIntoCoordinator(two.changesOfPolice());
    CHECK(summary.updated == 1);
    CHECK(summary.kept == 1);
    CHECK(summary.conflicts.isEmpty());
    CHECK(scalar(*two.coordinator.document, QStringLiteral("SELECT aim FROM promises WHERE id = ?"),
                 {two.coordinator.trafficPromise})
              .toString() == QStringLiteral("Färre olyckor och rattfyllerister."));
}

TEST_CASE("A preview tells what an import would do and changes nothing", "[exchange]") {
    TwoComputers two;
    REQUIRE(two.changeControl(two.police, 0, 140).ok());
    REQUIRE(two.changeControl(two.police, 1, 141).ok());
    REQUIRE(two.changeControl(two.coordinator, 1, 9).ok());
    REQUIRE(two.police.document->remove(PoliceRegisters::trafficControls(), two.shared.at(2)).ok());
    const QByteArray changes = two.changesOfPolice();
    const QString content = contentOf(*two.coordinator.document);
    const qint64 audit = auditCount(two.coordinator.repository);

    const ImportSummary preview = two.importIntoCoordinator(changes, JsonImporter::Mode::Preview);
    CHECK(contentOf(*two.coordinator.document) == content);
    CHECK(auditCount(two.coordinator.repository) == audit);
    const ImportSummary done = two.importIntoCoordinator(changes);
    CHECK(preview.updated == done.updated);
    CHECK(preview.deleted == done.deleted);
    CHECK(preview.conflicts.size() == done.conflicts.size());
    CHECK(done.updated == 1);
    CHECK(done.deleted == 1);
    CHECK(done.conflicts.size() == 1);
}

TEST_CASE("export --since writes the exchange file and import lists the conflicts", "[exchange][cli]") {
    TwoComputers two;
    REQUIRE(two.changeControl(two.police, 0, 150).ok());
    REQUIRE(two.changeControl(two.coordinator, 0, 15).ok());
    const QString policePath = two.police.file.path();
    const QString coordinatorPath = two.coordinator.file.path();
    two.police.close();
    two.coordinator.close();
    // In the test's own folder: a name in the shared temporary folder could be left there by an earlier run
    // that stopped half-way, under a process id that this run has been given again.
    const QString out = two.police.file.pathFor(QStringLiteral("exchange.json"));

    const Run bad = run({QStringLiteral("export"), QStringLiteral("--db"), policePath,
                         QStringLiteral("--since"), QStringLiteral("1 juni"), QStringLiteral("--out"), out});
    CHECK(bad.exit == CommandLine::Usage);
    CHECK(bad.err.contains(QStringLiteral("“1 juni” is not a date")));
    CHECK_FALSE(QFile::exists(out));

    const Run exported = run({QStringLiteral("export"), QStringLiteral("--db"), policePath,
                              QStringLiteral("--since"), lastExchange, QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exit == CommandLine::Ok);
    CHECK(exported.out.contains(QStringLiteral("changes since 2021-06-01")));

    const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), coordinatorPath, out});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exit == CommandLine::Ok);
    CHECK(imported.out.contains(QStringLiteral("1 conflict(s)")));
    CHECK(imported.out.contains(two.shared.at(0)));
    CHECK(imported.out.contains(QStringLiteral("changed on both computers")));
}

TEST_CASE("A record deleted on the other computer stays when something of it was changed here",
          "[exchange]") {
    TwoComputers two;
    // The coordinator records a visit to the school the police contact deletes.
    REQUIRE(two.coordinator.document
                ->insert(PoliceRegisters::visits(),
                         recordOf(visitValues(two.coordinator.municipality, two.coordinator.school.id,
                                              QDate(2022, 9, 1))))
                .ok());
    REQUIRE(two.police.document->remove(PoliceRegisters::units(), two.police.school.uuid).ok());

    const ImportSummary summary = two.importIntoCoordinator(two.changesOfPolice());
    CHECK(summary.deleted == 0);
    REQUIRE(summary.conflicts.size() == 1);
    CHECK(summary.conflicts.first().uuid == two.coordinator.school.uuid);
    CHECK_THAT(summary.conflicts.first().reason.toStdString(), mentions(QStringLiteral("Visit")));
    CHECK(rowCount(two.coordinator.repository, QStringLiteral("units")) == 1);
    CHECK(rowCount(two.coordinator.repository, QStringLiteral("visits")) == 1);
}

TEST_CASE("An exchange part without its date is refused, and nothing changes", "[exchange]") {
    TwoComputers two;
    REQUIRE(two.changeControl(two.police, 0, 160).ok());
    QJsonObject root = QJsonDocument::fromJson(two.changesOfPolice()).object();
    root.insert(Exchange::key, QJsonObject{{QStringLiteral("deleted"), QJsonObject()}});
    const QString before = contentOf(*two.coordinator.document);
    auto imported = JsonImporter::import(two.coordinator.repository, QJsonDocument(root).toJson());
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("since")));
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("Nothing was changed")));
    CHECK(contentOf(*two.coordinator.document) == before);
}
