#include "catchqt.h"
#include "countingdevice.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "everyregister.h"
#include "faults.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "register/registry.h"
#include "testfile.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lk::test::fillEmptyRegisters;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

QJsonObject parsed(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// A file with the Salem template and the demo follow-up, so that every table has rows.
std::unique_ptr<lk::Document> openWithDemoData(const TestFile& file) {
    auto document = file.open();
    const lk::Status filled = lk::DemoData::fill(document->repository(), QStringLiteral("sample"));
    INFO(filled.message().toStdString());
    REQUIRE(filled.ok());
    fillEmptyRegisters(document->repository());
    return document;
}

} // namespace

TEST_CASE("An export holds one list per table and nothing else", "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = openWithDemoData(file);
    const QJsonObject root = parsed(TestFile::exportOf(*document));

    QStringList keys = root.keys();
    keys.sort();
    // Every register's table, and nothing else (no audit log, no settings).
    QStringList expected = lk::Registry::tables();
    CHECK(expected.contains(QStringLiteral("og_cases")));
    expected.sort();
    CHECK(keys == expected);

    for (const lk::RegisterSpec* spec : lk::Registry::all()) {
        INFO(spec->table.toStdString());
        REQUIRE(root.value(spec->table).isArray());
        const qint64 rows =
            scalar(*document, QStringLiteral("SELECT COUNT(*) FROM ") + spec->table).toLongLong();
        CHECK(rows > 0);
        CHECK(root.value(spec->table).toArray().size() == rows);
    }
}

TEST_CASE("A new file's export has every table as a list, empty but for the law's checklist points",
          "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const QJsonObject root = parsed(TestFile::exportOf(*document));
    CHECK(root.size() == lk::Registry::all().size());
    for (const lk::RegisterSpec* spec : lk::Registry::all()) {
        INFO(spec->table.toStdString());
        REQUIRE(root.value(spec->table).isArray());
        // Every file starts with the points a tobacco inspection checks.
        CHECK(root.value(spec->table).toArray().size() ==
              (spec->table == QStringLiteral("checklist_points") ? 8 : 0));
    }
}

TEST_CASE("Each exported record has its uuid, updated_at and one key per field", "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = openWithDemoData(file);
    const QJsonObject root = parsed(TestFile::exportOf(*document));
    for (const lk::RegisterSpec* spec : lk::Registry::all()) {
        QStringList expected{QStringLiteral("uuid"), QStringLiteral("updated_at")};
        for (const lk::FieldSpec& field : spec->fields)
            expected << field.jsonKey();
        expected.sort();
        for (const QJsonValue& row : root.value(spec->table).toArray()) {
            QStringList keys = row.toObject().keys();
            keys.sort();
            INFO(spec->table.toStdString());
            CHECK(keys == expected);
        }
    }
}

TEST_CASE("References are written as the UUID of the record they point at, under a key without _id",
          "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = openWithDemoData(file);
    const QJsonObject root = parsed(TestFile::exportOf(*document));

    int checked = 0;
    for (const lk::RegisterSpec* spec : lk::Registry::all()) {
        for (const lk::FieldSpec& field : spec->fields) {
            if (field.type != lk::FieldType::Reference)
                continue;
            CHECK_FALSE(field.jsonKey().endsWith(QStringLiteral("_id")));
            for (const QJsonValue& value : root.value(spec->table).toArray()) {
                const QJsonObject row = value.toObject();
                CHECK_FALSE(row.contains(field.name));
                // The UUID of the record the stored key points at, looked up independently of the exporter.
                const QString target =
                    scalar(*document,
                           QStringLiteral("SELECT r.uuid FROM ") + spec->table + QStringLiteral(" t JOIN ") +
                               field.references + QStringLiteral(" r ON r.id = t.") + field.name +
                               QStringLiteral(" WHERE t.uuid = ?"),
                           {row.value(QStringLiteral("uuid")).toString()})
                        .toString();
                INFO(spec->table.toStdString() << "." << field.jsonKey().toStdString());
                if (target.isEmpty()) { // a link to nothing, such as a decision's ground, which stays empty
                    CHECK_FALSE(field.isRequired);
                    CHECK(row.value(field.jsonKey()).isNull());
                    continue;
                }
                CHECK(row.value(field.jsonKey()).toString() == target);
                ++checked;
            }
        }
    }
    // Periods, focus areas, promises, targets and statuses each point at something.
    CHECK(checked > 50);
}

TEST_CASE("A promise's focus_area in the export is the UUID of its focus area", "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QJsonObject root = parsed(TestFile::exportOf(*document));
    const QString areaUuid = scalar(*document, QStringLiteral("SELECT uuid FROM focus_areas WHERE title = ?"),
                                    {QStringLiteral("Tryggare hemmiljö")})
                                 .toString();
    REQUIRE_FALSE(areaUuid.isEmpty());

    QStringList titles;
    for (const QJsonValue& value : root.value(QStringLiteral("promises")).toArray()) {
        if (value.toObject().value(QStringLiteral("focus_area")).toString() == areaUuid)
            titles << value.toObject().value(QStringLiteral("title")).toString();
    }
    titles.sort();
    CHECK(titles == QStringList{QStringLiteral("Grannsamverkan"), QStringLiteral("Trafikkontroller")});
}

