#include "demo/demodata.h"
#include "everyregister.h"
#include "io/jsonimporter.h"
#include "og/retention.h"
#include "recordingprogress.h"
#include "search/fts5index.h"
#include "search/searchfields.h"
#include "searchfixture.h"
#include "walks/walkregisters.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace lk;
using namespace lk::test;

namespace {

QVariantMap placeValues(qint64 municipality, const QString& name, const QString& description) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("category"), QStringLiteral("belysning")},
            {QStringLiteral("description"), description}};
}

Record findRecordById(const Repository& repository, const RegisterSpec& spec, qint64 id) {
    auto found = repository.findById(spec, id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

QByteArray fileBytes(const QString& path) {
    QByteArray bytes;
    for (const QString& name :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile file(name);
        if (file.exists()) {
            REQUIRE(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
    }
    return bytes;
}

// What the index holds, told by the records' UUIDs (keys and municipality ids differ from file to file): one
// line per indexed record with its register, UUID, title, text and its municipality's UUID.
QSet<QString> indexedTexts(const Repository& repository) {
    QSet<QString> texts;
    auto registers = SearchIndex::numbers(repository.database());
    REQUIRE(registers.ok());
    for (auto it = registers->cbegin(); it != registers->cend(); ++it) {
        auto rows =
            sql::run(repository.database(),
                     QStringLiteral("SELECT t.uuid, s.title, s.body, COALESCE(m.uuid, s.scope) FROM "
                                    "search_index s JOIN %1 t ON s.rowid = (? << 40) + t.id LEFT JOIN "
                                    "municipalities m ON s.scope = 'm' || m.id")
                         .arg(it.key()),
                     {it.value()});
        REQUIRE(rows.ok());
        while (rows->next())
            texts.insert(QStringList{it.key(), rows->value(0).toString(), rows->value(1).toString(),
                                     rows->value(2).toString(), rows->value(3).toString()}
                             .join(u'|'));
    }
    // No row of the index without its record.
    CHECK(countWhere(repository, QStringLiteral("SELECT count(*) FROM search_index")) == texts.size());
    return texts;
}

// The search triggers as the file holds them, by name.
QStringList searchTriggers(const Repository& repository) {
    auto rows =
        sql::run(repository.database(),
                 QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND name LIKE 'search!_%' ESCAPE '!' ORDER BY name"));
    REQUIRE(rows.ok());
    QStringList triggers;
    while (rows->next())
        triggers << rows->value(0).toString();
    return triggers;
}

// A file with a record in every register, its words indexed row by row as they were written.
struct EveryRegisterFile {
    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    EveryRegisterFile() {
        REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok());
        fillEmptyRegisters(repository);
    }
};

} // namespace

TEST_CASE("An import into an empty file indexes every record as the row-by-row triggers do, and keeps "
          "them",
          "[search][import][sqlite]") {
    EveryRegisterFile source;
    const QSet<QString> expected = indexedTexts(source.repository);
    REQUIRE(expected.size() > 500);
    TestFile target;
    auto document = target.open();
    const Repository repository = document->repository();
    const QStringList triggers = searchTriggers(repository);
    REQUIRE(triggers.size() > 60);
    auto imported = JsonImporter::import(repository, TestFile::exportOf(*source.document));
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(indexedTexts(repository) == expected);
    // The registers index their new rows one by one again.
    CHECK(searchTriggers(repository) == triggers);
    const qint64 municipality = countWhere(repository, QStringLiteral("SELECT min(id) FROM municipalities"));
    const Record place = insertRecord(repository, WalkRegisters::places(),
                                      placeValues(municipality, QStringLiteral("Gångtunneln"),
                                                  QStringLiteral("Mörk och klottrad efter importen")));
    CHECK(hitUuids(repository, QStringLiteral("klottrad")) == QStringList{place.uuid});
}

TEST_CASE("An import into a file that has records indexes what it adds and changes, and nothing twice",
          "[search][import][sqlite]") {
    SearchFile file;
    TestFile other;
    auto document = other.open();
    const Repository repository = document->repository();
    REQUIRE(JsonImporter::import(repository, TestFile::exportOf(*file.document)).ok());
    // There: the meeting's minutes changed, and a second meeting and a case added to the registers this file
    // already has records of.
    Record changed = file.meeting;
    changed.values.insert(QStringLiteral("minutes"), QStringLiteral("Lugnt vid torget numera."));
    REQUIRE(
        file.repository.update(OgRegisters::meetings(), file.meeting, changed, Repository::Stamp::Now).ok());
    const Record added = insertRecord(
        file.repository, OgRegisters::meetings(),
        merged(meetingValues(file.municipality, QDate(2021, 5, 10)),
               {{QStringLiteral("minutes"), QStringLiteral("Skadegörelse vid idrottshallen.")}}));
    auto imported = JsonImporter::import(repository, TestFile::exportOf(*file.document));
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->added == 1);
    CHECK(imported->updated == 1);
    CHECK(indexedTexts(repository) == indexedTexts(file.repository));
    CHECK(hitUuids(repository, QStringLiteral("busstationen")).isEmpty());
    CHECK(hitUuids(repository, QStringLiteral("torget")) == QStringList{file.meeting.uuid});
    CHECK(hitUuids(repository, QStringLiteral("idrottshallen")) == QStringList{added.uuid});
}

TEST_CASE("An import stopped halfway, or refused at its end, leaves the index and its triggers as they were",
          "[search][import][sqlite]") {
    EveryRegisterFile source;
    QByteArray exported = TestFile::exportOf(*source.document);
    TestFile target(QStringLiteral("salem-2021-2022"));
    auto document = target.open();
    const Repository repository = document->repository();
    const QSet<QString> texts = indexedTexts(repository);
    const QStringList triggers = searchTriggers(repository);

    RecordingProgress progress;
    progress.stopHalfwayThrough(QCoreApplication::translate("lk::JsonImporter", "Importing the records"));
    auto stopped = JsonImporter::import(repository, exported, JsonImporter::Mode::Apply, progress);
    REQUIRE_FALSE(stopped.ok());
    CHECK(Progress::isStopped(stopped.error()));
    CHECK(indexedTexts(repository) == texts);
    CHECK(searchTriggers(repository) == triggers);

    // A field this version does not know in the last record of the last register read (the tables are read
    // in the registers' order): refused after every other record was written and indexed.
    QJsonObject root = QJsonDocument::fromJson(exported).object();
    const auto last =
        std::find_if(Registry::all().crbegin(), Registry::all().crend(), [&root](const RegisterSpec* spec) {
            return !root.value(spec->table).toArray().isEmpty();
        });
    REQUIRE(last != Registry::all().crend());
    QJsonArray rows = root.value((*last)->table).toArray();
    QJsonObject record = rows.last().toObject();
    record.insert(QStringLiteral("zz_unknown"), 1);
    rows.replace(rows.size() - 1, record);
    root.insert((*last)->table, rows);
    auto refused = JsonImporter::import(repository, QJsonDocument(root).toJson());
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(QStringLiteral("zz_unknown")));
    REQUIRE_FALSE(refused.ok());
    CHECK(indexedTexts(repository) == texts);
    CHECK(searchTriggers(repository) == triggers);

    // A preview writes everything and takes it back.
    exported = TestFile::exportOf(*source.document);
    REQUIRE(JsonImporter::import(repository, exported, JsonImporter::Mode::Preview).ok());
    CHECK(indexedTexts(repository) == texts);
    CHECK(searchTriggers(repository) == triggers);
}

TEST_CASE("Every register with searched text has its triggers, and every searched field is found",
          "[search][sqlite]") {
    TestFile file;
    auto document = file.open();
    const Repository repository = document->repository();
    REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok());
    fillEmptyRegisters(repository);
    int registers = 0;
    for (const RegisterSpec* spec : Registry::all()) {
        const SearchFields fields(*spec);
        INFO(spec->table.toStdString());
        for (const QString& change :
             {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")})
            CHECK(countWhere(repository,
                             QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                            "name = ?"),
                             {QStringLiteral("search_%1_%2").arg(spec->table, change)}) ==
                  (fields.searched() ? 1 : 0));
        if (!fields.searched())
            continue;
        ++registers;
        // A word of its own in each field, written past the program's rules: the trigger still sees it.
        const QString uuid = sql::scalar(repository.database(),
                                         QStringLiteral("SELECT uuid FROM %1 ORDER BY id").arg(spec->table))
                                 ->toString();
        for (const FieldSpec* field : fields.textFields()) {
            INFO(field->name.toStdString());
            const QString word = QStringLiteral("Ordet%1x%2").arg(spec->table, field->name).remove(u'_');
            REQUIRE(
                sql::run(repository.database(),
                         QStringLiteral("UPDATE %1 SET %2 = ? WHERE uuid = ?").arg(spec->table, field->name),
                         {word, uuid})
                    .ok());
            const SearchResult result = searched(repository, word);
            REQUIRE(result.groups.size() == 1);
            CHECK(result.groups.first().spec == spec);
            CHECK(hitUuids(result) == QStringList{uuid});
        }
    }
    // Most registers hold text: the organisations at a meeting, counts and values are left out.
    CHECK(registers >= 20);
    CHECK_FALSE(SearchFields(OgRegisters::attendance()).searched());
}

TEST_CASE("The index follows inserts, edits and deletes, and their undo and redo", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    Document& document = *salem.document;
    const Repository& repository = salem.repository;
    auto inserted = document.insert(WalkRegisters::places(),
                                    recordOf(placeValues(salem.municipality, QStringLiteral("Gångtunneln"),
                                                         QStringLiteral("Trasig lampa."))));
    REQUIRE(inserted.ok());
    const QString uuid = inserted->uuid;
    CHECK(hitUuids(repository, QStringLiteral("gångtunneln")) == QStringList{uuid});

    REQUIRE(
        document
            .update(WalkRegisters::places(), uuid, {{QStringLiteral("name"), QStringLiteral("Viadukten")}})
            .ok());
    CHECK(hitUuids(repository, QStringLiteral("gångtunneln")).isEmpty());
    CHECK(hitUuids(repository, QStringLiteral("viadukten")) == QStringList{uuid});
    CHECK(hitUuids(repository, QStringLiteral("lampa")) == QStringList{uuid});

    document.undoStack()->undo();
    CHECK(hitUuids(repository, QStringLiteral("gångtunneln")) == QStringList{uuid});
    CHECK(hitUuids(repository, QStringLiteral("viadukten")).isEmpty());
    document.undoStack()->redo();
    CHECK(hitUuids(repository, QStringLiteral("viadukten")) == QStringList{uuid});

    REQUIRE(document.remove(WalkRegisters::places(), uuid).ok());
    CHECK(hitUuids(repository, QStringLiteral("viadukten")).isEmpty());
    CHECK(hitUuids(repository, QStringLiteral("lampa")).isEmpty());
    CHECK(indexRowsOf(repository, places::table) == rowCount(repository, places::table));

    document.undoStack()->undo();
    CHECK(hitUuids(repository, QStringLiteral("viadukten")) == QStringList{uuid});
    CHECK(hitUuids(repository, QStringLiteral("lampa")) == QStringList{uuid});
}

TEST_CASE("Deleting a meeting takes its discussions out of the index, and undo puts them back",
          "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    Document& document = *file.document;
    const Repository& repository = file.repository;
    CHECK(hitUuids(repository, QStringLiteral("bageri")) == QStringList{file.discussion.uuid});

    REQUIRE(document.remove(OgRegisters::meetings(), file.meeting.uuid).ok());
    CHECK(hitUuids(repository, QStringLiteral("bageri")).isEmpty());
    CHECK(hitUuids(repository, QStringLiteral("busstationen")).isEmpty());
    CHECK(indexRowsOf(repository, ogCaseNotes::table) == 0);

    document.undoStack()->undo();
    CHECK(hitUuids(repository, QStringLiteral("bageri")) == QStringList{file.discussion.uuid});
    CHECK(hitUuids(repository, QStringLiteral("busstationen")) == QStringList{file.meeting.uuid});
}

TEST_CASE("A record whose text is all emptied leaves the index, and comes back with text",
          "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    Document& document = *salem.document;
    const Repository& repository = salem.repository;
    const Record area = insertRecord(
        repository, WalkRegisters::places(),
        placeValues(salem.municipality, QStringLiteral("Skolgården"), QStringLiteral("Klotter.")));
    const qint64 before = indexRowsOf(repository, places::table);
    REQUIRE(document.update(WalkRegisters::places(), area.uuid, {{QStringLiteral("description"), QVariant()}})
                .ok());
    CHECK(hitUuids(repository, QStringLiteral("klotter")).isEmpty());
    CHECK(indexRowsOf(repository, places::table) == before);
    CHECK(hitUuids(repository, QStringLiteral("skolgården")) == QStringList{area.uuid});
}

TEST_CASE("Thinning takes a case's text out of the index and its words out of the file", "[search][og]") {
    SalemFile salem;
    const Repository& repository = salem.repository;
    const Record meeting = insertRecord(repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 3, 15)));
    const Record closed = insertRecord(
        repository, OgRegisters::cases(),
        merged(closedCaseValues(salem.municipality, QStringLiteral("OG-2021-003"), QDate(2021, 2, 1),
                                QDate(2021, 6, 1)),
               {{QStringLiteral("background"), QStringLiteral("Synts ofta vid Kvarnbäcksskolan sent.")}}));
    const Record note =
        insertRecord(repository, OgRegisters::caseNotes(),
                     noteValues(closed.id, meeting.id, QStringLiteral("Pratade om Ekebysjöbadet."),
                                QStringLiteral("Kontakt med Fältfritidsgården.")));
    const QStringList words{QStringLiteral("kvarnbäcksskolan"), QStringLiteral("ekebysjöbadet"),
                            QStringLiteral("fältfritidsgården")};
    CHECK(hitUuids(repository, words.at(0)) == QStringList{closed.uuid});
    CHECK(hitUuids(repository, words.at(1)) == QStringList{note.uuid});

    auto thinned = Retention::thin(repository, {closed.uuid}, QDate(2024, 1, 15));
    INFO(thinned.message().toStdString());
    REQUIRE(thinned.ok());
    REQUIRE(*thinned == 1);
    for (const QString& word : words) {
        INFO(word.toStdString());
        CHECK(hitUuids(repository, word).isEmpty());
    }
    // The case is still found by its code, which is not about the person.
    CHECK(hitUuids(repository, QStringLiteral("OG-2021-003")) == QStringList{closed.uuid});

    const QString path = salem.file.path();
    salem.close();
    const QByteArray bytes = fileBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());
    // The index keeps its words with the start they share with the word before cut off: the end of each
    // word must be gone too.
    for (const QString& word : words) {
        INFO(word.toStdString());
        CHECK_FALSE(bytes.contains(word.toUtf8()));
        CHECK_FALSE(bytes.contains(word.right(7).toUtf8()));
    }
}

