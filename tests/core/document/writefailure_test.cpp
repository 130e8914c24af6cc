// A write the disk refuses (full, or an input/output error) during an edit through Document: the whole step
// is rolled back, the user is told what happened, what was kept and what to do, the undo stack gets no step,
// and the file stays whole with every earlier record. Once on a real, tiny disk (a tmpfs mounted for the
// test, as root), and through a file layer that refuses writes after a byte budget (support/faultyvfs.h),
// which also gives input/output errors and works without root.
#include "../register/registerfixture.h"
#include "faultyvfs.h"
#include "io/templates.h"
#include "tinydisk.h"

#include <QStorageInfo>
#include <QTemporaryDir>

using namespace lk;
using namespace lk::test;

namespace {

// A status report with a long comment: a few dozen pages to write, with its audit row.
Record longReport(qint64 promiseId, int serial) {
    QString comment = QStringLiteral("Rapport %1: ").arg(serial);
    while (comment.size() < 19000)
        comment +=
            QStringLiteral("Trygghetsvandring i centrum med kommunen och polisen, åtgärder följs upp. ");
    QVariantMap values = statusValues(promiseId, QStringLiteral("2021-06-30"));
    values.insert(QStringLiteral("comment"), comment.left(19000));
    return recordOf(values);
}

QSet<QString> statusUuids(const Document& document) {
    auto rows =
        sql::run(document.database().connection(), QStringLiteral("SELECT uuid FROM promise_statuses"));
    REQUIRE(rows.ok());
    QSet<QString> uuids;
    while (rows->next())
        uuids.insert(rows->value(0).toString());
    return uuids;
}

void checkWhole(const Document& document) {
    auto problems = document.database().integrityProblems();
    REQUIRE(problems.ok());
    INFO(problems->join(QStringLiteral("\n")).toStdString());
    CHECK(problems->isEmpty());
}

} // namespace

TEST_CASE(
    "On a disk that really fills up an insert fails whole, says the disk is full, and keeps all before it",
    "[writefailure]") {
    QTemporaryDir mountPoint;
    REQUIRE(mountPoint.isValid());
    TinyDisk disk(mountPoint.path(), 2 * 1024 * 1024);
    if (!disk.mounted()) {
        WARN("No tmpfs could be mounted (not root?): the full disk is tested through FaultyVfs only.");
        return;
    }
    const QString path = mountPoint.filePath(QStringLiteral("full.sqlite"));
    REQUIRE(Templates::createFile(path, QStringLiteral("salem-2021-2022")).ok());
    // Ballast, so that the disk fills after a few edits and can be given room again afterwards.
    QFile ballast(mountPoint.filePath(QStringLiteral("ballast")));
    REQUIRE(ballast.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (QStorageInfo(mountPoint.path()).bytesAvailable() > 700 * 1024)
        REQUIRE(ballast.write(block) == block.size());
    ballast.close();

    QHash<QString, QString> kept; // uuid: comment, of every insert that succeeded
    qint64 statusesBefore = 0;
    {
        auto opened = Document::open(path);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        Document& document = **opened;
        statusesBefore = rowCount(document.repository(), QStringLiteral("promise_statuses"));
        const qint64 auditBefore = auditCount(document.repository());
        auto promises = document.repository().list(PromiseRegisters::promises());
        REQUIRE(promises.ok());
        Result<Record> inserted = Error{};
        for (int serial = 1; serial <= 100; ++serial) {
            const Record report = longReport(promises->first().id, serial);
            inserted = document.insert(PromiseRegisters::statuses(), report);
            if (!inserted)
                break;
            kept.insert(inserted->uuid, report.value(QStringLiteral("comment")).toString());
        }
        REQUIRE_FALSE(inserted.ok());
        REQUIRE(kept.size() > 0);
        INFO(inserted.message().toStdString());
        CHECK_THAT(inserted.message().toStdString(), mentions(QStringLiteral("The disk is full.")));
        CHECK_THAT(inserted.message().toStdString(),
                   mentions(QStringLiteral("Nothing of the change was saved")));
        CHECK(document.undoStack()->count() == kept.size());
        CHECK(rowCount(document.repository(), QStringLiteral("promise_statuses")) ==
              statusesBefore + kept.size());
        CHECK(auditCount(document.repository()) == auditBefore + kept.size());
    }

    // Room again: the file opens, is whole, and holds exactly what was saved.
    REQUIRE(ballast.remove());
    auto reopened = Document::open(path);
    INFO(reopened.message().toStdString());
    REQUIRE(reopened.ok());
    checkWhole(**reopened);
    const Repository repository = (*reopened)->repository();
    CHECK(rowCount(repository, QStringLiteral("promise_statuses")) == statusesBefore + kept.size());
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        auto found = repository.find(PromiseRegisters::statuses(), it.key());
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK((*found)->value(QStringLiteral("comment")).toString() == it.value());
    }
}

