#include "catchqt.h"
#include "og/meetingdraft.h"
#include "ogfixture.h"

using namespace lk;
using namespace lk::test;

namespace {

// "table kind" -> how many rows of that kind the change set holds.
QMap<QString, int> summaryOf(const ChangeSet& changes) {
    QMap<QString, int> summary;
    for (const RowChange& row : changes.rows) {
        const QString kind = !row.before  ? QStringLiteral("insert")
                             : !row.after ? QStringLiteral("delete")
                                          : QStringLiteral("update");
        ++summary[row.spec->table + u' ' + kind];
    }
    return summary;
}

ChangeSet changesOf(const MeetingDraft& draft, const Repository& repository) {
    auto changes = draft.changes(repository);
    INFO(changes.message().toStdString());
    REQUIRE(changes.ok());
    return *changes;
}

MeetingDraft loaded(const Repository& repository, const QString& uuid) {
    auto draft = MeetingDraft::load(repository, uuid);
    INFO(draft.message().toStdString());
    REQUIRE(draft.ok());
    return *draft;
}

QString caseUuid(const Document& document, const QString& code) {
    return scalar(document, QStringLiteral("SELECT uuid FROM og_cases WHERE code = ?"), {code}).toString();
}

QVariantMap newCase(const QDate& opened, const QString& background) {
    return {{QStringLiteral("opened_on"), opened},
            {QStringLiteral("kind"), QStringLiteral("individ")},
            {QStringLiteral("age_band"), QStringLiteral("under_15")},
            {QStringLiteral("status"), QStringLiteral("ny")},
            {QStringLiteral("path"), QStringLiteral("utbildning")},
            {QStringLiteral("responsible"), QStringLiteral("Skola")},
            {QStringLiteral("consent"), true},
            {QStringLiteral("consent_by"), QStringLiteral("vardnadshavare")},
            {QStringLiteral("consent_on"), opened},
            {QStringLiteral("background"), background}};
}

// A Salem file with one case from the year before, and a draft of a whole new meeting.
struct DraftFile : SalemFile {
    Record earlier =
        insertRecord(repository, OgRegisters::cases(),
                     caseValues(municipality, QStringLiteral("OG-2020-003"), QDate(2020, 11, 10)));
    MeetingDraft draft = makeDraft();

    MeetingDraft makeDraft() const {
        MeetingDraft d;
        d.municipalityId = municipality;
        d.values = {{QStringLiteral("held_on"), QDate(2021, 3, 9)},
                    {QStringLiteral("place"), QStringLiteral("Kommunhuset, rum Uttran")},
                    {QStringLiteral("chair"), QStringLiteral("Säkerhetssamordnaren")},
                    {QStringLiteral("promise_id"), ogPromise},
                    {QStringLiteral("agenda"), QStringLiteral("1. Lägesbild\n2. Ärenden")},
                    {QStringLiteral("minutes"), QStringLiteral("Lägesbilden gicks igenom.")}};
        d.attendance = {{QStringLiteral("Socialfältare"), 2},
                        {QStringLiteral("Polis"), 1},
                        {QStringLiteral("Skola"), 0},
                        {QStringLiteral("Fritidsgården"), 1}};
        d.newCases = {newCase(QDate(2021, 3, 9), QStringLiteral("Skolk och konflikter.")),
                      newCase(QDate(2021, 3, 9), QStringLiteral("Oro från skolan."))};
        // A new case is created only with a discussion of it: both new ones are discussed.
        d.discussions = {
            {earlier.uuid, -1, QStringLiteral("Ingen förändring."), QStringLiteral("Fortsatt bevakning.")},
            {QString(), 0, QStringLiteral("Första samtalet."), QString()},
            {QString(), 1, QStringLiteral("Nytt ärende."), QStringLiteral("Skolan kallar till möte.")}};
        d.actions = {{QString(),
                      {{QStringLiteral("what"), QStringLiteral("Kontakta skolan om frånvaron")},
                       {QStringLiteral("responsible"), QStringLiteral("Skola")},
                       {QStringLiteral("due_on"), QDate(2021, 3, 23)},
                       {QStringLiteral("status"), QStringLiteral("oppen")}}}};
        return d;
    }

    // Saves the draft as one step; returns the meeting's UUID.
    QString save() {
        auto applied = document->perform(changesOf(draft, repository), QStringLiteral("New meeting"));
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
        REQUIRE(applied->rows.first().spec == &OgRegisters::meetings());
        return applied->rows.first().after->uuid;
    }
};

} // namespace

