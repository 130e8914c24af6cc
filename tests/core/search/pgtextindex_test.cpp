// The search index on a PostgreSQL server: the Swedish configuration's stemming, its triggers and GIN index,
// and thinning. What both engines share is tested on both in search_test.cpp and fts5index_test.cpp.
#include "og/retention.h"
#include "register/registry.h"
#include "search/pgtextindex.h"
#include "search/searchfields.h"
#include "searchfixture.h"

using namespace lk;
using namespace lk::test;

namespace {

// Whether the test server is there (ctest starts it for the tests tagged [postgres]).
bool hasServer() {
    const std::vector<Engine> all = engines();
    return std::find(all.cbegin(), all.cend(), Engine::Postgres) != all.cend();
}

} // namespace

TEST_CASE("A server's search query is the words' letters and digits, each a prefix, all required",
          "[search]") {
    CHECK(PgTextIndex::query({QStringLiteral("OG-2021-007")}) ==
          QStringLiteral("'og':* & '2021':* & '007':*"));
    // Quotes, stars, colons and operators are never tsquery syntax; one letter alone is taken whole.
    CHECK(PgTextIndex::query({QStringLiteral("\"Buss\""), QStringLiteral("x*"), QStringLiteral("!&|:")}) ==
          QStringLiteral("'buss':* & 'x'"));
    CHECK(PgTextIndex::query({QStringLiteral("ÅBYHÖJDEN")}) == QStringLiteral("'åbyhöjden':*"));
    CHECK(PgTextIndex::query({}).isEmpty());
}

TEST_CASE("On a server the search stems Swedish words, which a file's index does not", "[search][postgres]") {
    if (!hasServer())
        return;
    for (const Engine engine : {Engine::Sqlite, Engine::Postgres}) {
        INFO(engineName(engine));
        SearchFile file(engine);
        const bool stems = engine == Engine::Postgres;
        // "kvällarna" and "kvällen" are one word to the Swedish stemmer.
        CHECK(hitUuids(file.repository, QStringLiteral("kvällen")).contains(file.meeting.uuid) == stems);
        CHECK(hitUuids(file.repository, QStringLiteral("kvällarna")).contains(file.meeting.uuid));
        // Stemming does not fold å into a: "abyhojden" is still another word.
        CHECK_FALSE(hitUuids(file.repository, QStringLiteral("abyhojden")).contains(file.meeting.uuid));
    }
}

TEST_CASE("A server's index has a trigger on every register with searched text, and a GIN index",
          "[search][postgres]") {
    if (!hasServer())
        return;
    SalemFile salem(Engine::Postgres);
    const Repository& repository = salem.repository;
    int searched = 0;
    for (const RegisterSpec* spec : Registry::all()) {
        INFO(spec->table.toStdString());
        const bool hasText = SearchFields(*spec).searched();
        searched += hasText ? 1 : 0;
        CHECK(countWhere(repository,
                         QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = ? AND tgrelid = "
                                        "to_regclass(?)"),
                         {QString(QStringLiteral("search_") + spec->table), spec->table}) ==
              (hasText ? 1 : 0));
    }
    CHECK(searched >= 20);
    CHECK(countWhere(repository, QStringLiteral("SELECT count(*) FROM search_registers")) == searched);
    CHECK(countWhere(repository, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                                "'search_index_document' AND indexdef LIKE '%USING gin%'")) ==
          1);
    // The template's promises and municipality are in the index from the start.
    CHECK(indexRowsOf(repository, promises::table) == rowCount(repository, promises::table));
}

TEST_CASE("Thinning on a server takes a case's text out of the index", "[search][og][postgres]") {
    if (!hasServer())
        return;
    SalemFile salem(Engine::Postgres);
    const Repository& repository = salem.repository;
    const Record closed = insertRecord(
        repository, OgRegisters::cases(),
        merged(closedCaseValues(salem.municipality, QStringLiteral("OG-2021-003"), QDate(2021, 2, 1),
                                QDate(2021, 6, 1)),
               {{QStringLiteral("background"), QStringLiteral("Synts ofta vid Kvarnbäcksskolan sent.")}}));
    CHECK(hitUuids(repository, QStringLiteral("kvarnbäcksskolan")) == QStringList{closed.uuid});
    auto thinned = Retention::thin(repository, {closed.uuid}, QDate(2024, 1, 15));
    INFO(thinned.message().toStdString());
    REQUIRE(thinned.ok());
    CHECK(hitUuids(repository, QStringLiteral("kvarnbäcksskolan")).isEmpty());
    CHECK(countWhere(repository, QStringLiteral("SELECT count(*) FROM search_index WHERE body LIKE ?"),
                     {QStringLiteral("%Kvarnbäcksskolan%")}) == 0);
    CHECK(hitUuids(repository, QStringLiteral("OG-2021-003")) == QStringList{closed.uuid});
}