TEST_CASE("A write refused anywhere in a step leaves the file as it was and no undo step (test file layer)",
          "[writefailure][sqlite]") {
    const auto fault = GENERATE(FaultyVfs::Fault::DiskFull, FaultyVfs::Fault::WriteError);
    const QString said = fault == FaultyVfs::Fault::DiskFull
                             ? QStringLiteral("The disk is full.")
                             : QStringLiteral("The disk could not be written");
    FaultyVfs vfs; // before any file is opened, so that every connection writes through it
    TestFile file(QStringLiteral("salem-2021-2022"));
    QStringList kept;
    {
        auto document = file.open();
        auto promises = document->repository().list(PromiseRegisters::promises());
        REQUIRE(promises.ok());
        const qint64 promise = promises->first().id;
        // Earlier edits, the last of them measured: how much one more such insert writes.
        qint64 oneInsert = 0;
        for (int serial = 1; serial <= 3; ++serial) {
            const qint64 from = vfs.written();
            auto inserted = document->insert(PromiseRegisters::statuses(), longReport(promise, serial));
            REQUIRE(inserted.ok());
            kept << inserted->uuid;
            oneInsert = vfs.written() - from;
        }
        const QString before = contentOf(*document);
        const qint64 audit = auditCount(document->repository());
        const int steps = document->undoStack()->count();
        // Refused at the first byte, in a frame's header, halfway, and at the last page (the commit frame).
        for (const qint64 budget : {qint64(0), qint64(100), oneInsert / 2, oneInsert - 2000}) {
            INFO("refused after " << budget << " of about " << oneInsert << " bytes");
            vfs.failAfter(budget, fault);
            auto inserted = document->insert(PromiseRegisters::statuses(), longReport(promise, 99));
            vfs.heal();
            REQUIRE_FALSE(inserted.ok());
            INFO(inserted.message().toStdString());
            CHECK_THAT(inserted.message().toStdString(), mentions(said));
            CHECK_THAT(inserted.message().toStdString(),
                       mentions(QStringLiteral("Nothing of the change was saved")));
            CHECK(document->undoStack()->count() == steps);
            CHECK(contentOf(*document) == before);
            CHECK(auditCount(document->repository()) == audit);
            checkWhole(*document);
        }
        CHECK(vfs.refusals() >= 4);
        // With the disk writable again the same edit goes through on the same open file.
        auto again = document->insert(PromiseRegisters::statuses(), longReport(promise, 4));
        INFO(again.message().toStdString());
        REQUIRE(again.ok());
        kept << again->uuid;
        CHECK(document->undoStack()->count() == steps + 1);
    }
    auto reopened = file.open();
    checkWhole(*reopened);
    CHECK(statusUuids(*reopened).contains(QSet<QString>(kept.cbegin(), kept.cend())));
}

TEST_CASE("A large step that fills the disk midway saves none of its records (test file layer)",
          "[writefailure][sqlite]") {
    FaultyVfs vfs;
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    const QSet<QString> before = statusUuids(*document);
    // 150 long reports are more than SQLite keeps in memory (2 MB), so pages go to the log before the commit
    // and the refusal comes from an INSERT, not only from COMMIT.
    ChangeSet changes;
    for (int serial = 1; serial <= 150; ++serial)
        changes.insert(PromiseRegisters::statuses(), longReport(promises->first().id, serial));
    vfs.failAfter(1024 * 1024);
    auto applied = document->perform(changes, QStringLiteral("Import"));
    vfs.heal();
    REQUIRE_FALSE(applied.ok());
    INFO(applied.message().toStdString());
    CHECK_THAT(applied.message().toStdString(), mentions(QStringLiteral("The disk is full.")));
    CHECK(document->undoStack()->count() == 0);
    CHECK(statusUuids(*document) == before);
    checkWhole(*document);
    document.reset();
    auto reopened = file.open();
    checkWhole(*reopened);
    CHECK(statusUuids(*reopened) == before);
}

TEST_CASE("An undo that the full disk refuses keeps the record, says why, and leaves the stack",
          "[writefailure][sqlite]") {
    FaultyVfs vfs;
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    auto inserted = document->insert(PromiseRegisters::statuses(), longReport(promises->first().id, 1));
    REQUIRE(inserted.ok());
    QStringList told;
    QObject::connect(document.get(), &Document::failed, [&told](const QString& message) { told << message; });
    vfs.failAfter(0);
    document->undoStack()->undo();
    vfs.heal();
    REQUIRE(told.size() == 1);
    CHECK_THAT(told.first().toStdString(), mentions(QStringLiteral("The disk is full.")));
    CHECK(statusUuids(*document).contains(inserted->uuid));
    CHECK(document->undoStack()->count() == 0);
    checkWhole(*document);
}