TEST_CASE("A new meeting with everything under it is one change set, written before its rows", "[og]") {
    DraftFile og;
    const ChangeSet changes = changesOf(og.draft, og.repository);
    CHECK(summaryOf(changes) == QMap<QString, int>{{QStringLiteral("og_meetings insert"), 1},
                                                   {QStringLiteral("og_attendance insert"), 3},
                                                   {QStringLiteral("og_cases insert"), 2},
                                                   {QStringLiteral("og_case_notes insert"), 3},
                                                   {QStringLiteral("action_items insert"), 1}});
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.rows.first().spec == &OgRegisters::meetings());
    // Building the change set writes nothing.
    CHECK(rowCount(og.repository, QStringLiteral("og_meetings")) == 0);
}

TEST_CASE(
    "Saving a new meeting stores it with attendance, new cases, discussions and actions as one undo step",
    "[og]") {
    DraftFile og;
    const QString before = contentOf(*og.document);
    const QString meetingUuid = og.save();
    CHECK(og.document->undoStack()->count() == 1);

    const auto meeting = findRecord(og.repository, OgRegisters::meetings(), meetingUuid);
    REQUIRE(meeting.has_value());
    CHECK(meeting->value(QStringLiteral("municipality_id")) == QVariant(og.municipality));
    CHECK(meeting->value(QStringLiteral("promise_id")) == QVariant(og.ogPromise));
    CHECK(meeting->value(QStringLiteral("held_on")) == QVariant(QDate(2021, 3, 9)));

    // Attendance: one row per organisation present; none for the school, which had nobody there.
    auto attendance =
        og.repository.list(OgRegisters::attendance(), QStringLiteral("meeting_id"), meeting->id);
    REQUIRE(attendance.ok());
    QMap<QString, int> present;
    for (const Record& row : *attendance)
        present.insert(row.value(QStringLiteral("organisation")).toString(),
                       row.value(QStringLiteral("present")).toInt());
    CHECK(present == QMap<QString, int>{{QStringLiteral("Socialfältare"), 2},
                                        {QStringLiteral("Polis"), 1},
                                        {QStringLiteral("Fritidsgården"), 1}});

    // The new cases get the first codes of their year, in the order they were entered, and the municipality.
    const QString first = caseUuid(*og.document, QStringLiteral("OG-2021-001"));
    const QString second = caseUuid(*og.document, QStringLiteral("OG-2021-002"));
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE_FALSE(second.isEmpty());
    CHECK(findRecord(og.repository, OgRegisters::cases(), first)->value(QStringLiteral("background")) ==
          QVariant(QStringLiteral("Skolk och konflikter.")));
    CHECK(findRecord(og.repository, OgRegisters::cases(), second)->value(QStringLiteral("municipality_id")) ==
          QVariant(og.municipality));
    CHECK(rowCount(og.repository, QStringLiteral("og_cases")) == 3);

    // Three discussions: the earlier case and both new ones.
    CHECK(
        countWhere(og.repository,
                   QStringLiteral("SELECT count(*) FROM og_case_notes n JOIN og_cases c ON c.id = n.case_id "
                                  "WHERE n.meeting_id = ? AND c.uuid = ? AND n.note = 'Ingen förändring.'"),
                   {meeting->id, og.earlier.uuid}) == 1);
    CHECK(
        countWhere(og.repository,
                   QStringLiteral(
                       "SELECT count(*) FROM og_case_notes n JOIN og_cases c ON c.id = n.case_id "
                       "WHERE n.meeting_id = ? AND c.uuid = ? AND n.decisions = 'Skolan kallar till möte.'"),
                   {meeting->id, second}) == 1);
    CHECK(rowCount(og.repository, QStringLiteral("og_case_notes")) == 3);
    CHECK(countWhere(og.repository,
                     QStringLiteral(
                         "SELECT count(*) FROM action_items WHERE meeting_id = ? AND status = 'oppen' AND "
                         "due_on = '2021-03-23'"),
                     {meeting->id}) == 1);

    const QString saved = contentOf(*og.document);
    og.document->undoStack()->undo();
    CHECK(contentOf(*og.document) == before);
    CHECK(rowCount(og.repository, QStringLiteral("og_cases")) == 1);
    og.document->undoStack()->redo();
    CHECK(contentOf(*og.document) == saved);
}

