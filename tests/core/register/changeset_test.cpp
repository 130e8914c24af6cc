#include "catchqt.h"
#include "promises/promiseregisters.h"
#include "register/changeset.h"

using namespace lk;

namespace {
Record named(const QString& uuid, const QString& name) {
    Record record;
    record.uuid = uuid;
    record.values.insert(QStringLiteral("name"), name);
    return record;
}
} // namespace

TEST_CASE("ChangeSet records inserts, updates and deletes in order", "[changeset]") {
    ChangeSet changes;
    CHECK(changes.isEmpty());
    const RegisterSpec& municipalities = PromiseRegisters::municipalities();
    const RegisterSpec& promises = PromiseRegisters::promises();
    changes.insert(municipalities, named(QStringLiteral("a"), QStringLiteral("Salem")));
    changes.update(promises, named(QStringLiteral("b"), QStringLiteral("old")),
                   named(QStringLiteral("b"), QStringLiteral("new")));
    changes.remove(municipalities, named(QStringLiteral("c"), QStringLiteral("gone")));
    REQUIRE(changes.rows.size() == 3);
    CHECK_FALSE(changes.isEmpty());

    CHECK_FALSE(changes.rows.at(0).before.has_value());
    CHECK(changes.rows.at(0).after->uuid == QStringLiteral("a"));
    CHECK(changes.rows.at(1).before->value(QStringLiteral("name")) == QVariant(QStringLiteral("old")));
    CHECK(changes.rows.at(1).after->value(QStringLiteral("name")) == QVariant(QStringLiteral("new")));
    CHECK(changes.rows.at(2).before->uuid == QStringLiteral("c"));
    CHECK_FALSE(changes.rows.at(2).after.has_value());
    CHECK(changes.tables() == QSet<QString>{QStringLiteral("municipalities"), QStringLiteral("promises")});
}

TEST_CASE("ChangeSet::inverted reverses the rows and swaps before and after", "[changeset]") {
    ChangeSet changes;
    const RegisterSpec& municipalities = PromiseRegisters::municipalities();
    changes.insert(municipalities, named(QStringLiteral("a"), QStringLiteral("Salem")));
    changes.update(municipalities, named(QStringLiteral("b"), QStringLiteral("old")),
                   named(QStringLiteral("b"), QStringLiteral("new")));
    changes.remove(municipalities, named(QStringLiteral("c"), QStringLiteral("gone")));

    const ChangeSet inverse = changes.inverted();
    REQUIRE(inverse.rows.size() == 3);
    // The delete comes back first, as an insert.
    CHECK_FALSE(inverse.rows.at(0).before.has_value());
    CHECK(inverse.rows.at(0).after->uuid == QStringLiteral("c"));
    CHECK(inverse.rows.at(1).before->value(QStringLiteral("name")) == QVariant(QStringLiteral("new")));
    CHECK(inverse.rows.at(1).after->value(QStringLiteral("name")) == QVariant(QStringLiteral("old")));
    CHECK(inverse.rows.at(2).before->uuid == QStringLiteral("a"));
    CHECK_FALSE(inverse.rows.at(2).after.has_value());
    for (const RowChange& row : inverse.rows)
        CHECK(row.spec == &municipalities);

    const ChangeSet twice = inverse.inverted();
    REQUIRE(twice.rows.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(twice.rows.at(i).before.has_value() == changes.rows.at(i).before.has_value());
        CHECK(twice.rows.at(i).after.has_value() == changes.rows.at(i).after.has_value());
    }
    CHECK(ChangeSet().inverted().isEmpty());
}
