#include "io/jsonimporter.h"
#include "policefixture.h"
#include "register/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lk;
using namespace lk::test;

namespace {

QJsonObject exported(const Document& document) {
    return QJsonDocument::fromJson(TestFile::exportOf(document)).object();
}

} // namespace

TEST_CASE("Each police activity is stored with its values and read back as entered", "[police]") {
    PoliceFile police;
    for (const auto& [spec, values] : police.activities()) {
        INFO(spec->table.toStdString());
        const Record stored = insertRecord(police.repository, *spec, values);
        auto found = findRecord(police.repository, *spec, stored.uuid);
        REQUIRE(found.has_value());
        CHECK(found->values == spec->normalized(recordOf(values)).values);
    }
    CHECK(rowCount(police.repository, QStringLiteral("traffic_controls")) == 1);
}

TEST_CASE("A traffic control's focus keeps each code once, in the list's order, and exports as a list",
          "[police]") {
    PoliceFile police;
    QVariantMap values = trafficControlValues(police.municipality, QDate(2022, 3, 15));
    values.insert(QStringLiteral("focus"), QStringLiteral("hastighet, livsstilskriminella,hastighet"));
    insertRecord(police.repository, PoliceRegisters::trafficControls(), values);
    CHECK(scalar(*police.document, QStringLiteral("SELECT focus FROM traffic_controls")).toString() ==
          QStringLiteral("livsstilskriminella,hastighet"));
    const QJsonArray rows = exported(*police.document).value(QStringLiteral("traffic_controls")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("focus")).toArray() ==
          QJsonArray{QStringLiteral("livsstilskriminella"), QStringLiteral("hastighet")});
    // Read as a list, shown by its labels.
    const FieldSpec& focus = PoliceRegisters::trafficControls().field(QStringLiteral("focus"));
    CHECK(focus.displayText(QStringLiteral("livsstilskriminella,hastighet")) ==
          QStringLiteral("Lifestyle criminals, Speed"));
}

TEST_CASE("A focus outside the list, or none at all, is refused naming the field", "[police]") {
    PoliceFile police;
    const RegisterSpec& controls = PoliceRegisters::trafficControls();
    auto unknown = police.repository.insert(
        controls,
        recordOf(merged(trafficControlValues(police.municipality, QDate(2022, 3, 15)),
                        {{QStringLiteral("focus"), QStringLiteral("hastighet,fortkorning")}})),
        Repository::Stamp::Now);
    REQUIRE_FALSE(unknown.ok());
    CHECK_THAT(unknown.message().toStdString(), mentions(QStringLiteral("Focus")));
    CHECK_THAT(unknown.message().toStdString(), mentions(QStringLiteral("fortkorning")));
    auto none = police.repository.insert(
        controls,
        recordOf(merged(trafficControlValues(police.municipality, QDate(2022, 3, 15)),
                        {{QStringLiteral("focus"), QString()}})),
        Repository::Stamp::Now);
    REQUIRE_FALSE(none.ok());
    CHECK_THAT(none.message().toStdString(), mentions(QStringLiteral("Focus")));
    CHECK(rowCount(police.repository, controls.table) == 0);
}

TEST_CASE("An imported focus that is not a list of codes is refused with its table and field, and nothing "
          "changes",
          "[police][import]") {
    PoliceFile police;
    insertRecord(police.repository, PoliceRegisters::trafficControls(),
                 trafficControlValues(police.municipality, QDate(2022, 3, 15)));
    const QString before = contentOf(*police.document);
    QJsonObject root = exported(*police.document);
    QJsonArray rows = root.value(QStringLiteral("traffic_controls")).toArray();
    QJsonObject row = rows.first().toObject();
    row.insert(QStringLiteral("focus"), QStringLiteral("rattfylleri"));
    rows.replace(0, row);
    root.insert(QStringLiteral("traffic_controls"), rows);
    auto imported = JsonImporter::import(police.repository, QJsonDocument(root).toJson());
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("traffic_controls")));
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("focus")));
    CHECK(contentOf(*police.document) == before);
}

