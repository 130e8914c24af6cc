#include "search/searchindex.h"
#include "searchfixture.h"
#include "tobacco/tobaccoregisters.h"
#include "walks/walkregisters.h"

using namespace lk;
using namespace lk::test;

TEST_CASE("Search folds case the Swedish way and keeps å, ä and ö letters of their own",
          "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const Repository& repository = file.repository;
    // Upper and lower case are one, Å and å too.
    CHECK(hitUuids(repository, QStringLiteral("busstationen")).contains(file.meeting.uuid));
    CHECK(hitUuids(repository, QStringLiteral("BUSSTATIONEN")).contains(file.meeting.uuid));
    CHECK(hitUuids(repository, QStringLiteral("åbyhöjden")).contains(file.meeting.uuid));
    CHECK(hitUuids(repository, QStringLiteral("ÅBYHÖJDEN")).contains(file.meeting.uuid));
    CHECK(hitUuids(repository, QStringLiteral("öbergs")).contains(file.discussion.uuid));
    CHECK(hitUuids(repository, QStringLiteral("ÖBERGS")).contains(file.discussion.uuid));
    // But å is not a, nor ö o: "Abyhojden" is another word.
    CHECK_FALSE(hitUuids(repository, QStringLiteral("abyhojden")).contains(file.meeting.uuid));
    CHECK_FALSE(hitUuids(repository, QStringLiteral("obergs")).contains(file.discussion.uuid));
}

TEST_CASE("Each word finds the words it begins, and a record must hold every word", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const Repository& repository = file.repository;
    CHECK(hitUuids(repository, QStringLiteral("BUSSTATION")).contains(file.meeting.uuid));
    CHECK(hitUuids(repository, QStringLiteral("buss")).contains(file.meeting.uuid));
    CHECK(hitUuids(repository, QStringLiteral("praktik")).contains(file.discussion.uuid));
    CHECK(hitUuids(repository, QStringLiteral("buss kvällar")).contains(file.meeting.uuid));
    // A prefix is the start of a word, not any part of one.
    CHECK_FALSE(hitUuids(repository, QStringLiteral("station")).contains(file.meeting.uuid));
    CHECK_FALSE(hitUuids(repository, QStringLiteral("busstation bageri")).contains(file.meeting.uuid));
}

TEST_CASE("A case is found by its code, and a hit carries its register, date, title and municipality",
          "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const SearchResult result = searched(file.repository, QStringLiteral("OG-2021-007"));
    REQUIRE_FALSE(result.groups.isEmpty());
    const SearchGroup& group = result.groups.first();
    CHECK(group.spec == &OgRegisters::cases());
    CHECK(group.count == 1);
    REQUIRE(group.hits.size() == 1);
    const SearchHit& hit = group.hits.first();
    CHECK(hit.uuid == file.openCase.uuid);
    CHECK(hit.title == QStringLiteral("OG-2021-007"));
    CHECK(hit.date == QDate(2021, 3, 1));
    CHECK(hit.municipalityId == file.municipality);
    CHECK(hit.municipality == QStringLiteral("Salems kommun"));
    // The code is its title, marked there; the text beside it starts the rest of what it says.
    CHECK(hit.markedTitle == SearchHit::matchStart + QStringLiteral("OG") + SearchHit::matchEnd + u'-' +
                                 SearchHit::matchStart + QStringLiteral("2021") + SearchHit::matchEnd + u'-' +
                                 SearchHit::matchStart + QStringLiteral("007") + SearchHit::matchEnd);
    CHECK(Search::plain(hit.snippet).startsWith(QStringLiteral("Socialfältare")));

    // A discussion has its meeting's date; its title is the start of its text, the word found marked.
    const SearchResult bakery = searched(file.repository, QStringLiteral("bageri"));
    REQUIRE(bakery.groups.size() == 1);
    const SearchHit& note = bakery.groups.first().hits.first();
    CHECK(note.spec == &OgRegisters::caseNotes());
    CHECK(note.date == QDate(2021, 3, 15));
    CHECK(note.title == QStringLiteral("Har fått praktikplats på Öbergs bageri."));
    CHECK(note.markedTitle.contains(SearchHit::matchStart + QStringLiteral("bageri") + SearchHit::matchEnd));
    CHECK(note.snippet == QStringLiteral("Följs upp i april."));
}

