// backup --server: a server's records as a local file that the window opens, keys, UUIDs and change log
// kept, written whole or not at all.
#include "catchqt.h"
#include "clirun.h"
#include "db/database.h"
#include "db/migrator.h"
#include "promises/promiseregisters.h"
#include "testfile.h"
#include "testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace lk;
using lk::test::run;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// A table's rows with their keys and UUIDs, so that two databases can be compared row for row.
QString fingerprint(const Document& document, const QString& table) {
    return scalar(document,
                  QStringLiteral("SELECT COUNT(*) || ':' || COALESCE(SUM(id), 0) FROM %1").arg(table))
        .toString();
}

} // namespace

TEST_CASE("backup --server writes the server's records as a file that opens with the same records and keys",
          "[db][server][postgres]") {
    const TestFile server(Engine::Postgres, QStringLiteral("salem-2021-2022"));
    {
        // An edit, so that the server's change log has a row to carry over too.
        auto document = server.open();
        const QString uuid =
            scalar(*document, QStringLiteral("SELECT uuid FROM promises WHERE title = 'Trafikkontroller'"))
                .toString();
        REQUIRE(document
                    ->update(PromiseRegisters::promises(), uuid,
                             {{QStringLiteral("title"), QStringLiteral("Trafikkontroller i Rönninge")}})
                    .ok());
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("server.sqlite"));
    const auto backedUp = run(
        {QStringLiteral("backup"), QStringLiteral("--server"), server.path(), QStringLiteral("--out"), out});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exit == 0);

    auto shared = server.open();
    auto copy = Document::open(out);
    REQUIRE(copy.ok());
    CHECK_FALSE((*copy)->isReadOnly());
    CHECK(TestFile::exportOf(**copy) == TestFile::exportOf(*shared));
    for (const QString& table : {QStringLiteral("audit_log"), QStringLiteral("promises"),
                                 QStringLiteral("targets"), QStringLiteral("municipalities")}) {
        INFO(table.toStdString());
        CHECK(fingerprint(**copy, table) == fingerprint(*shared, table));
    }
    CHECK(scalar(**copy, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() > 0);
    // The copy's search index is filled from the rows as they came in: the changed title is found.
    CHECK(scalar(**copy,
                 QStringLiteral("SELECT COUNT(*) FROM search_index WHERE search_index MATCH 'Rönninge'"))
              .toInt() > 0);
    CHECK(scalar(**copy, QStringLiteral("PRAGMA user_version")).toInt() == Migrator::latestVersion());
}

TEST_CASE("backup --server never writes over a file and leaves nothing behind when it cannot write",
          "[db][server][postgres]") {
    const TestFile server(Engine::Postgres, QStringLiteral("salem-2021-2022"));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("kept.sqlite"));
    const TestFile existing(QStringLiteral("empty"));
    const QByteArray before = existing.bytes();
    const auto over = run({QStringLiteral("backup"), QStringLiteral("--server"), server.path(),
                           QStringLiteral("--out"), existing.path()});
    CHECK(over.exit == 1);
    CHECK(over.err.contains(QStringLiteral("already exists")));
    CHECK(existing.bytes() == before);

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/copy.sqlite"));
    const auto nowhere = run({QStringLiteral("backup"), QStringLiteral("--server"), server.path(),
                              QStringLiteral("--out"), missing});
    CHECK(nowhere.exit == 1);
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