TEST_CASE("New cases take the codes after those of their year", "[og]") {
    DraftFile og;
    insertRecord(og.repository, OgRegisters::cases(),
                 caseValues(og.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9)));
    og.draft.newCases = {newCase(QDate(2021, 3, 9), QStringLiteral("A.")),
                         newCase(QDate(2022, 1, 11), QStringLiteral("B.")),
                         newCase(QDate(2021, 3, 9), QStringLiteral("C."))};
    og.draft.discussions = {{QString(), 0, QStringLiteral("a"), QString()},
                            {QString(), 1, QStringLiteral("b"), QString()},
                            {QString(), 2, QStringLiteral("c"), QString()}};
    og.save();
    const auto codeOf = [&](const QString& background) {
        return scalar(*og.document, QStringLiteral("SELECT code FROM og_cases WHERE background = ?"),
                      {background})
            .toString();
    };
    CHECK(codeOf(QStringLiteral("A.")) == QStringLiteral("OG-2021-002"));
    CHECK(codeOf(QStringLiteral("B.")) == QStringLiteral("OG-2022-001"));
    CHECK(codeOf(QStringLiteral("C.")) == QStringLiteral("OG-2021-003"));
    // Each discussion is of its own new case.
    CHECK(countWhere(og.repository,
                     QStringLiteral(
                         "SELECT count(*) FROM og_case_notes n JOIN og_cases c ON c.id = n.case_id WHERE "
                         "(c.background = 'A.' AND n.note = 'a') OR (c.background = 'B.' AND n.note = 'b') "
                         "OR (c.background = 'C.' AND n.note = 'c')")) == 3);
}

TEST_CASE("Loading a saved meeting gives back what was saved, and unchanged it changes nothing", "[og]") {
    DraftFile og;
    const QString meetingUuid = og.save();
    const MeetingDraft draft = loaded(og.repository, meetingUuid);

    CHECK(draft.uuid == meetingUuid);
    CHECK(draft.municipalityId == og.municipality);
    for (const QString& field :
         {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("chair"),
          QStringLiteral("promise_id"), QStringLiteral("agenda"), QStringLiteral("minutes")}) {
        INFO(field.toStdString());
        CHECK(draft.values.value(field) ==
              OgRegisters::meetings().field(field).normalized(og.draft.values.value(field)));
    }
    CHECK(draft.attendance == QMap<QString, int>{{QStringLiteral("Socialfältare"), 2},
                                                 {QStringLiteral("Polis"), 1},
                                                 {QStringLiteral("Fritidsgården"), 1}});
    CHECK(draft.newCases.isEmpty());
    REQUIRE(draft.discussions.size() == 3);
    CHECK(draft.discussions.at(0).caseUuid == og.earlier.uuid);
    CHECK(draft.discussions.at(0).newCase == -1);
    CHECK(draft.discussions.at(0).note == QStringLiteral("Ingen förändring."));
    CHECK(draft.discussions.at(0).decisions == QStringLiteral("Fortsatt bevakning."));
    CHECK(draft.discussions.at(1).caseUuid == caseUuid(*og.document, QStringLiteral("OG-2021-001")));
    CHECK(draft.discussions.at(1).note == QStringLiteral("Första samtalet."));
    CHECK(draft.discussions.at(2).caseUuid == caseUuid(*og.document, QStringLiteral("OG-2021-002")));
    CHECK(draft.discussions.at(2).newCase == -1);
    CHECK(draft.discussions.at(2).note == QStringLiteral("Nytt ärende."));
    REQUIRE(draft.actions.size() == 1);
    CHECK_FALSE(draft.actions.at(0).uuid.isEmpty());
    CHECK(draft.actions.at(0).values.value(QStringLiteral("what")) ==
          QVariant(QStringLiteral("Kontakta skolan om frånvaron")));
    CHECK(draft.actions.at(0).values.value(QStringLiteral("due_on")) == QVariant(QDate(2021, 3, 23)));
    CHECK(draft.actions.at(0).values.value(QStringLiteral("status")) == QVariant(QStringLiteral("oppen")));

    CHECK(changesOf(draft, og.repository).isEmpty());
}

