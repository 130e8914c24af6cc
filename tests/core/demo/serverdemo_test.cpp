// `demo --server`: the demo made in a file and copied onto a server holds the same records as a demo file.
#include "catchqt.h"
#include "clirun.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "search/search.h"
#include "testfile.h"
#include "testserver.h"

using namespace lk;
using namespace lk::test;

namespace {

bool hasServer() {
    const std::vector<Engine> all = engines();
    return std::find(all.cbegin(), all.cend(), Engine::Postgres) != all.cend();
}

} // namespace

TEST_CASE("demo --server loads the demo onto a server just set up, the same records as a demo file",
          "[demo][postgres]") {
    if (!hasServer())
        return;
    TestFile file;
    {
        auto document = file.open();
        REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    }
    TestFile server(Engine::Postgres);
    const Run loaded = run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("sample"),
                            QStringLiteral("--server"), server.path()});
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exit == 0);
    CHECK(loaded.out.contains(QStringLiteral("sample")));

    auto fromFile = file.open();
    auto fromServer = server.open();
    // Every record with its UUID, values and time stamp, in the export's order.
    CHECK(TestFile::exportOf(*fromServer) == TestFile::exportOf(*fromFile));
    CHECK(scalar(*fromServer, QStringLiteral("SELECT count(*) FROM audit_log")) ==
          scalar(*fromFile, QStringLiteral("SELECT count(*) FROM audit_log")));
    // The server's search index was kept as the rows came in, and a new record gets a key of its own.
    auto found = Search::run(fromServer->repository(), QStringLiteral("busstorget"));
    REQUIRE(found.ok());
    CHECK(found->total() >= 1);
    CHECK(scalar(*fromServer, QStringLiteral("SELECT nextval(pg_get_serial_sequence('promises', 'id'))"))
              .toLongLong() >
          scalar(*fromServer, QStringLiteral("SELECT max(id) FROM promises")).toLongLong());

    // Records there already are never replaced.
    const Run again = run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("sample"),
                           QStringLiteral("--server"), server.path()});
    CHECK(again.exit == 1);
    CHECK(again.err.contains(QStringLiteral("server init")));
    CHECK(TestFile::exportOf(*fromServer) == TestFile::exportOf(*fromFile));
}
