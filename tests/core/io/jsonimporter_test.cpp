#include "catchqt.h"
#include "countingdevice.h"
#include "db/sql.h"
#include "demo/regiondemo.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "privacy/auditbatch.h"
#include "privacy/auditlog.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "testfile.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <functional>

using lk::test::scalar;
using lk::test::TestFile;

namespace {

const QString newMunicipalityUuid = QStringLiteral("5b0c3a1e-8f0d-4c43-9a51-7f7b1f9a0d11");
const QString operativaGruppen = QStringLiteral("Operativa gruppen");

QJsonObject parsed(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QByteArray serialized(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The same content with every table's records in UUID order, the way an export lists them.
QJsonObject inExportOrder(QJsonObject root) {
    for (const QString& table : root.keys()) {
        QJsonArray rows = root.value(table).toArray();
        QList<QJsonValue> list(rows.begin(), rows.end());
        std::sort(list.begin(), list.end(), [](const QJsonValue& a, const QJsonValue& b) {
            return a.toObject().value(QStringLiteral("uuid")).toString() <
                   b.toObject().value(QStringLiteral("uuid")).toString();
        });
        QJsonArray sorted;
        for (const QJsonValue& value : list)
            sorted.append(value);
        root.insert(table, sorted);
    }
    return root;
}

qint64 auditRows(const lk::Document& document) {
    return scalar(document, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

int recordsIn(const QJsonObject& root) {
    int count = 0;
    for (const QJsonValue& table : root)
        count += int(table.toArray().size());
    return count;
}

int indexOfTitle(const QJsonArray& rows, const QString& title) {
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).toObject().value(QStringLiteral("title")).toString() == title)
            return i;
    }
    FAIL("no record titled " << title.toStdString());
    return -1;
}

bool containsWord(const QString& message, const QString& word) {
    return message.contains(
        QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(word) + QStringLiteral("\\b"),
                           QRegularExpression::CaseInsensitiveOption));
}

// The message says in which table, which record (its place in the list, counted from 1, and its UUID) and
// which field the import stopped.
void checkNames(const QString& message, const QString& table, int index, const QString& uuid,
                const QString& field) {
    INFO("message: " << message.toStdString());
    CHECK(containsWord(message, table));
    CHECK(containsWord(message, QStringLiteral("record %1").arg(index + 1)));
    CHECK(message.contains(uuid));
    CHECK(containsWord(message, field));
}

// A Salem file and its export with two harmless changes (a new municipality, a renamed period), so that a
// refused import has written something before it reaches the planted error, and must take it back.
struct ImportCase {
    lk::Engine engine = lk::Engine::Sqlite;
    TestFile file{engine, QStringLiteral("salem-2021-2022")};
    std::unique_ptr<lk::Document> document = file.open();
    QByteArray before = TestFile::exportOf(*document);
    qint64 auditBefore = auditRows(*document);
    QJsonObject json = withHarmlessChanges(parsed(before));

    static QJsonObject withHarmlessChanges(QJsonObject root) {
        QJsonArray municipalities = root.value(QStringLiteral("municipalities")).toArray();
        municipalities.append(
            QJsonObject{{QStringLiteral("uuid"), newMunicipalityUuid},
                        {QStringLiteral("updated_at"), QStringLiteral("2023-01-10T09:00:00Z")},
                        {QStringLiteral("name"), QStringLiteral("Botkyrka kommun")},
                        {QStringLiteral("police_area"), QJsonValue::Null}});
        root.insert(QStringLiteral("municipalities"), municipalities);
        QJsonArray periods = root.value(QStringLiteral("periods")).toArray();
        QJsonObject period = periods.at(0).toObject();
        period.insert(QStringLiteral("name"), QStringLiteral("2021–2022 (reviderad)"));
        periods.replace(0, period);
        root.insert(QStringLiteral("periods"), periods);
        return root;
    }