TEST_CASE("A list's filter finds a record by its whole text and by what it holds", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const Repository& repository = file.repository;
    const auto uuids = [&](const RegisterSpec& spec, const QString& text) {
        auto found = Search::matchingUuids(repository, spec, text);
        REQUIRE(found.ok());
        return *found;
    };
    // A meeting by its minutes, by a discussion's text and by the code of a case it discussed.
    CHECK(uuids(OgRegisters::meetings(), QStringLiteral("busstation")) == QSet<QString>{file.meeting.uuid});
    CHECK(uuids(OgRegisters::meetings(), QStringLiteral("bageri")) == QSet<QString>{file.meeting.uuid});
    CHECK(uuids(OgRegisters::meetings(), QStringLiteral("OG-2021-007")) == QSet<QString>{file.meeting.uuid});
    CHECK(uuids(OgRegisters::meetings(), QStringLiteral("OG-2021-008")).isEmpty());
    // A case by its discussions.
    CHECK(uuids(OgRegisters::cases(), QStringLiteral("praktikplats")) == QSet<QString>{file.openCase.uuid});
    // A promise by its status reports' text.
    const Record status = insertRecord(
        repository, PromiseRegisters::statuses(),
        merged(statusValues(file.ogPromise, QStringLiteral("2021-08-31")),
               {{QStringLiteral("comment"), QStringLiteral("Halkbekämpningen vid skolan är klar.")}}));
    CHECK(uuids(PromiseRegisters::promises(), QStringLiteral("halkbekämpning")) ==
          QSet<QString>{findRecordById(repository, PromiseRegisters::promises(), file.ogPromise).uuid});
    CHECK(uuids(PromiseRegisters::statuses(), QStringLiteral("halkbekämpning")) ==
          QSet<QString>{status.uuid});
}

TEST_CASE("An imported file is searched at once", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const QByteArray exported = TestFile::exportOf(*file.document);
    TestFile other(engine);
    auto document = other.open();
    auto imported = JsonImporter::import(document->repository(), exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(hitUuids(document->repository(), QStringLiteral("busstationen")) == QStringList{file.meeting.uuid});
    CHECK(hitUuids(document->repository(), QStringLiteral("OG-2021-007")) == QStringList{file.openCase.uuid});
}