TEST_CASE("Loading a meeting that does not exist fails with a message", "[og]") {
    SalemFile salem;
    auto draft = MeetingDraft::load(salem.repository, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    CHECK_FALSE(draft.ok());
    CHECK_FALSE(draft.message().isEmpty());
}

TEST_CASE("Editing a meeting changes only what was edited", "[og]") {
    DraftFile og;
    const QString meetingUuid = og.save();
    const QString saved = contentOf(*og.document);
    MeetingDraft draft = loaded(og.repository, meetingUuid);
    const QString droppedAction = draft.actions.at(0).uuid;

    draft.values.insert(QStringLiteral("minutes"), QStringLiteral("Lägesbilden och ärendena gicks igenom."));
    draft.attendance[QStringLiteral("Polis")] = 3;            // a count changes
    draft.attendance.remove(QStringLiteral("Fritidsgården")); // an organisation is dropped
    draft.attendance[QStringLiteral("Socialfältare")] = 0;    // nobody came after all
    draft.discussions[0].note = QStringLiteral("Samtal genomfört, motivation finns.");
    draft.discussions.removeAt(2);
    draft.discussions.removeAt(1);
    draft.actions.clear();
    draft.actions.append({QString(),
                          {{QStringLiteral("what"), QStringLiteral("Bjuda in arbetsmarknadsenheten")},
                           {QStringLiteral("responsible"), QStringLiteral("Säkerhetssamordnare")},
                           {QStringLiteral("due_on"), QDate(2021, 4, 13)},
                           {QStringLiteral("status"), QStringLiteral("oppen")}}});

    const ChangeSet changes = changesOf(draft, og.repository);
    CHECK(summaryOf(changes) == QMap<QString, int>{{QStringLiteral("og_meetings update"), 1},
                                                   {QStringLiteral("og_attendance update"), 1},
                                                   {QStringLiteral("og_attendance delete"), 2},
                                                   {QStringLiteral("og_case_notes update"), 1},
                                                   {QStringLiteral("og_case_notes delete"), 2},
                                                   {QStringLiteral("action_items delete"), 1},
                                                   {QStringLiteral("action_items insert"), 1}});
    auto applied = og.document->perform(changes, QStringLiteral("Edit meeting"));
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());

    const MeetingDraft after = loaded(og.repository, meetingUuid);
    CHECK(after.values.value(QStringLiteral("minutes")) ==
          QVariant(QStringLiteral("Lägesbilden och ärendena gicks igenom.")));
    CHECK(after.attendance == QMap<QString, int>{{QStringLiteral("Polis"), 3}});
    REQUIRE(after.discussions.size() == 1);
    CHECK(after.discussions.at(0).caseUuid == og.earlier.uuid);
    CHECK(after.discussions.at(0).note == QStringLiteral("Samtal genomfört, motivation finns."));
    REQUIRE(after.actions.size() == 1);
    CHECK(after.actions.at(0).uuid != droppedAction);
    CHECK(after.actions.at(0).values.value(QStringLiteral("what")) ==
          QVariant(QStringLiteral("Bjuda in arbetsmarknadsenheten")));
    // The case whose discussion went stays: it was opened at the meeting, but it is a case of its own now.
    CHECK_FALSE(caseUuid(*og.document, QStringLiteral("OG-2021-002")).isEmpty());
    CHECK(changesOf(after, og.repository).isEmpty());

    CHECK(og.document->undoStack()->count() == 2);
    og.document->undoStack()->undo();
    CHECK(contentOf(*og.document) == saved);
}

TEST_CASE("Editing one action and one discussion updates just those rows", "[og]") {
    DraftFile og;
    const QString meetingUuid = og.save();
    MeetingDraft draft = loaded(og.repository, meetingUuid);
    const QString actionUuid = draft.actions.at(0).uuid;
    draft.actions[0].values.insert(QStringLiteral("status"), QStringLiteral("klar"));
    draft.actions[0].values.insert(QStringLiteral("done_on"), QDate(2021, 3, 20));
    draft.discussions[1].decisions = QStringLiteral("Fältarna följer upp till nästa möte.");

    const ChangeSet changes = changesOf(draft, og.repository);
    CHECK(summaryOf(changes) == QMap<QString, int>{{QStringLiteral("action_items update"), 1},
                                                   {QStringLiteral("og_case_notes update"), 1}});
    REQUIRE(og.repository.apply(changes).ok());
    const auto action = findRecord(og.repository, OgRegisters::actionItems(), actionUuid);
    REQUIRE(action.has_value());
    CHECK(action->value(QStringLiteral("status")) == QVariant(QStringLiteral("klar")));
    CHECK(action->value(QStringLiteral("done_on")) == QVariant(QDate(2021, 3, 20)));
}