    QJsonArray rows(const QString& table) const { return json.value(table).toArray(); }

    // Changes the record at `index` of `table`; returns its UUID as it was.
    QString edit(const QString& table, int index, const std::function<void(QJsonObject&)>& change) {
        QJsonArray list = rows(table);
        QJsonObject record = list.at(index).toObject();
        const QString uuid = record.value(QStringLiteral("uuid")).toString();
        change(record);
        list.replace(index, record);
        json.insert(table, list);
        return uuid;
    }

    int promiseIndex() const { return indexOfTitle(rows(QStringLiteral("promises")), operativaGruppen); }

    // Imports `raw`, requires a refusal, and checks that the file holds exactly what it held before.
    QString refused(const QByteArray& raw) {
        auto result = lk::JsonImporter::import(document->repository(), raw);
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.message().isEmpty());
        CHECK(TestFile::exportOf(*document) == before);
        CHECK(auditRows(*document) == auditBefore);
        return result.message();
    }
    QString refused() { return refused(serialized(json)); }
};

} // namespace

TEST_CASE("The harmless changes the refusal tests start from are imported when nothing else is wrong",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    auto result = lk::JsonImporter::import(c.document->repository(), serialized(c.json));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->added == 1);
    CHECK(result->updated == 1);
    CHECK(result->unchanged == recordsIn(c.json) - 2);
    CHECK(TestFile::exportOf(*c.document) != c.before);
    CHECK(auditRows(*c.document) == c.auditBefore + 2);
}

TEST_CASE("Broken JSON is refused with its line and column, and nothing changes", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    // Drop the colon after "name" on the municipality's line.
    QByteArray raw = serialized(c.json);
    const QByteArray good = "\"name\": \"Salems kommun\"";
    const qsizetype at = raw.indexOf(good);
    REQUIRE(at > 0);
    raw.replace(at, good.size(), "\"name\" \"Salems kommun\"");
    const qsizetype offending = at + qsizetype(qstrlen("\"name\" ")); // where the colon should have been
    const int line = int(raw.left(offending).count('\n')) + 1;
    const int column = int(offending - raw.left(offending).lastIndexOf('\n'));
    REQUIRE(line > 2);

    const QString message = c.refused(raw);
    INFO("message: " << message.toStdString());
    CHECK(containsWord(message, QStringLiteral("line %1").arg(line)));
    // Qt's parser reports the offset just after the character it could not use, so one column later is fine.
    const QRegularExpressionMatch reported =
        QRegularExpression(QStringLiteral("column (\\d+)")).match(message);
    REQUIRE(reported.hasMatch());
    const int reportedColumn = reported.captured(1).toInt();
    CHECK(reportedColumn >= column);
    CHECK(reportedColumn <= column + 1);
}

TEST_CASE("A JSON list at the top instead of an object is refused, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const QByteArray raw =
        QJsonDocument(QJsonArray{c.json.value(QStringLiteral("municipalities")).toArray()}).toJson();
    c.refused(raw);
}

TEST_CASE("An unknown table is refused by name, and nothing changes", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    c.json.insert(QStringLiteral("tobacco_shops"), QJsonArray{});
    const QString message = c.refused();
    INFO("message: " << message.toStdString());
    CHECK(message.contains(QStringLiteral("tobacco_shops")));
}

TEST_CASE("A table that is not a list is refused by name, and nothing changes", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    c.json.insert(QStringLiteral("targets"), QJsonObject{});
    const QString message = c.refused();
    INFO("message: " << message.toStdString());
    CHECK(containsWord(message, QStringLiteral("targets")));
}

TEST_CASE("A record that is not an object is refused with its table and place, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    QJsonArray promises = c.rows(QStringLiteral("promises"));
    promises.append(QStringLiteral("Trygghetsvandringar"));
    c.json.insert(QStringLiteral("promises"), promises);
    const QString message = c.refused();
    INFO("message: " << message.toStdString());
    CHECK(containsWord(message, QStringLiteral("promises")));
    CHECK(containsWord(message, QStringLiteral("record %1").arg(promises.size())));
}

