// Deleting in every register, as each lands: the delete takes what belongs to the record, and one undo brings
// the file back exactly (the demo file has records in every register).
#include "catchqt.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "document/document.h"
#include "everyregister.h"
#include "register/registry.h"
#include "testfile.h"

using namespace lk;
using lk::test::fillEmptyRegisters;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// The record of `spec` with the most records depending on it, so that the delete takes the most with it.
Record fullestRecord(const Document& document, const RegisterSpec& spec) {
    auto rows = sql::run(document.database().connection(),
                         QStringLiteral("SELECT uuid FROM %1 ORDER BY id").arg(spec.table));
    REQUIRE(rows.ok());
    std::optional<Record> fullest;
    qsizetype most = -1;
    while (rows->next()) {
        auto record = document.repository().find(spec, rows->value(0).toString());
        REQUIRE(record.ok());
        REQUIRE(record->has_value());
        auto dependents = document.repository().dependents(spec, **record);
        REQUIRE(dependents.ok());
        if (dependents->size() > most) {
            most = dependents->size();
            fullest = **record;
        }
    }
    REQUIRE(fullest.has_value());
    return *fullest;
}

} // namespace

TEST_CASE("A delete in every register takes what belongs to it, and one undo brings the file back exactly",
          "[document][undo][removal]") {
    TestFile file;
    auto document = file.open();
    REQUIRE(DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    fillEmptyRegisters(document->repository());
    const QByteArray start = TestFile::exportOf(*document);
    int withDependents = 0;

    for (const RegisterSpec* spec : Registry::all()) {
        INFO(spec->table.toStdString());
        const Record record = fullestRecord(*document, *spec);
        auto dependents = document->repository().dependents(*spec, record);
        REQUIRE(dependents.ok());
        withDependents += !dependents->isEmpty();

        REQUIRE(document->remove(*spec, record.uuid).ok());
        auto gone = document->repository().find(*spec, record.uuid);
        REQUIRE(gone.ok());
        CHECK_FALSE(gone->has_value());
        // Each dependent is deleted, or (a link that may be empty) kept without the link.
        for (const RowChange& row : *dependents) {
            auto now = document->repository().find(*row.spec, row.before->uuid);
            REQUIRE(now.ok());
            CHECK(now->has_value() == row.after.has_value());
        }
        const int steps = document->undoStack()->count();
        document->undoStack()->undo();
        CHECK(TestFile::exportOf(*document) == start);
        document->undoStack()->redo();
        CHECK_FALSE(document->repository().find(*spec, record.uuid)->has_value());
        document->undoStack()->undo();
        CHECK(TestFile::exportOf(*document) == start);
        CHECK(document->undoStack()->count() == steps);
    }
    // Most registers hang under another: the test has reached the deletes that take others with them.
    CHECK(withDependents >= 8);
}
