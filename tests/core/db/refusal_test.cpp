// A database's refusal, told in the user's words on either engine: what happened, that nothing was
// changed, what to do; never the driver's "ERROR: … QPSQL: Unable to create query".
#include "catchqt.h"
#include "db/sql.h"
#include "promises/promiseregisters.h"
#include "secondclient.h"
#include "testfile.h"
#include "testserver.h"

using namespace lk;
using namespace lk::test;

namespace {

// Words of the database or its driver that tell a coordinator nothing.
void inUserWords(const QString& message) {
    INFO(message.toStdString());
    for (const char* raw : {"ERROR", "QPSQL", "Unable to", "constraint failed", "violates", "SQLSTATE"})
        CHECK_FALSE(message.contains(QString::fromLatin1(raw)));
    CHECK(message.contains(QStringLiteral("Nothing was changed")));
}

qint64 count(const Document& document, const QString& table) {
    return scalar(document, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

TEST_CASE("A target added to a promise someone else deleted meanwhile is refused in words, and nothing is "
          "written",
          "[db][refusal][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 promise =
        scalar(*document, QStringLiteral("SELECT id FROM promises WHERE title = 'Trafikkontroller'"))
            .toLongLong();
    SecondClient other(*document);
    other.removeWhole(
        PromiseRegisters::promises(),
        scalar(*document, QStringLiteral("SELECT uuid FROM promises WHERE id = ?"), {promise}).toString());
    const qint64 targetsBefore = count(*document, QStringLiteral("targets"));
    const qint64 logBefore = count(*document, QStringLiteral("audit_log"));

    Record target;
    target.values = {{QStringLiteral("promise_id"), promise},
                     {QStringLiteral("counted"), QStringLiteral("Trafikkontroller på natten")},
                     {QStringLiteral("quantity"), 4},
                     {QStringLiteral("per"), QStringLiteral("ar")}};
    auto added = document->insert(PromiseRegisters::targets(), target);
    REQUIRE_FALSE(added.ok());
    inUserWords(added.message());
    CHECK_THAT(added.message().toStdString(), mentions(QStringLiteral("deleted or changed meanwhile")));
    CHECK(count(*document, QStringLiteral("targets")) == targetsBefore);
    CHECK(count(*document, QStringLiteral("audit_log")) == logBefore);
    CHECK_FALSE(document->undoStack()->canUndo());
}

TEST_CASE("A server's refusals are told in words: read-only, too slow, a rule of the database",
          "[db][refusal][postgres]") {
    const auto available = engines();
    if (std::find(available.begin(), available.end(), Engine::Postgres) == available.end()) {
        WARN("no test server: LOFTESKOLLEN_TEST_SERVER is not set");
        return;
    }
    TestFile file(Engine::Postgres, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QSqlDatabase db = document->database().connection();
    const QString uuid =
        scalar(*document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Trafikkontroller'"))
            .toString();

    SECTION("a server that accepts no changes (a standby, maintenance)") {
        REQUIRE(sql::run(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")).ok());
        const Status changed =
            document->update(PromiseRegisters::promises(), uuid,
                             {{QStringLiteral("title"), QStringLiteral("Nattkontroller")}});
        REQUIRE(sql::run(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")).ok());
        REQUIRE_FALSE(changed.ok());
        inUserWords(changed.message());
        CHECK_THAT(changed.message().toStdString(), mentions(QStringLiteral("read-only")));
        CHECK(scalar(*document, QStringLiteral("SELECT title FROM promises WHERE uuid = ?"), {uuid})
                  .toString() == QStringLiteral("Trafikkontroller"));
    }
    SECTION("a statement the server stops for taking too long") {
        REQUIRE(sql::run(db, QStringLiteral("SET statement_timeout = 50")).ok());
        auto slow = sql::run(db, QStringLiteral("SELECT pg_sleep(2)"));
        REQUIRE(sql::run(db, QStringLiteral("SET statement_timeout = 0")).ok());
        REQUIRE_FALSE(slow.ok());
        inUserWords(slow.message());
        CHECK_THAT(slow.message().toStdString(), mentions(QStringLiteral("took too long")));
    }
    SECTION("a value a rule of the database refuses, which the program did not check") {
        auto written = sql::write(
            db, QStringLiteral("UPDATE targets SET quantity = -1 WHERE id = (SELECT MIN(id) FROM targets)"),
            {});
        REQUIRE_FALSE(written.ok());
        inUserWords(written.message());
        CHECK_THAT(written.message().toStdString(), mentions(QStringLiteral("targets_quantity_check")));
    }
}