TEST_CASE("An unknown field is refused with table, record and field, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const int index = c.promiseIndex();
    const QString uuid = c.edit(QStringLiteral("promises"), index, [](QJsonObject& r) {
        r.insert(QStringLiteral("colour"), QStringLiteral("red"));
    });
    checkNames(c.refused(), QStringLiteral("promises"), index, uuid, QStringLiteral("colour"));
}

TEST_CASE("Text where a whole number belongs is refused with table, record and field, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const int index = c.promiseIndex();
    const QString uuid = c.edit(QStringLiteral("promises"), index, [](QJsonObject& r) {
        r.insert(QStringLiteral("sort_order"), QStringLiteral("3"));
    });
    checkNames(c.refused(), QStringLiteral("promises"), index, uuid, QStringLiteral("sort_order"));
}

TEST_CASE(
    "A whole number beyond the field's range, however large, is refused with the range, and nothing changes",
    "[import]") {
    // 1e300 and -9.3e18 were once turned into a qint64 before any check: undefined behaviour (tests/fuzz).
    for (const double number : {1e300, -1e300, -9.3e18, 9223372036854775808.0, 3e9, -1.0}) {
        INFO(number);
        ImportCase c;
        const int index = c.promiseIndex();
        const QString uuid = c.edit(QStringLiteral("promises"), index, [number](QJsonObject& r) {
            r.insert(QStringLiteral("sort_order"), number);
        });
        const QString message = c.refused();
        checkNames(message, QStringLiteral("promises"), index, uuid, QStringLiteral("sort_order"));
        CHECK(message.contains(QStringLiteral("from 0 to 2147483647")));
    }
}

TEST_CASE("A code outside the list is refused with table, record, field and value, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const int index = c.promiseIndex();
    const QString uuid = c.edit(QStringLiteral("promises"), index, [](QJsonObject& r) {
        r.insert(QStringLiteral("responsible"), QStringLiteral("kommun"));
    });
    const QString message = c.refused();
    checkNames(message, QStringLiteral("promises"), index, uuid, QStringLiteral("responsible"));
    CHECK(containsWord(message, QStringLiteral("kommun")));
}

TEST_CASE("A missing required field is refused with table, record and field, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const int index = c.promiseIndex();
    const QString uuid =
        c.edit(QStringLiteral("promises"), index, [](QJsonObject& r) { r.remove(QStringLiteral("text")); });
    // The field is named as the file names it ("text"), since that is where the user has to look.
    checkNames(c.refused(), QStringLiteral("promises"), index, uuid, QStringLiteral("text"));
}

TEST_CASE("A reference to a UUID that exists nowhere is refused with table, record, field and UUID",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const int index = c.promiseIndex();
    const QString missing = QStringLiteral("0d6f9c55-3b1a-4f2e-8c7d-9e0a1b2c3d4e");
    const QString uuid = c.edit(QStringLiteral("promises"), index,
                                [&](QJsonObject& r) { r.insert(QStringLiteral("focus_area"), missing); });
    const QString message = c.refused();
    checkNames(message, QStringLiteral("promises"), index, uuid, QStringLiteral("focus_area"));
    CHECK(message.contains(missing));
}

TEST_CASE("A UUID that appears twice in a table is refused at its second place, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    QJsonArray promises = c.rows(QStringLiteral("promises"));
    QJsonObject twin = promises.at(c.promiseIndex()).toObject();
    twin.insert(QStringLiteral("title"), QStringLiteral("Operativa gruppen, kopia"));
    promises.append(twin);
    c.json.insert(QStringLiteral("promises"), promises);
    const QString message = c.refused();
    checkNames(message, QStringLiteral("promises"), int(promises.size()) - 1,
               twin.value(QStringLiteral("uuid")).toString(), QStringLiteral("uuid"));
}

