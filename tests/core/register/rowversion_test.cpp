#include "catchqt.h"
#include "privacy/auditlog.h"
#include "promises/promiseregisters.h"
#include "register/conflict.h"
#include "registerfixture.h"
#include "secondclient.h"
#include "testserver.h"

#include <QHash>

#include <iostream>
#include <random>

using namespace lk;
using namespace lk::test;

namespace {

const QString aim = QStringLiteral("aim");

Record withAim(Record record, const QString& value) {
    record.values.insert(aim, value);
    return record;
}

// One update in a change set of its own, as the window saves an edit.
Result<ChangeSet> updateOne(const Repository& repository, const Record& before, const Record& after) {
    ChangeSet changes;
    changes.update(PromiseRegisters::promises(), before, after);
    return repository.apply(changes);
}

} // namespace

TEST_CASE("An update or delete of a row changed since it was read is refused as a conflict with the row as "
          "it is now",
          "[repository][versions][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository mine = document->repository();
    SecondClient other(*document);
    const Repository theirs = other.repository();
    const PromiseTree tree = makeTree(mine);
    CHECK(tree.promise.version == 1);

    const Record read = *mine.find(PromiseRegisters::promises(), tree.promise.uuid).value();
    CHECK(read.version == 1);
    auto changed = updateOne(theirs, read, withAim(read, QStringLiteral("Deras mål")));
    REQUIRE(changed.ok());
    CHECK(changed->rows.first().after->version == 2);

    SECTION("update") {
        auto refused = updateOne(mine, read, withAim(read, QStringLiteral("Mitt mål")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().cause == Error::Cause::Conflict);
        REQUIRE(refused.error().conflict);
        const Conflict& conflict = *refused.error().conflict;
        CHECK(conflict.spec == &PromiseRegisters::promises());
        REQUIRE(conflict.theirs);
        CHECK(conflict.theirs->value(aim) == QVariant(QStringLiteral("Deras mål")));
        CHECK(conflict.theirs->version == 2);
        CHECK(conflict.changedBy == other.writer(AuditLog::currentUser()));
        CHECK_THAT(refused.message().toStdString(), mentions(other.writer(AuditLog::currentUser())));

        // Written over the version it now has, mine is kept.
        auto kept = updateOne(mine, *conflict.theirs, withAim(*conflict.theirs, QStringLiteral("Mitt mål")));
        REQUIRE(kept.ok());
        const Record now = *mine.find(PromiseRegisters::promises(), tree.promise.uuid).value();
        CHECK(now.value(aim) == QVariant(QStringLiteral("Mitt mål")));
        CHECK(now.version == 3);
    }
    SECTION("delete") {
        const qint64 audits = auditCount(mine);
        ChangeSet removal;
        removal.remove(PromiseRegisters::statuses(), tree.status);
        removal.remove(PromiseRegisters::promises(), read); // stale: the status's removal goes back too
        auto refused = mine.apply(removal);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().cause == Error::Cause::Conflict);
        CHECK(rowCount(mine, QStringLiteral("promise_statuses")) == 1);
        CHECK(rowCount(mine, QStringLiteral("promises")) == 1);
        CHECK(auditCount(mine) == audits);
    }
    SECTION("deleted by the other") {
        const Record current = *theirs.find(PromiseRegisters::promises(), tree.promise.uuid).value();
        ChangeSet removal;
        removal.remove(PromiseRegisters::statuses(), tree.status);
        removal.remove(PromiseRegisters::targets(), tree.target);
        removal.remove(PromiseRegisters::promises(), current);
        REQUIRE(theirs.apply(removal).ok());
        auto refused = updateOne(mine, read, withAim(read, QStringLiteral("Mitt mål")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().cause == Error::Cause::Conflict);
        REQUIRE(refused.error().conflict);
        CHECK_FALSE(refused.error().conflict->theirs);
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("deleted")));
    }
}

TEST_CASE("Two clients making 1,000 interleaved edits to shared and separate records lose none",
          "[repository][versions][twoclients][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    SecondClient second(*document);
    const Repository clients[2] = {document->repository(), second.repository()};

    auto promises = clients[0].list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    REQUIRE(promises->size() >= 8);
    // Four promises both edit; two each that only one of them edits.
    QStringList shared;
    QStringList own[2];
    for (int i = 0; i < 8; ++i)
        (i < 4 ? shared : own[(i - 4) / 2]) << promises->at(i).uuid;

    // What each client last read of each record: it edits from that, as a form does from what it shows.
    QHash<QString, Record> seen[2];
    for (int c = 0; c < 2; ++c) {
        auto read = clients[c].list(PromiseRegisters::promises());
        REQUIRE(read.ok());
        for (const Record& promise : *read)
            seen[c].insert(promise.uuid, promise);
    }
    QHash<QString, QString> lastAccepted;
    for (const Record& promise : *promises)
        lastAccepted.insert(promise.uuid, promise.value(aim).toString());
    const qint64 auditsBefore = auditCount(clients[0]);

    std::mt19937 random(20);
    int accepted = 0;
    int refused = 0;
    int refusedShared = 0;
    int refusedOwn = 0;
    int rereads = 0;
    for (int edit = 0; edit < 1000; ++edit) {
        const int c = int(random() % 2);
        const bool onShared = random() % 2 == 0;
        const QStringList& pool = onShared ? shared : own[c];
        const QString uuid = pool.at(int(random() % pool.size()));
        if (random() % 10 < 3) {
            // Now and then the client reads the record again (the list refreshed, the form shown anew).
            seen[c][uuid] = *clients[c].find(PromiseRegisters::promises(), uuid).value();
            ++rereads;
        }
        const Record before = seen[c].value(uuid);
        const QString value = QStringLiteral("%1 redigerar (%2)")
                                  .arg(c == 0 ? QStringLiteral("A") : QStringLiteral("B"))
                                  .arg(edit);
        auto applied = updateOne(clients[c], before, withAim(before, value));
        if (applied) {
            ++accepted;
            lastAccepted[uuid] = value;
            seen[c][uuid] = *applied->rows.first().after;
            continue;
        }
        // A refusal is a conflict, reported with the row as it is: the last edit accepted, untouched.
        INFO(applied.message().toStdString());
        REQUIRE(applied.error().cause == Error::Cause::Conflict);
        REQUIRE(applied.error().conflict);
        REQUIRE(applied.error().conflict->theirs);
        CHECK(applied.error().conflict->theirs->value(aim).toString() == lastAccepted.value(uuid));
        ++refused;
        ++(onShared ? refusedShared : refusedOwn);
        seen[c][uuid] = *applied.error().conflict->theirs; // the user took theirs
    }

    // Every accepted edit is in the file: the last one of each record as its value, each one in the log.
    for (auto it = lastAccepted.cbegin(); it != lastAccepted.cend(); ++it) {
        const Record now = *clients[0].find(PromiseRegisters::promises(), it.key()).value();
        CHECK(now.value(aim).toString() == it.value());
    }
    CHECK(auditCount(clients[0]) - auditsBefore == accepted);
    CHECK(accepted + refused == 1000);
    CHECK(refusedOwn == 0);
    CHECK(refusedShared > 0);
    std::cout << "two clients on " << engineName(engine) << ": 1000 edits, " << accepted << " accepted, "
              << refused << " refused as conflicts (all on shared records: " << refusedShared << "), "
              << rereads << " re-reads; 0 lost" << std::endl;
}