TEST_CASE("Every free text of the police registers refuses a personal identity number, naming the field",
          "[police]") {
    PoliceFile police;
    auto all = police.activities();
    all.prepend(
        {&PoliceRegisters::units(), unitValues(police.municipality, QStringLiteral("Rönningeskolan"))});
    // Units: name, address; visits: topic, note; drug operations: place, seizures, note; traffic controls:
    // place, note; information efforts: topic, note.
    CHECK(checkGuardOnFreeText(police.repository, all) == 11);
}

TEST_CASE(
    "Deleting a unit deletes its visits, and deleting a promise leaves its activities, counting for none",
    "[police]") {
    PoliceFile police;
    for (const auto& [spec, values] : police.activities())
        insertRecord(police.repository, *spec, values);
    REQUIRE(police.document->remove(PoliceRegisters::units(), police.school.uuid).ok());
    CHECK(rowCount(police.repository, QStringLiteral("visits")) == 0);

    auto traffic = police.repository.findById(PromiseRegisters::promises(), police.trafficPromise);
    REQUIRE(traffic.ok());
    REQUIRE(police.document->remove(PromiseRegisters::promises(), (*traffic)->uuid).ok());
    CHECK(scalar(*police.document,
                 QStringLiteral("SELECT count(*) FROM traffic_controls WHERE promise_id IS NULL"))
              .toInt() == 1);
    // Undo brings the promise back and the control counts for it again.
    police.document->undoStack()->undo();
    CHECK(scalar(*police.document, QStringLiteral("SELECT promise_id FROM traffic_controls")).toLongLong() ==
          police.trafficPromise);
    police.document->undoStack()->undo();
    CHECK(rowCount(police.repository, QStringLiteral("visits")) == 1);
}

TEST_CASE("Each police activity is one undo step and one row of the audit log", "[police]") {
    PoliceFile police;
    for (const auto& [spec, values] : police.activities()) {
        INFO(spec->table.toStdString());
        const qint64 audit = auditCount(police.repository);
        auto added = police.document->insert(*spec, recordOf(values));
        REQUIRE(added.ok());
        CHECK(auditCount(police.repository) == audit + 1);
        CHECK(countWhere(
                  police.repository,
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND record_uuid = ?"),
                  {spec->table, added->uuid}) == 1);
        police.document->undoStack()->undo();
        CHECK(rowCount(police.repository, spec->table) == 0);
        police.document->undoStack()->redo();
        CHECK(rowCount(police.repository, spec->table) == 1);
    }
}

TEST_CASE("Only a target counted from visits may ask for each unit of a kind", "[police][promises]") {
    PoliceFile police;
    auto wrong = police.repository.insert(
        PromiseRegisters::targets(),
        recordOf(countingTarget(police.trafficPromise, QStringLiteral("traffic_controls"), 2,
                                QStringLiteral("termin"), QStringLiteral("skola"))),
        Repository::Stamp::Now);
    REQUIRE_FALSE(wrong.ok());
    CHECK_THAT(wrong.message().toStdString(), mentions(QStringLiteral("For each unit of kind")));
    insertRecord(police.repository, PromiseRegisters::targets(),
                 countingTarget(police.drugsPromise, QStringLiteral("visits"), 2, QStringLiteral("termin"),
                                QStringLiteral("skola")));
}

TEST_CASE("The police registers come after the promises they count for and are exported under their names",
          "[police][export]") {
    const auto& all = Registry::all();
    const qsizetype promises = all.indexOf(&PromiseRegisters::promises());
    for (const RegisterSpec* spec : PoliceRegisters::activities()) {
        INFO(spec->table.toStdString());
        CHECK(all.indexOf(spec) > promises);
        CHECK(all.indexOf(spec) > all.indexOf(&PoliceRegisters::units()));
        CHECK_FALSE(spec->dateField.isEmpty());
        CHECK(spec->findField(spec->dateField));
        CHECK(PromiseRegisters::targets().field(QStringLiteral("source")).isCode(spec->table));
    }
}