TEST_CASE("An invalid uuid is refused with table, record and field, and nothing changes",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const int index = c.promiseIndex();
    c.edit(QStringLiteral("promises"), index,
           [](QJsonObject& r) { r.insert(QStringLiteral("uuid"), QStringLiteral("not-a-uuid")); });
    checkNames(c.refused(), QStringLiteral("promises"), index, QStringLiteral("not-a-uuid"),
               QStringLiteral("uuid"));
}

TEST_CASE("An error in the last table takes back everything the import wrote before it",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    // Many valid records first: a new promise and a status report for each existing promise.
    QJsonArray promises = c.rows(QStringLiteral("promises"));
    QJsonObject extra = promises.at(0).toObject();
    extra.insert(QStringLiteral("uuid"), QStringLiteral("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
    extra.insert(QStringLiteral("title"), QStringLiteral("Ny promenad"));
    promises.append(extra);
    c.json.insert(QStringLiteral("promises"), promises);
    QJsonArray statuses;
    for (const QJsonValue& promise : promises) {
        statuses.append(
            QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("promise"), promise.toObject().value(QStringLiteral("uuid"))},
                        {QStringLiteral("reported_on"), QStringLiteral("2021-04-30")},
                        {QStringLiteral("status"), QStringLiteral("paborjad")},
                        {QStringLiteral("comment"), QJsonValue::Null}});
    }
    QJsonObject last = statuses.last().toObject();
    last.insert(QStringLiteral("status"), QStringLiteral("klar"));
    statuses.replace(statuses.size() - 1, last);
    c.json.insert(QStringLiteral("promise_statuses"), statuses);

    checkNames(c.refused(), QStringLiteral("promise_statuses"), int(statuses.size()) - 1,
               last.value(QStringLiteral("uuid")).toString(), QStringLiteral("status"));
    CHECK(scalar(*c.document, QStringLiteral("SELECT COUNT(*) FROM promise_statuses")).toLongLong() == 0);
    CHECK(scalar(*c.document, QStringLiteral("SELECT COUNT(*) FROM municipalities")).toLongLong() == 1);
}

TEST_CASE("Importing a file's own export again adds and changes nothing", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const qint64 records = recordsIn(parsed(c.before));
    REQUIRE(records > 10);
    auto result = lk::JsonImporter::import(c.document->repository(), c.before);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->added == 0);
    CHECK(result->updated == 0);
    CHECK(result->unchanged == records);
    CHECK(result->tables.isEmpty());
    CHECK(TestFile::exportOf(*c.document) == c.before);
    CHECK(auditRows(*c.document) == c.auditBefore);
}

TEST_CASE("A record sent without its manual position keeps its place and counts as unchanged (fuzz finding)",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    QJsonObject json = parsed(c.before);
    QJsonArray promises = json.value(QStringLiteral("promises")).toArray();
    const int index = indexOfTitle(promises, operativaGruppen);
    QJsonObject promise = promises.at(index).toObject();
    REQUIRE(promise.contains(QStringLiteral("sort_order")));
    promise.remove(QStringLiteral("sort_order"));
    promises.replace(index, promise);
    json.insert(QStringLiteral("promises"), promises);

    // Before, such a record was written again (with an audit row that changed nothing) at every import.
    for (int time = 1; time <= 2; ++time) {
        auto result = lk::JsonImporter::import(c.document->repository(), serialized(json));
        INFO(result.message().toStdString());
        REQUIRE(result.ok());
        CHECK(result->updated == 0);
        CHECK(result->unchanged == recordsIn(json));
        CHECK(TestFile::exportOf(*c.document) == c.before);
        CHECK(auditRows(*c.document) == c.auditBefore);
    }
}

