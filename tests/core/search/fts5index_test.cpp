#include "demo/demodata.h"
#include "everyregister.h"
#include "io/jsonimporter.h"
#include "og/retention.h"
#include "search/fts5index.h"
#include "search/searchfields.h"
#include "searchfixture.h"
#include "walks/walkregisters.h"

#include <QFile>

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

} // namespace

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