TEST_CASE("Hits are ranked: a word in the title before one in the text, a short text before a long one",
          "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    const Repository& repository = salem.repository;
    const auto place = [&](const QString& name, const QString& description) {
        return insertRecord(repository, WalkRegisters::places(),
                            {{QStringLiteral("municipality_id"), salem.municipality},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("category"), QStringLiteral("belysning")},
                             {QStringLiteral("description"), description}})
            .uuid;
    };
    const QString inLongText = place(
        QStringLiteral("Parkeringen"),
        QStringLiteral("Mörkt mellan husen, långt från vägen, där cyklarna står och där många går hem sent "
                       "efter träningen; gångtunneln vid järnvägen är en omväg som få tar."));
    const QString inTitle =
        place(QStringLiteral("Gångtunneln vid stationen"), QStringLiteral("Trasig lampa."));
    const QString inShortText = place(QStringLiteral("Torget"), QStringLiteral("Gångtunneln är mörk."));

    const SearchResult result = searched(repository, QStringLiteral("gångtunnel"));
    REQUIRE(result.groups.size() == 1);
    CHECK(hitUuids(result) == QStringList{inTitle, inShortText, inLongText});
}

TEST_CASE("Registers come in the order of their best hit, each with its count", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const Repository& repository = file.repository;
    // The case's code is its title; the meeting only mentions it in its minutes.
    ChangeSet changes;
    Record before = *findRecord(repository, OgRegisters::meetings(), file.meeting.uuid);
    Record after = before;
    after.values.insert(
        QStringLiteral("minutes"),
        QStringLiteral("Ärendet OG-2021-007 och mycket annat som togs upp under mötet, länge."));
    changes.update(OgRegisters::meetings(), before, after);
    REQUIRE(repository.apply(changes).ok());

    const SearchResult result = searched(repository, QStringLiteral("og-2021-007"));
    REQUIRE(result.groups.size() == 2);
    CHECK(result.groups.at(0).spec == &OgRegisters::cases());
    CHECK(result.groups.at(1).spec == &OgRegisters::meetings());
    CHECK(result.total() == 2);
}

TEST_CASE("A search within a municipality leaves out the others' records", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const Repository& repository = file.repository;
    const qint64 botkyrka = file.otherMunicipality();
    const Record theirs =
        insertRecord(repository, OgRegisters::meetings(),
                     merged(meetingValues(botkyrka, QDate(2021, 4, 1)),
                            {{QStringLiteral("minutes"), QStringLiteral("Busstationen i Tumba.")}}));
    // A checklist point belongs to no municipality: it is found in every one.
    const Record point = insertRecord(repository, TobaccoRegisters::checklistPoints(),
                                      {{QStringLiteral("title"), QStringLiteral("Busstationens kiosk")},
                                       {QStringLiteral("sort_order"), 99}});

    const QStringList everywhere = hitUuids(repository, QStringLiteral("busstationen"));
    CHECK(everywhere.contains(file.meeting.uuid));
    CHECK(everywhere.contains(theirs.uuid));
    const QStringList inSalem = hitUuids(repository, QStringLiteral("busstationen"), file.municipality);
    CHECK(inSalem.contains(file.meeting.uuid));
    CHECK_FALSE(inSalem.contains(theirs.uuid));
    const QStringList inBotkyrka = hitUuids(repository, QStringLiteral("busstationen"), botkyrka);
    CHECK(inBotkyrka.contains(theirs.uuid));
    CHECK_FALSE(inBotkyrka.contains(file.meeting.uuid));
    REQUIRE_FALSE(TobaccoRegisters::checklistPoints().belongsToMunicipality());
    CHECK(inSalem.contains(point.uuid));
    CHECK(inBotkyrka.contains(point.uuid));
    // The municipality itself is found by its name within itself.
    CHECK(hitUuids(repository, QStringLiteral("botkyrka"), botkyrka).size() == 1);
    CHECK(hitUuids(repository, QStringLiteral("botkyrka"), file.municipality).isEmpty());
}