TEST_CASE("A changed field in an export updates that one record", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    QJsonObject json = parsed(c.before);
    QJsonArray promises = json.value(QStringLiteral("promises")).toArray();
    const int index = indexOfTitle(promises, operativaGruppen);
    QJsonObject promise = promises.at(index).toObject();
    const QString uuid = promise.value(QStringLiteral("uuid")).toString();
    promise.insert(QStringLiteral("title"), QStringLiteral("Operativa gruppen (OG)"));
    promises.replace(index, promise);
    json.insert(QStringLiteral("promises"), promises);

    auto result = lk::JsonImporter::import(c.document->repository(), serialized(json));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->added == 0);
    CHECK(result->updated == 1);
    CHECK(result->unchanged == recordsIn(json) - 1);
    CHECK(result->tables == QSet<QString>{QStringLiteral("promises")});
    CHECK(
        scalar(*c.document, QStringLiteral("SELECT title FROM promises WHERE uuid = ?"), {uuid}).toString() ==
        QStringLiteral("Operativa gruppen (OG)"));
    CHECK(scalar(*c.document, QStringLiteral("SELECT COUNT(*) FROM promises")).toLongLong() ==
          promises.size());
    CHECK(auditRows(*c.document) == c.auditBefore + 1);
    CHECK(scalar(*c.document, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("update"));
    // The file now exports what was imported.
    CHECK(TestFile::exportOf(*c.document) == serialized(json));
}

TEST_CASE("New records in an export are added and may point at existing ones and at each other",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    QJsonObject json = parsed(c.before);
    const QString periodUuid = json.value(QStringLiteral("periods"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("uuid"))
                                   .toString();
    const QString areaUuid = QStringLiteral("3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d");
    const QString promiseUuid = QStringLiteral("4b5c6d7e-8f9a-4b1c-8d2e-3f4a5b6c7d8e");

    QJsonArray areas = json.value(QStringLiteral("focus_areas")).toArray();
    areas.append(QJsonObject{{QStringLiteral("uuid"), areaUuid},
                             {QStringLiteral("updated_at"), QStringLiteral("2022-02-01T08:00:00Z")},
                             {QStringLiteral("period"), periodUuid},
                             {QStringLiteral("sort_order"), 3},
                             {QStringLiteral("title"), QStringLiteral("Trafiksäkerhet")},
                             {QStringLiteral("situation"), QJsonValue::Null}});
    json.insert(QStringLiteral("focus_areas"), areas);
    QJsonArray promises = json.value(QStringLiteral("promises")).toArray();
    promises.append(
        QJsonObject{{QStringLiteral("uuid"), promiseUuid},
                    {QStringLiteral("updated_at"), QStringLiteral("2022-02-01T08:00:00Z")},
                    {QStringLiteral("focus_area"), areaUuid},
                    {QStringLiteral("sort_order"), 1},
                    {QStringLiteral("title"), QStringLiteral("Hastighetskontroller vid skolor")},
                    {QStringLiteral("aim"), QJsonValue::Null},
                    {QStringLiteral("text"), QStringLiteral("Kontrollera hastigheten vid skolorna.")},
                    {QStringLiteral("responsible"), QStringLiteral("polisen")},
                    {QStringLiteral("report_text"), QJsonValue::Null},
                    {QStringLiteral("next_steps"), QJsonValue::Null}});
    json.insert(QStringLiteral("promises"), promises);

    auto result = lk::JsonImporter::import(c.document->repository(), serialized(json));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->added == 2);
    CHECK(result->updated == 0);
    CHECK(result->unchanged == recordsIn(json) - 2);
    CHECK(result->tables == QSet<QString>{QStringLiteral("focus_areas"), QStringLiteral("promises")});
    CHECK(scalar(*c.document,
                 QStringLiteral("SELECT f.uuid FROM promises p JOIN focus_areas f ON f.id = p.focus_area_id "
                                "WHERE p.uuid = ?"),
                 {promiseUuid})
              .toString() == areaUuid);
    CHECK(scalar(*c.document,
                 QStringLiteral("SELECT p.uuid FROM focus_areas f JOIN periods p ON p.id = f.period_id "
                                "WHERE f.uuid = ?"),
                 {areaUuid})
              .toString() == periodUuid);
    CHECK(auditRows(*c.document) == c.auditBefore + 2);
    CHECK(TestFile::exportOf(*c.document) == serialized(inExportOrder(json)));
}

