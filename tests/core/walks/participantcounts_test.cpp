#include "joined.h"
#include "walkfixture.h"
#include "walks/participantcounts.h"

using namespace lk;
using namespace lk::test;

namespace {

QVariantMap groupValues(qint64 walk, const QString& group, int count) {
    return {{QStringLiteral("walk_id"), walk},
            {QStringLiteral("participant_group"), group},
            {QStringLiteral("count"), count}};
}

// The walk's rows as "group=count", by group.
QString stored(const WalkFile& walk) {
    return lk::test::joined(*walk.document,
                            QStringLiteral("SELECT participant_group || '=' || count FROM walk_participants "
                                           "WHERE walk_id = ? ORDER BY participant_group"),
                            {walk.walk.id});
}

ParticipantCounts::Saved saved(WalkFile& walk, const QString& group, int count) {
    auto saved = ParticipantCounts::save(*walk.document, walk.walk.id, group, count);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    return *saved;
}

} // namespace

TEST_CASE("A walk's participants are read by group, and only that walk's", "[walks]") {
    WalkFile walk;
    const Record other = insertRecord(walk.repository, WalkRegisters::walks(),
                                      walkValues(walk.municipality, QDate(2022, 5, 30)));
    insertRecord(walk.repository, WalkRegisters::participants(),
                 groupValues(walk.walk.id, QStringLiteral("boende"), 9));
    insertRecord(walk.repository, WalkRegisters::participants(),
                 groupValues(walk.walk.id, QStringLiteral("polisen"), 2));
    insertRecord(walk.repository, WalkRegisters::participants(),
                 groupValues(other.id, QStringLiteral("boende"), 7));

    auto counts = ParticipantCounts::of(walk.repository, walk.walk.id);
    REQUIRE(counts.ok());
    CHECK(*counts == QMap<QString, int>{{QStringLiteral("boende"), 9}, {QStringLiteral("polisen"), 2}});
    auto none = ParticipantCounts::of(walk.repository, 0);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    REQUIRE(sql::run(walk.repository.database(), QStringLiteral("DROP TABLE walk_participants")).ok());
    CHECK_FALSE(ParticipantCounts::of(walk.repository, walk.walk.id).ok());
}

TEST_CASE("A group's count is saved as one audited, undoable step: added, changed, or removed at 0",
          "[walks]") {
    WalkFile walk;
    QUndoStack* undo = walk.document->undoStack();
    const qint64 audit = auditCount(walk.repository);

    SECTION("A group that came gets a row; one undo takes it away") {
        const auto added = saved(walk, QStringLiteral("boende"), 9);
        CHECK_FALSE(added.sameCount);
        CHECK(added.written.ok());
        CHECK(stored(walk) == QStringLiteral("boende=9"));
        CHECK(auditCount(walk.repository) == audit + 1);
        CHECK(undo->count() == 1);
        undo->undo();
        CHECK(stored(walk).isEmpty());
    }
    SECTION("A new count changes the row; the same count writes nothing") {
        saved(walk, QStringLiteral("boende"), 9);
        const auto changed = saved(walk, QStringLiteral("boende"), 12);
        CHECK_FALSE(changed.sameCount);
        CHECK(changed.written.ok());
        CHECK(stored(walk) == QStringLiteral("boende=12"));
        CHECK(undo->count() == 2);
        const auto same = saved(walk, QStringLiteral("boende"), 12);
        CHECK(same.sameCount);
        CHECK(undo->count() == 2);
        CHECK(auditCount(walk.repository) == audit + 2);
        undo->undo();
        CHECK(stored(walk) == QStringLiteral("boende=9"));
    }
    SECTION("0 removes the group's row, so the file holds only the groups that came") {
        saved(walk, QStringLiteral("boende"), 9);
        saved(walk, QStringLiteral("polisen"), 2);
        const auto removed = saved(walk, QStringLiteral("polisen"), 0);
        CHECK_FALSE(removed.sameCount);
        CHECK(removed.written.ok());
        CHECK(stored(walk) == QStringLiteral("boende=9"));
        undo->undo();
        CHECK(stored(walk) == QStringLiteral("boende=9,polisen=2"));
    }
    SECTION("0 for a group that has no row writes nothing") {
        const auto nothing = saved(walk, QStringLiteral("kommunen"), 0);
        CHECK_FALSE(nothing.sameCount);
        CHECK(nothing.written.ok());
        CHECK(stored(walk).isEmpty());
        CHECK(undo->count() == 0);
        CHECK(auditCount(walk.repository) == audit);
    }
    SECTION("A count the register refuses is not written, and the refusal says why") {
        const auto refused = saved(walk, QStringLiteral("boende"), 20000);
        CHECK_FALSE(refused.written.ok());
        CHECK_FALSE(refused.written.message().isEmpty());
        saved(walk, QStringLiteral("boende"), 9);
        CHECK_FALSE(saved(walk, QStringLiteral("boende"), 20000).written.ok());
        CHECK(stored(walk) == QStringLiteral("boende=9"));
    }
    SECTION("Only the walk's own row of the group is touched") {
        const Record other = insertRecord(walk.repository, WalkRegisters::walks(),
                                          walkValues(walk.municipality, QDate(2022, 5, 30)));
        insertRecord(walk.repository, WalkRegisters::participants(),
                     groupValues(other.id, QStringLiteral("boende"), 7));
        saved(walk, QStringLiteral("boende"), 9);
        CHECK(stored(walk) == QStringLiteral("boende=9"));
        CHECK(scalar(*walk.document, QStringLiteral("SELECT count FROM walk_participants WHERE walk_id = ?"),
                     {other.id})
                  .toInt() == 7);
    }
    SECTION("What is stored cannot be read: an error, and nothing written") {
        REQUIRE(sql::run(walk.repository.database(), QStringLiteral("DROP TABLE walk_participants")).ok());
        CHECK_FALSE(ParticipantCounts::save(*walk.document, walk.walk.id, QStringLiteral("boende"), 9).ok());
        CHECK(undo->count() == 0);
    }
}