TEST_CASE("A case listed twice among the cases discussed is refused and nothing is saved", "[og]") {
    DraftFile og;
    const QString before = contentOf(*og.document);
    SECTION("an existing case") {
        og.draft.discussions.append({og.earlier.uuid, -1, QStringLiteral("Igen."), QString()});
    }
    SECTION("a new case") {
        og.draft.discussions.append({QString(), 1, QStringLiteral("Igen."), QString()});
    }
    auto changes = og.draft.changes(og.repository);
    INFO(changes.message().toStdString());
    REQUIRE_FALSE(changes.ok());
    CHECK(changes.message().contains(QStringLiteral("twice")));
    CHECK(contentOf(*og.document) == before);
}

TEST_CASE("A discussion of a case that no longer exists is refused", "[og]") {
    DraftFile og;
    og.draft.discussions.append(
        {QStringLiteral("00000000-0000-4000-8000-000000000000"), -1, QStringLiteral("x"), {}});
    auto changes = og.draft.changes(og.repository);
    CHECK_FALSE(changes.ok());
    CHECK_FALSE(changes.message().isEmpty());
}

TEST_CASE("A draft refused by the personal-data guard saves nothing, not even its new cases", "[og]") {
    DraftFile og;
    const QString before = contentOf(*og.document);
    const qint64 auditBefore = auditCount(og.repository);
    og.draft.discussions[1].note = QStringLiteral("Samtal med ") + validPersonalNumber();
    auto applied = og.document->perform(changesOf(og.draft, og.repository), QStringLiteral("New meeting"));
    INFO(applied.message().toStdString());
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.message().contains(QStringLiteral("Note")));
    CHECK(contentOf(*og.document) == before);
    CHECK(auditCount(og.repository) == auditBefore);
    CHECK(og.document->undoStack()->count() == 0);
}

TEST_CASE("A new meeting starts like the latest one of its municipality, on today's date", "[og]") {
    SalemFile salem;
    const Repository& repository = salem.repository;
    // The latest by date is entered first: the order of entry must not matter.
    const Record latest =
        insertRecord(repository, OgRegisters::meetings(),
                     merged(meetingValues(salem.municipality, QDate(2021, 5, 11), salem.ogPromise),
                            {{QStringLiteral("place"), QStringLiteral("Rönninge bibliotek")},
                             {QStringLiteral("chair"), QStringLiteral("Kommunpolisen")}}));
    insertRecord(repository, OgRegisters::attendance(),
                 attendanceValues(latest.id, QStringLiteral("Polis"), 2));
    insertRecord(repository, OgRegisters::attendance(),
                 attendanceValues(latest.id, QStringLiteral("Skola"), 1));
    const Record older = insertRecord(repository, OgRegisters::meetings(),
                                      meetingValues(salem.municipality, QDate(2021, 4, 13), salem.ogPromise));
    insertRecord(repository, OgRegisters::attendance(),
                 attendanceValues(older.id, QStringLiteral("Socialfältare"), 1));
    // Another municipality's meeting is later still, and is not the model.
    const qint64 other = salem.otherMunicipality();
    const Record elsewhere = insertRecord(repository, OgRegisters::meetings(),
                                          merged(meetingValues(other, QDate(2021, 6, 8)),
                                                 {{QStringLiteral("place"), QStringLiteral("Tumba")}}));
    insertRecord(repository, OgRegisters::attendance(),
                 attendanceValues(elsewhere.id, QStringLiteral("Polis"), 5));

    auto started =
        MeetingDraft::startNew(repository, salem.municipality, salem.ogPromise, QDate(2021, 6, 15));
    INFO(started.message().toStdString());
    REQUIRE(started.ok());
    CHECK(started->uuid.isEmpty());
    CHECK(started->municipalityId == salem.municipality);
    CHECK(started->values.value(QStringLiteral("held_on")) == QVariant(QDate(2021, 6, 15)));
    CHECK(started->values.value(QStringLiteral("promise_id")) == QVariant(salem.ogPromise));
    CHECK(started->values.value(QStringLiteral("place")) == QVariant(QStringLiteral("Rönninge bibliotek")));
    CHECK(started->values.value(QStringLiteral("chair")) == QVariant(QStringLiteral("Kommunpolisen")));
    CHECK_FALSE(started->values.value(QStringLiteral("agenda")).isValid());
    CHECK_FALSE(started->values.value(QStringLiteral("minutes")).isValid());
    CHECK(started->attendance ==
          QMap<QString, int>{{QStringLiteral("Polis"), 2}, {QStringLiteral("Skola"), 1}});
    CHECK(started->newCases.isEmpty());
    CHECK(started->discussions.isEmpty());
    CHECK(started->actions.isEmpty());

    // Saved as it is, it is a third meeting of Salem with the same attendance.
    auto applied = salem.document->perform(changesOf(*started, repository), QStringLiteral("New meeting"));
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    const QString uuid = applied->rows.first().after->uuid;
    CHECK(uuid != latest.uuid);
    CHECK(loaded(repository, uuid).attendance == started->attendance);
    CHECK(countWhere(repository, QStringLiteral("SELECT count(*) FROM og_meetings WHERE municipality_id = ?"),
                     {salem.municipality}) == 3);
}