TEST_CASE("Fields that are not required may be left out of a new record", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    QJsonObject json = parsed(c.before);
    const QString periodUuid = json.value(QStringLiteral("periods"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("uuid"))
                                   .toString();
    const QString areaUuid = QStringLiteral("6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a");
    QJsonArray areas = json.value(QStringLiteral("focus_areas")).toArray();
    // No updated_at, no sort_order, no situation: none of them is required.
    areas.append(QJsonObject{{QStringLiteral("uuid"), areaUuid},
                             {QStringLiteral("period"), periodUuid},
                             {QStringLiteral("title"), QStringLiteral("Trafiksäkerhet")}});
    json.insert(QStringLiteral("focus_areas"), areas);

    auto result = lk::JsonImporter::import(c.document->repository(), serialized(json));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->added == 1);
    CHECK(scalar(*c.document, QStringLiteral("SELECT title FROM focus_areas WHERE uuid = ?"), {areaUuid})
              .toString() == QStringLiteral("Trafiksäkerhet"));
    CHECK(scalar(*c.document, QStringLiteral("SELECT situation FROM focus_areas WHERE uuid = ?"), {areaUuid})
              .isNull());
    CHECK_FALSE(
        scalar(*c.document, QStringLiteral("SELECT updated_at FROM focus_areas WHERE uuid = ?"), {areaUuid})
            .toString()
            .isEmpty());
}

TEST_CASE("UUIDs are matched whatever their case, in records and in references alike", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    // The same export with every UUID in capitals, as another tool may write them.
    QByteArray upper = c.before;
    const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString text = QString::fromUtf8(upper);
    qsizetype replaced = 0;
    for (const QRegularExpressionMatch& match : uuid.globalMatch(QString::fromUtf8(c.before))) {
        text.replace(match.captured(0), match.captured(0).toUpper());
        ++replaced;
    }
    REQUIRE(replaced > 20);
    upper = text.toUtf8();
    REQUIRE(upper != c.before);

    auto result = lk::JsonImporter::import(c.document->repository(), upper);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->added == 0);
    CHECK(result->updated == 0);
    CHECK(result->unchanged == recordsIn(parsed(c.before)));
    CHECK(TestFile::exportOf(*c.document) == c.before);
}

