// `check --server`: the schema's version, and row-level security on every table that needs it; a table
// without it fails the check, named.
#include "catchqt.h"
#include "clirun.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "testfile.h"

using lk::test::run;

TEST_CASE("check on a server reports its version and fails when a table lacks forced row-level security",
          "[cli][server][postgres]") {
    const lk::test::TestFile file(lk::Engine::Postgres, QStringLiteral("salem-2021-2022"));
    const QStringList check{QStringLiteral("check"), QStringLiteral("--server"), file.path()};
    const auto whole = run(check);
    INFO(whole.err.toStdString());
    CHECK(whole.exit == 0);
    CHECK(whole.out.contains(QStringLiteral("at version %1").arg(lk::Migrator::latestVersion())));
    CHECK(whole.out.contains(QStringLiteral("Row-level security is enabled and forced on all")));

    {
        auto document = file.open();
        REQUIRE(lk::sql::run(document->repository().database(),
                             QStringLiteral("ALTER TABLE og_case_notes NO FORCE ROW LEVEL SECURITY"))
                    .ok());
    }
    const auto unforced = run(check);
    CHECK(unforced.exit == 1);
    CHECK(unforced.err.contains(QStringLiteral("on 1 table")));
    CHECK(unforced.err.contains(QStringLiteral("og_case_notes")));
}
