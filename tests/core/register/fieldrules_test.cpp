#include "../og/ogfixture.h"
#include "catchqt.h"
#include "og/meetingdraft.h"
#include "register/fieldrules.h"
#include "walks/walkregisters.h"

using namespace lk;
using namespace lk::test;

namespace {

// A Salem file with a meeting on 2027-01-10 and one action under it, due a week later.
struct MeetingFile : SalemFile {
    Record meeting = insertRecord(
        repository, OgRegisters::meetings(),
        {{QStringLiteral("municipality_id"), municipality}, {QStringLiteral("held_on"), QDate(2027, 1, 10)}});
    Record action = insertRecord(repository, OgRegisters::actionItems(), actionValues(QDate(2027, 1, 17)));

    QVariantMap actionValues(const QDate& due) const {
        return {{QStringLiteral("meeting_id"), meeting.id},
                {QStringLiteral("what"), QStringLiteral("Kalla skolan")},
                {QStringLiteral("responsible"), QStringLiteral("Skola")},
                {QStringLiteral("due_on"), due},
                {QStringLiteral("status"), QStringLiteral("oppen")}};
    }
};

} // namespace

TEST_CASE("notBefore names the later field and both dates", "[fieldrules]") {
    Record record;
    record.values = {{QStringLiteral("opened_on"), QDate(2021, 4, 1)},
                     {QStringLiteral("closed_on"), QDate(2021, 3, 1)}};
    const Status refused = FieldRules::notBefore(OgRegisters::cases(), record, QStringLiteral("closed_on"),
                                                 QStringLiteral("opened_on"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("closed_on"));
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("2021-03-01")));
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("2021-04-01")));
}

TEST_CASE("An action cannot be entered due before its meeting, which the message names", "[fieldrules][og]") {
    MeetingFile file;
    Record early;
    early.values = file.actionValues(QDate(2026, 1, 15));
    ChangeSet changes;
    changes.insert(OgRegisters::actionItems(), early);
    auto saved = file.document->perform(changes, QStringLiteral("New action"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().field == QStringLiteral("due_on"));
    CHECK_THAT(saved.message().toStdString(), mentions(QStringLiteral("“Due” (2026-01-15)")));
    CHECK_THAT(saved.message().toStdString(), mentions(QStringLiteral("the meeting's date (2027-01-10)")));
    CHECK(rowCount(file.repository, QStringLiteral("action_items")) == 1);

    // On the meeting's day, or later, it is taken.
    early.values.insert(QStringLiteral("due_on"), QDate(2027, 1, 10));
    ChangeSet onTheDay;
    onTheDay.insert(OgRegisters::actionItems(), early);
    CHECK(file.document->perform(onTheDay, QStringLiteral("New action")).ok());
}

TEST_CASE(
    "Moving an action's due date before its meeting is refused, and other edits of it are not held to it",
    "[fieldrules][og]") {
    MeetingFile file;
    CHECK_FALSE(file.document
                    ->update(OgRegisters::actionItems(), file.action.uuid,
                             {{QStringLiteral("due_on"), QDate(2027, 1, 9)}})
                    .ok());
    // An action stored due before its meeting (by an older version, or an import) can still be followed up:
    // only a date the user gives or changes is checked.
    ChangeSet stale;
    Record before = file.action;
    Record after = file.action;
    after.values.insert(QStringLiteral("due_on"), QDate(2026, 1, 15));
    stale.update(OgRegisters::actionItems(), before, after);
    REQUIRE(file.repository.apply(stale).ok());
    CHECK(file.document
              ->update(OgRegisters::actionItems(), file.action.uuid,
                       {{QStringLiteral("status"), QStringLiteral("klar")}})
              .ok());
}

TEST_CASE("A new meeting saved with its actions is the date they are checked against", "[fieldrules][og]") {
    SalemFile file;
    auto draft = MeetingDraft::startNew(file.repository, file.municipality, 0, QDate(2027, 1, 10));
    REQUIRE(draft.ok());
    draft->actions = {{QString(),
                       {{QStringLiteral("what"), QStringLiteral("Kalla skolan")},
                        {QStringLiteral("responsible"), QStringLiteral("Skola")},
                        {QStringLiteral("due_on"), QDate(2026, 1, 15)},
                        {QStringLiteral("status"), QStringLiteral("oppen")}}}};
    auto changes = draft->changes(file.repository);
    REQUIRE(changes.ok());
    auto saved = file.document->perform(*changes, QStringLiteral("New meeting"));
    REQUIRE_FALSE(saved.ok());
    CHECK_THAT(saved.message().toStdString(), mentions(QStringLiteral("2026-01-15")));
    CHECK(rowCount(file.repository, QStringLiteral("og_meetings")) == 0);
}

TEST_CASE("An observation's action cannot be due before its walk", "[fieldrules][walks]") {
    SalemFile file;
    const Record walk = insertRecord(file.repository, WalkRegisters::walks(),
                                     {{QStringLiteral("municipality_id"), file.municipality},
                                      {QStringLiteral("walked_on"), QDate(2022, 9, 20)},
                                      {QStringLiteral("kind"), QStringLiteral("fysisk")},
                                      {QStringLiteral("area"), QStringLiteral("Rönninge centrum")}});
    Record observation;
    observation.values = {{QStringLiteral("walk_id"), walk.id},
                          {QStringLiteral("category"), QStringLiteral("belysning")},
                          {QStringLiteral("description"), QStringLiteral("Mörk gångtunnel")},
                          {QStringLiteral("action"), QStringLiteral("Byt armatur")},
                          {QStringLiteral("due_on"), QDate(2022, 9, 1)}};
    auto saved = file.document->insert(WalkRegisters::observations(), observation);
    REQUIRE_FALSE(saved.ok());
    CHECK_THAT(saved.message().toStdString(), mentions(QStringLiteral("the walk's date (2022-09-20)")));
}
