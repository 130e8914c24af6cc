#include "catchqt.h"
#include "db/transaction.h"
#include "rawconnection.h"

#include <QTemporaryDir>

using namespace lk;
using lk::test::RawConnection;

namespace {

struct Fixture {
    Fixture()
        : raw(dir.filePath(QStringLiteral("t.sqlite"))) {
        raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT NOT NULL)"));
    }
    int notes() const { return raw.scalar(QStringLiteral("SELECT count(*) FROM notes")).toInt(); }

    QTemporaryDir dir;
    RawConnection raw;
};

} // namespace

TEST_CASE("A transaction that is not committed is rolled back when it goes out of scope", "[transaction]") {
    Fixture fixture;
    {
        Transaction transaction(fixture.raw.db());
        REQUIRE(transaction.begun().ok());
        fixture.raw.exec(QStringLiteral("INSERT INTO notes VALUES ('draft')"));
        CHECK(fixture.notes() == 1);
    }
    CHECK(fixture.notes() == 0);
}

TEST_CASE("A committed transaction keeps its writes, and a second commit is refused", "[transaction]") {
    Fixture fixture;
    {
        Transaction transaction(fixture.raw.db());
        REQUIRE(transaction.begun().ok());
        fixture.raw.exec(QStringLiteral("INSERT INTO notes VALUES ('kept')"));
        auto committed = transaction.commit();
        INFO(committed.message().toStdString());
        REQUIRE(committed.ok());
        auto again = transaction.commit();
        CHECK_FALSE(again.ok());
        CHECK_FALSE(again.message().isEmpty());
    }
    CHECK(fixture.notes() == 1);
}

TEST_CASE("A transaction inside another fails to begin and leaves the outer one intact", "[transaction]") {
    Fixture fixture;
    {
        Transaction outer(fixture.raw.db());
        REQUIRE(outer.begun().ok());
        fixture.raw.exec(QStringLiteral("INSERT INTO notes VALUES ('outer')"));
        {
            Transaction inner(fixture.raw.db());
            CHECK_FALSE(inner.begun().ok());
            CHECK_FALSE(inner.begun().message().isEmpty());
            auto committed = inner.commit();
            CHECK_FALSE(committed.ok());
        }
        // The inner guard's end did not roll back the outer transaction.
        CHECK(fixture.notes() == 1);
        REQUIRE(outer.commit().ok());
    }
    CHECK(fixture.notes() == 1);
}

TEST_CASE("A commit that the file refuses reports it and rolls back", "[transaction]") {
    Fixture fixture;
    fixture.raw.exec(QStringLiteral("CREATE TABLE parents (id INTEGER PRIMARY KEY)"));
    fixture.raw.exec(QStringLiteral("CREATE TABLE children (parent INTEGER REFERENCES parents (id) "
                                    "DEFERRABLE INITIALLY DEFERRED)"));
    fixture.raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    {
        Transaction transaction(fixture.raw.db());
        REQUIRE(transaction.begun().ok());
        fixture.raw.exec(QStringLiteral("INSERT INTO notes VALUES ('with a dangling child')"));
        fixture.raw.exec(QStringLiteral("INSERT INTO children VALUES (42)")); // checked only at COMMIT
        auto committed = transaction.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK_FALSE(committed.message().isEmpty());
    }
    CHECK(fixture.notes() == 0);
    CHECK(fixture.raw.scalar(QStringLiteral("SELECT count(*) FROM children")).toInt() == 0);
    // The connection is usable again.
    Transaction next(fixture.raw.db());
    CHECK(next.begun().ok());
}