TEST_CASE("An import keeps the records of the file that the export does not mention", "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile salem(engine, QStringLiteral("salem-2021-2022"));
    QByteArray salemExport;
    {
        auto source = salem.open();
        salemExport = TestFile::exportOf(*source);
    }
    TestFile file(engine);
    auto document = file.open();
    lk::Record own;
    own.values = {{QStringLiteral("name"), QStringLiteral("Nykvarns kommun")}};
    auto inserted = document->insert(lk::PromiseRegisters::municipalities(), own);
    REQUIRE(inserted.ok());

    auto result = lk::JsonImporter::import(document->repository(), salemExport);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    // Both files have the law's checklist points from the start.
    CHECK(result->added == recordsIn(parsed(salemExport)) - 8);
    CHECK(result->unchanged == 8);
    CHECK(
        scalar(*document, QStringLiteral("SELECT name FROM municipalities WHERE uuid = ?"), {inserted->uuid})
            .toString() == QStringLiteral("Nykvarns kommun"));
    CHECK(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM municipalities")).toLongLong() == 2);
}

TEST_CASE("A text that starts with a byte order mark is refused by its field, never stored without it",
          "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    // Qt's JSON reader would drop U+FEFF at the start of a string: the text would be stored changed.
    ImportCase c{engine};
    const int index = c.promiseIndex();
    const QString uuid = c.edit(QStringLiteral("promises"), index, [](QJsonObject& r) {
        r.insert(QStringLiteral("report_text"), QStringLiteral("MARKInledande märke"));
    });
    QByteArray raw = serialized(c.json);
    raw.replace("MARK", "\xEF\xBB\xBF");
    const QByteArray withFileMark = QByteArray("\xEF\xBB\xBF") + raw; // a mark of the file's own as well
    for (const QByteArray& file : {raw, withFileMark}) {
        const QString message = c.refused(file);
        checkNames(message, QStringLiteral("promises"), index, uuid, QStringLiteral("report_text"));
        CHECK(message.contains(QStringLiteral("U+FEFF")));
    }
    // Written as the escape \ufeff it is the same text, refused the same way.
    QByteArray escaped = serialized(c.json);
    escaped.replace("MARK", "\\ufeff");
    CHECK(c.refused(escaped).contains(QStringLiteral("U+FEFF")));
}

TEST_CASE("Months that are no list of month numbers are refused with table, record and field, and nothing "
          "changes",
          "[import][months]") {
    for (const QJsonValue& wrong :
         {QJsonValue(QStringLiteral("3,4,5")), QJsonValue(QJsonArray{3, 13}), QJsonValue(QJsonArray{0}),
          QJsonValue(QJsonArray{4.5}), QJsonValue(QJsonArray{QStringLiteral("mars")}), QJsonValue(11),
          QJsonValue(true), QJsonValue(QJsonObject{{QStringLiteral("11"), true}})}) {
        INFO(QJsonDocument(QJsonArray{wrong}).toJson(QJsonDocument::Compact).toStdString());
        ImportCase c;
        const QString uuid = c.edit(QStringLiteral("targets"), 0,
                                    [&wrong](QJsonObject& r) { r.insert(QStringLiteral("months"), wrong); });
        const QString message = c.refused();
        checkNames(message, QStringLiteral("targets"), 0, uuid, QStringLiteral("months"));
        CHECK(message.contains(QStringLiteral("a list of months")));
    }
}

TEST_CASE("A target's months go out as a list of numbers and come back the same, in any order given",
          "[import][months][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    ImportCase c;
    const QString uuid = c.edit(QStringLiteral("targets"), 0, [](QJsonObject& r) {
        r.insert(QStringLiteral("months"), QJsonArray{10, 9, 3, 3});
    });
    auto result = lk::JsonImporter::import(c.document->repository(), serialized(c.json));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(
        scalar(*c.document, QStringLiteral("SELECT months FROM targets WHERE uuid = ?"), {uuid}).toString() ==
        QStringLiteral("3,9,10"));
    const QByteArray exported = TestFile::exportOf(*c.document);
    for (const QJsonValue& target : parsed(exported).value(QStringLiteral("targets")).toArray()) {
        if (target.toObject().value(QStringLiteral("uuid")).toString() == uuid)
            CHECK(target.toObject().value(QStringLiteral("months")).toArray() == QJsonArray{3, 9, 10});
    }
    // Into an empty file and out again: the same bytes.
    TestFile copyFile(engine, QStringLiteral("empty"));
    auto copy = copyFile.open();
    REQUIRE(lk::JsonImporter::import(copy->repository(), exported).ok());
    CHECK(TestFile::exportOf(*copy) == exported);
    // Every month again: null.
    c.edit(QStringLiteral("targets"), 0,
           [](QJsonObject& r) { r.insert(QStringLiteral("months"), QJsonArray{}); });
    REQUIRE(lk::JsonImporter::import(c.document->repository(), serialized(c.json)).ok());
    CHECK(scalar(*c.document, QStringLiteral("SELECT months IS NULL FROM targets WHERE uuid = ?"), {uuid})
              .toInt() == 1);
}

TEST_CASE("An import reads its file in pieces, never whole, and adds every record of a large export",
          "[import]") {
    TestFile source;
    auto region = source.open();
    REQUIRE(lk::RegionDemo::fill(region->repository(), lk::RegionDemo::Extent{2, 1}).ok());
    const QByteArray exported = TestFile::exportOf(*region);
    REQUIRE(exported.size() > 512 * 1024);

    TestFile target;
    auto document = target.open();
    lk::test::CountingDevice device;
    device.setData(exported);
    device.open(QIODevice::ReadOnly);
    auto imported = lk::JsonImporter::import(document->repository(), device);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(device.largestRead <= 64 * 1024);
    CHECK(TestFile::exportOf(*document) == exported);
}

TEST_CASE("A UUID named twice in a table that was empty is refused at its second place", "[import]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    QJsonObject root = parsed(TestFile::exportOf(*document));
    QJsonArray statuses;
    const QString promise = root.value(QStringLiteral("promises"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("uuid"))
                                .toString();
    for (int i = 0; i < 2; ++i)
        statuses.append(
            QJsonObject{{QStringLiteral("uuid"), QStringLiteral("0d6c1c58-1111-4e3a-9c1e-2b1d4f5a6e7c")},
                        {QStringLiteral("promise"), promise},
                        {QStringLiteral("reported_on"), QStringLiteral("2021-04-30")},
                        {QStringLiteral("status"), QStringLiteral("paborjad")},
                        {QStringLiteral("comment"), QStringLiteral("Tertial %1").arg(i + 1)}});
    root.insert(QStringLiteral("promise_statuses"), statuses);
    const QByteArray before = TestFile::exportOf(*document);
    auto refused = lk::JsonImporter::import(document->repository(), serialized(root));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("record 2")));
    CHECK(refused.message().contains(QStringLiteral("twice")));
    CHECK(TestFile::exportOf(*document) == before);
}

