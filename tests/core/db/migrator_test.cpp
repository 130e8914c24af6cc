#include "catchqt.h"
#include "db/migrator.h"

TEST_CASE("splitStatements keeps semicolons inside quotes and drops comments", "[migrator]")
{
    const QStringList statements = lk::Migrator::splitStatements(
        QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n/* b; */ INSERT "
                       "INTO a VALUES ('it''s; fine');"));
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    CHECK(statements.at(1) == QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
}