TEST_CASE("FTS syntax in a search finds the words and is never an error", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    const Repository& repository = file.repository;
    for (const QString& text :
         {QStringLiteral("\"busstationen"), QStringLiteral("busstationen\""),
          QStringLiteral("\"busstationen\""), QStringLiteral("busstationen*"),
          QStringLiteral("*busstationen"), QStringLiteral("(busstationen"), QStringLiteral("busstationen)"),
          QStringLiteral("vid:busstationen"), QStringLiteral("{vid}:busstationen"),
          QStringLiteral("-busstationen"), QStringLiteral("busstationen^"), QStringLiteral("{busstationen}"),
          QStringLiteral("busstationen +")}) {
        INFO(text.toStdString());
        auto found = Search::run(repository, text);
        INFO(found.message().toStdString());
        REQUIRE(found.ok());
        CHECK(hitUuids(*found).contains(file.meeting.uuid));
    }
    // A column name is a word like any other, never an error.
    for (const QString& text : {QStringLiteral("minutes:busstationen"), QStringLiteral("title : x"),
                                QStringLiteral("NEAR(a b, 2)"), QStringLiteral("\"a\" + \"b\"")}) {
        INFO(text.toStdString());
        CHECK(Search::run(repository, text).ok());
    }
    // AND, OR and NOT are words like any other: the minutes hold none of them, so nothing is found...
    for (const QString& text :
         {QStringLiteral("busstationen AND kvällarna"), QStringLiteral("busstationen OR torget"),
          QStringLiteral("busstationen NOT parken")}) {
        INFO(text.toStdString());
        auto found = Search::run(repository, text);
        REQUIRE(found.ok());
        CHECK(found->groups.isEmpty());
    }
    // ...until a record holds them.
    Record before = *findRecord(repository, OgRegisters::meetings(), file.meeting.uuid);
    Record after = before;
    after.values.insert(QStringLiteral("minutes"), QStringLiteral("Busstationen AND torget, not parken"));
    ChangeSet changes;
    changes.update(OgRegisters::meetings(), before, after);
    REQUIRE(repository.apply(changes).ok());
    CHECK(hitUuids(repository, QStringLiteral("busstationen AND torget NOT")) ==
          QStringList{file.meeting.uuid});

    // Nothing but signs: no word, no search, no error.
    for (const QString& text :
         {QStringLiteral("\""), QStringLiteral("* - ( ) :"), QStringLiteral("   "), QString()}) {
        auto found = Search::run(repository, text);
        REQUIRE(found.ok());
        CHECK(found->words.isEmpty());
        CHECK(found->groups.isEmpty());
    }
    CHECK(Search::words(QStringLiteral("  \"buss\"  AND - x* ")) ==
          QStringList{QStringLiteral("\"buss\""), QStringLiteral("AND"), QStringLiteral("x*")});
}

TEST_CASE("A search asks for the best few per register and counts them all", "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SearchFile file(engine);
    for (int i = 0; i < 5; ++i)
        insertRecord(file.repository, OgRegisters::meetings(),
                     merged(meetingValues(file.municipality, QDate(2021, 5, 1 + i)),
                            {{QStringLiteral("minutes"), QStringLiteral("Vid busstationen igen.")}}));
    auto found = Search::run(file.repository, QStringLiteral("busstationen"), 0, 3);
    REQUIRE(found.ok());
    REQUIRE(found->groups.size() == 1);
    CHECK(found->groups.first().count == 6);
    CHECK(found->groups.first().hits.size() == 3);
}

TEST_CASE("A word in most of a large register is ranked among its newest matches, and all are counted",
          "[search][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    const Repository& repository = salem.repository;
    const int many = SearchIndex::rankedAmong + 20;
    ChangeSet changes;
    for (int i = 0; i < many; ++i)
        changes.insert(WalkRegisters::places(),
                       recordOf({{QStringLiteral("municipality_id"), salem.municipality},
                                 {QStringLiteral("name"), QStringLiteral("Torget %1").arg(i)},
                                 {QStringLiteral("category"), QStringLiteral("belysning")}}));
    REQUIRE(repository.apply(changes).ok());
    const qint64 newest = countWhere(repository, QStringLiteral("SELECT max(id) FROM places"));

    const SearchResult result = searched(repository, QStringLiteral("torget"));
    REQUIRE(result.groups.size() == 1);
    CHECK(result.groups.first().count == many);
    REQUIRE(result.groups.first().hits.size() == Search::defaultLimit);
    for (const SearchHit& hit : result.groups.first().hits)
        CHECK(hit.id > newest - SearchIndex::rankedAmong);
}