TEST_CASE("Exported values keep their types: dates as ISO text, numbers as numbers, empty as null",
          "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QJsonObject root = parsed(TestFile::exportOf(*document));

    const QJsonObject period = root.value(QStringLiteral("periods")).toArray().first().toObject();
    CHECK(period.value(QStringLiteral("start_date")).toString() == QStringLiteral("2021-01-01"));
    CHECK(period.value(QStringLiteral("end_date")).toString() == QStringLiteral("2022-12-31"));

    QJsonObject target;
    QJsonObject walks;
    for (const QJsonValue& each : root.value(QStringLiteral("targets")).toArray()) {
        if (each.toObject().value(QStringLiteral("source")).toString() == QStringLiteral("og_meetings"))
            target = each.toObject();
        if (each.toObject().value(QStringLiteral("source")).toString() == QStringLiteral("walks"))
            walks = each.toObject();
    }
    CHECK(target.value(QStringLiteral("quantity")).isDouble());
    CHECK(target.value(QStringLiteral("quantity")).toInteger() == 12);
    CHECK(target.value(QStringLiteral("per")).toString() == QStringLiteral("ar"));
    // Months as a list of numbers; none given (every month) as null.
    CHECK(target.value(QStringLiteral("months")).isNull());
    CHECK(walks.value(QStringLiteral("months")).toArray() == QJsonArray{4, 5, 9, 10});

    for (const QJsonValue& area : root.value(QStringLiteral("focus_areas")).toArray())
        CHECK(area.toObject().value(QStringLiteral("sort_order")).isDouble());

    const QJsonObject municipality =
        root.value(QStringLiteral("municipalities")).toArray().first().toObject();
    CHECK(municipality.contains(QStringLiteral("police_area")));
    CHECK(municipality.value(QStringLiteral("police_area")).isNull());
}

TEST_CASE("Records are listed in the order of their UUIDs, not of their keys", "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = openWithDemoData(file);
    const QJsonObject root = parsed(TestFile::exportOf(*document));
    for (const lk::RegisterSpec* spec : lk::Registry::all()) {
        QStringList uuids;
        for (const QJsonValue& row : root.value(spec->table).toArray())
            uuids << row.toObject().value(QStringLiteral("uuid")).toString();
        QStringList sorted = uuids;
        sorted.sort();
        INFO(spec->table.toStdString());
        CHECK(uuids == sorted);
        // The keys order would give another sequence for the statuses, so the check above means something.
        if (spec->table == QStringLiteral("promise_statuses")) {
            QStringList byKey;
            auto rows = lk::sql::run(document->database().connection(),
                                     QStringLiteral("SELECT uuid FROM promise_statuses ORDER BY id"));
            REQUIRE(rows.ok());
            while (rows->next())
                byKey << rows->value(0).toString();
            CHECK(byKey != uuids);
        }
    }
}

TEST_CASE("Two exports of the same file are byte-identical", "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    QByteArray first;
    {
        auto document = openWithDemoData(file);
        first = TestFile::exportOf(*document);
        CHECK(TestFile::exportOf(*document) == first);
    }
    // Also after closing and opening the file again.
    auto reopened = file.open();
    CHECK(TestFile::exportOf(*reopened) == first);
    CHECK(first.size() > 1000);
}

TEST_CASE("Export, import into an empty file, export again gives the same bytes",
          "[export][import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile source(engine);
    auto original = openWithDemoData(source);
    const QByteArray exported = TestFile::exportOf(*original);

    TestFile target(engine);
    auto copy = target.open();
    auto imported = lk::JsonImporter::import(copy->repository(), exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    qint64 records = 0;
    for (const lk::RegisterSpec* spec : lk::Registry::all())
        records += scalar(*original, QStringLiteral("SELECT COUNT(*) FROM ") + spec->table).toLongLong();
    // The checklist points every new file has are the same records: left as they are.
    const qint64 seeded = scalar(*copy, QStringLiteral("SELECT COUNT(*) FROM checklist_points")).toLongLong();
    CHECK(seeded == 8);
    CHECK(imported->added == records - seeded);
    CHECK(imported->updated == 0);
    CHECK(imported->unchanged == seeded);

    CHECK(TestFile::exportOf(*copy) == exported);
}

TEST_CASE("An export stops with a message rather than write a reference that points nowhere",
          "[export][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    // Damage as only a broken disk or another program could: a promise whose focus area is gone.
    const auto db = document->database().connection();
    lk::test::allowDanglingReferences(db);
    REQUIRE(lk::sql::run(db, QStringLiteral("UPDATE promises SET focus_area_id = 999 WHERE sort_order = 1"))
                .ok());
    auto json = lk::JsonExporter::exportAll(document->repository());
    REQUIRE_FALSE(json.ok());
    CHECK(json.message().contains(QStringLiteral("promises")));
    CHECK(json.message().contains(QStringLiteral("focus_areas")));
}

TEST_CASE("An export is written a record at a time, the same bytes QJsonDocument writes for the whole",
          "[export]") {
    TestFile file;
    auto document = openWithDemoData(file);
    lk::test::CountingDevice device;
    device.open(QIODevice::WriteOnly);
    REQUIRE(lk::JsonExporter::write(document->repository(), device).ok());
    auto whole = lk::JsonExporter::toJson(document->repository());
    REQUIRE(whole.ok());
    const QByteArray expected = QJsonDocument(*whole).toJson(QJsonDocument::Indented);
    CHECK(device.data() == expected);
    // The map and the photo are the largest records; no write holds much more than one of them.
    CHECK(device.largestWrite < expected.size() / 4);
}