TEST_CASE(
    "An import into empty tables writes one change-log row per record, in order, with its stored values",
    "[import][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    // Records enough for several statements of audit rows in a table.
    TestFile source;
    auto region = source.open();
    REQUIRE(lk::RegionDemo::fill(region->repository(), lk::RegionDemo::Extent{1, 1}).ok());
    const QByteArray exported = TestFile::exportOf(*region);

    TestFile target(engine);
    auto document = target.open();
    const lk::Repository repository = document->repository();
    const qint64 last =
        lk::sql::scalar(repository.database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"))
            ->toLongLong();
    auto imported = lk::JsonImporter::import(repository, exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());

    // The audit rows are written many to a statement (AuditBatch): each record still has its own, in the
    // order the records went in, with the values as stored.
    auto rows =
        lk::sql::run(repository.database(),
                     QStringLiteral("SELECT action, table_name, record_uuid, new_values FROM audit_log "
                                    "WHERE id > ? ORDER BY id"),
                     {last});
    REQUIRE(rows.ok());
    int count = 0;
    QHash<QString, qint64> lastId;
    while (rows->next()) {
        const lk::RegisterSpec* spec = lk::Registry::byTable(rows->value(1).toString());
        REQUIRE(spec);
        INFO(spec->table.toStdString() << " " << rows->value(2).toString().toStdString());
        CHECK(rows->value(0).toString() == QStringLiteral("insert"));
        auto stored = repository.find(*spec, rows->value(2).toString());
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        CHECK(rows->value(3).toString() == lk::AuditLog::valuesJson(*spec, **stored));
        CHECK((*stored)->id > lastId.value(spec->table));
        lastId.insert(spec->table, (*stored)->id);
        ++count;
    }
    CHECK(count == imported->added);
    CHECK(count > 10 * lk::AuditBatch::size);
}
