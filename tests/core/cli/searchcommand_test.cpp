#include "../search/searchfixture.h"
#include "clirun.h"
#include "twomunicipalities.h"

using namespace lk;
using namespace lk::test;

namespace {

QStringList lines(const QString& text) {
    return text.split(u'\n', Qt::SkipEmptyParts);
}

QStringList searchLines(const QString& path, const QStringList& words) {
    const Run result = run(QStringList{QStringLiteral("search"), QStringLiteral("--db"), path} + words);
    INFO(result.err.toStdString());
    REQUIRE(result.exit == CommandLine::Ok);
    return lines(result.out);
}

} // namespace

TEST_CASE("search prints one line per hit: register, date, title and UUID", "[cli][search]") {
    SearchFile file;
    const QString path = file.file.path();
    const QString meeting = file.meeting.uuid;
    const QString caseUuid = file.openCase.uuid;
    file.close();

    CHECK(searchLines(path, {QStringLiteral("BUSSTATION")}) ==
          QStringList{QStringLiteral("Meeting\t2021-03-15\t1. Lägesbild\t") + meeting});
    CHECK(searchLines(path, {QStringLiteral("og-2021-007")}) ==
          QStringList{QStringLiteral("Case\t2021-03-01\tOG-2021-007\t") + caseUuid});
    // Several words: a record holds them all.
    CHECK(searchLines(path, {QStringLiteral("vid"), QStringLiteral("busstationen")}).size() == 1);
    // Search syntax is text.
    CHECK(searchLines(path, {QStringLiteral("--"), QStringLiteral("\"busstationen*"), QStringLiteral("AND")})
              .isEmpty());
    CHECK(searchLines(path, {QStringLiteral("--"), QStringLiteral("-busstationen\"")}).size() == 1);

    // Nothing found is no failure: no line, and a word on stderr.
    const Run none = run({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("zyxwvu")});
    CHECK(none.exit == CommandLine::Ok);
    CHECK(none.out.isEmpty());
    CHECK_THAT(none.err.toStdString(), mentions(QStringLiteral("zyxwvu")));
}

TEST_CASE("search --limit shows the best few of a register and says how many there are", "[cli][search]") {
    SearchFile file;
    for (int i = 0; i < 4; ++i)
        insertRecord(file.repository, OgRegisters::meetings(),
                     merged(meetingValues(file.municipality, QDate(2021, 5, 1 + i)),
                            {{QStringLiteral("minutes"), QStringLiteral("Busstationen igen.")}}));
    const QString path = file.file.path();
    file.close();
    const Run result = run({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("--limit"),
                            QStringLiteral("2"), QStringLiteral("busstationen")});
    CHECK(result.exit == CommandLine::Ok);
    CHECK(lines(result.out).size() == 2);
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("2 shown of 5")));

    for (const QString& limit : {QStringLiteral("0"), QStringLiteral("many")}) {
        const Run wrong = run({QStringLiteral("search"), QStringLiteral("--db"), path,
                               QStringLiteral("--limit"), limit, QStringLiteral("busstationen")});
        CHECK(wrong.exit == CommandLine::Usage);
    }
}

TEST_CASE("search --municipality keeps to one municipality and never guesses one", "[cli][search]") {
    TwoMunicipalities file;
    insertRecord(file.repository, OgRegisters::meetings(),
                 merged(meetingValues(file.municipality, QDate(2021, 3, 15)),
                        {{QStringLiteral("minutes"), QStringLiteral("Vid busstationen.")}}));
    insertRecord(file.repository, OgRegisters::meetings(),
                 merged(meetingValues(file.huddinge, QDate(2021, 4, 15)),
                        {{QStringLiteral("minutes"), QStringLiteral("Också vid busstationen.")}}));
    const QString path = file.file.path();
    file.close();

    CHECK(searchLines(path, {QStringLiteral("busstationen")}).size() == 2);
    const Run huddinge =
        run({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("--municipality"),
             QStringLiteral("huddinge kommun"), QStringLiteral("busstationen")});
    CHECK(huddinge.exit == CommandLine::Ok);
    REQUIRE(lines(huddinge.out).size() == 1);
    CHECK(lines(huddinge.out).first().contains(QStringLiteral("2021-04-15")));

    // A name that fits none is told so, with the names there are.
    const Run nowhere =
        run({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("--municipality"),
             QStringLiteral("Nacka"), QStringLiteral("busstationen")});
    CHECK(nowhere.exit == CommandLine::Usage);
    CHECK(nowhere.out.isEmpty());
    CHECK_THAT(nowhere.err.toStdString(), mentions(QStringLiteral("Nacka")));
    CHECK_THAT(nowhere.err.toStdString(), mentions(QStringLiteral("Huddinge kommun")));
}

TEST_CASE("search --municipality with a name two municipalities share lists both", "[cli][search]") {
    SalemFile salem;
    insertRecord(salem.repository, PromiseRegisters::municipalities(),
                 municipalityValues(QStringLiteral("Salems kommun")));
    const QString path = salem.file.path();
    salem.close();
    const Run both =
        run({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("--municipality"),
             QStringLiteral("salems kommun"), QStringLiteral("trygghet")});
    CHECK(both.exit == CommandLine::Usage);
    CHECK(both.out.isEmpty());
    CHECK_THAT(both.err.toStdString(), mentions(QStringLiteral("Salems kommun")));
}

TEST_CASE("search without words is a usage error", "[cli][search]") {
    TestFile file;
    for (const QStringList& words :
         {QStringList{}, QStringList{QStringLiteral("--"), QStringLiteral("\"*")}}) {
        const Run result =
            run(QStringList{QStringLiteral("search"), QStringLiteral("--db"), file.path()} + words);
        CHECK(result.exit == CommandLine::Usage);
    }
}