TEST_CASE("A new meeting without a promise or an earlier meeting starts with today's date only", "[og]") {
    SalemFile salem;
    auto started = MeetingDraft::startNew(salem.repository, salem.municipality, 0, QDate(2021, 1, 12));
    REQUIRE(started.ok());
    CHECK(started->values.value(QStringLiteral("held_on")) == QVariant(QDate(2021, 1, 12)));
    CHECK_FALSE(started->values.value(QStringLiteral("promise_id")).isValid());
    CHECK_FALSE(started->values.value(QStringLiteral("place")).isValid());
    CHECK(started->attendance.isEmpty());
    CHECK(started->municipalityId == salem.municipality);
}

TEST_CASE("The organisations offered are the seed's five, then the others this municipality has used",
          "[og]") {
    SalemFile salem;
    const QStringList seed{QStringLiteral("Socialfältare"), QStringLiteral("Fritidsfältare"),
                           QStringLiteral("Skola"), QStringLiteral("Säkerhetssamordnare"),
                           QStringLiteral("Polis")};
    CHECK(OgRegisters::organisations() == seed);
    CHECK(MeetingDraft::organisations(salem.repository, salem.municipality) == seed);

    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 3, 9)));
    const Record later = insertRecord(salem.repository, OgRegisters::meetings(),
                                      meetingValues(salem.municipality, QDate(2021, 4, 13)));
    insertRecord(salem.repository, OgRegisters::attendance(),
                 attendanceValues(meeting.id, QStringLiteral("Polis"), 1));
    insertRecord(salem.repository, OgRegisters::attendance(),
                 attendanceValues(meeting.id, QStringLiteral("Socialtjänsten"), 1));
    insertRecord(salem.repository, OgRegisters::attendance(),
                 attendanceValues(later.id, QStringLiteral("Fritidsgården"), 2));
    insertRecord(salem.repository, OgRegisters::attendance(),
                 attendanceValues(later.id, QStringLiteral("Socialtjänsten"), 1));
    const qint64 other = salem.otherMunicipality();
    const Record elsewhere =
        insertRecord(salem.repository, OgRegisters::meetings(), meetingValues(other, QDate(2021, 4, 13)));
    insertRecord(salem.repository, OgRegisters::attendance(),
                 attendanceValues(elsewhere.id, QStringLiteral("Räddningstjänsten"), 1));

    CHECK(MeetingDraft::organisations(salem.repository, salem.municipality) ==
          seed + QStringList{QStringLiteral("Fritidsgården"), QStringLiteral("Socialtjänsten")});
    CHECK(MeetingDraft::organisations(salem.repository, other) ==
          seed + QStringList{QStringLiteral("Räddningstjänsten")});
}

TEST_CASE("A meeting counts only for a promise of the period it was held in", "[og]") {
    SalemFile salem;
    // A new meeting after the period (2021–2022) starts without a promise.
    auto later =
        MeetingDraft::startNew(salem.repository, salem.municipality, salem.ogPromise, QDate(2026, 11, 25));
    REQUIRE(later.ok());
    CHECK_FALSE(later->values.value(QStringLiteral("promise_id")).isValid());
    auto inside =
        MeetingDraft::startNew(salem.repository, salem.municipality, salem.ogPromise, QDate(2022, 3, 8));
    REQUIRE(inside.ok());
    CHECK(inside->values.value(QStringLiteral("promise_id")).toLongLong() == salem.ogPromise);

    // Linking it by hand to a promise of another period is refused, naming the period; nothing is written.
    MeetingDraft draft = *later;
    draft.values.insert(QStringLiteral("promise_id"), salem.ogPromise);
    auto changes = draft.changes(salem.repository);
    REQUIRE_FALSE(changes.ok());
    CHECK(changes.message().contains(QStringLiteral("2021–2022")));
    CHECK(changes.message().contains(QStringLiteral("2026-11-25")));
}
