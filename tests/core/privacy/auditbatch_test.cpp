#include "../register/registerfixture.h"
#include "catchqt.h"
#include "db/sql.h"
#include "privacy/auditbatch.h"
#include "privacy/auditlog.h"
#include "testserver.h"

#include <QDate>

using namespace lk;
using namespace lk::test;

namespace {

// The audit rows after `after`, in order: action, record and the values written.
QList<QStringList> auditRows(const Repository& repository, qint64 after) {
    auto query = sql::run(repository.database(),
                          QStringLiteral("SELECT action, record_uuid, COALESCE(new_values, old_values) FROM "
                                         "audit_log WHERE id > ? ORDER BY id"),
                          {after});
    REQUIRE(query.ok());
    QList<QStringList> rows;
    while (query->next())
        rows << QStringList{query->value(0).toString(), query->value(1).toString(),
                            query->value(2).toString()};
    return rows;
}

} // namespace

TEST_CASE("An audit batch writes its inserts' rows in their order, before any other audit row",
          "[audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const RegisterSpec& statuses = PromiseRegisters::statuses();
    const qint64 last =
        sql::scalar(repository.database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"))
            ->toLongLong();

    // More than one statement's worth, and an update between them and the flush.
    const int count = AuditBatch::size + 5;
    QList<Record> inserted;
    {
        AuditBatch batch(repository.database());
        CHECK(AuditBatch::of(repository.database()) == &batch);
        for (int i = 0; i < count; ++i) {
            const QString day = QDate(2021, 1, 1).addDays(i).toString(Qt::ISODate);
            auto added = repository.insert(statuses, recordOf(statusValues(tree.promise.id, day)),
                                           Repository::Stamp::Now);
            INFO(added.message().toStdString());
            REQUIRE(added.ok());
            inserted << *added;
        }
        CHECK(auditRows(repository, last).size() < count); // the last few wait in the batch
        Record changed = inserted.first();
        changed.values.insert(QStringLiteral("status"), QStringLiteral("genomford"));
        auto updated = repository.update(statuses, inserted.first(), changed, Repository::Stamp::Now);
        INFO(updated.message().toStdString());
        REQUIRE(updated.ok());
        REQUIRE(batch.flush().ok());
    }
    CHECK(AuditBatch::of(repository.database()) == nullptr);

    const QList<QStringList> rows = auditRows(repository, last);
    REQUIRE(rows.size() == count + 1);
    for (int i = 0; i < count; ++i) {
        INFO("row " << i);
        CHECK(rows.at(i).at(0) == QStringLiteral("insert"));
        CHECK(rows.at(i).at(1) == inserted.at(i).uuid);
        CHECK(rows.at(i).at(2) == AuditLog::valuesJson(statuses, inserted.at(i)));
    }
    CHECK(rows.last().at(0) == QStringLiteral("update"));
    CHECK(rows.last().at(1) == inserted.first().uuid);
}
