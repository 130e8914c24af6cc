#include "catchqt.h"
#include "register/recordtablemodel.h"

#include "io/jsonimporter.h"
#include "ogfixture.h"
#include <QSignalSpy>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lk;
using namespace lk::test;

namespace {

// One meeting of the counting promise with one of everything under it: attendance, a case discussed at it,
// and an action item.
struct OgFile : SalemFile {
    Record meeting = insertRecord(repository, OgRegisters::meetings(),
                                  meetingValues(municipality, QDate(2021, 3, 9), ogPromise));
    Record attended = insertRecord(repository, OgRegisters::attendance(),
                                   attendanceValues(meeting.id, QStringLiteral("Polis"), 2));
    Record openCase =
        insertRecord(repository, OgRegisters::cases(),
                     caseValues(municipality, QStringLiteral("OG-2021-001"), QDate(2021, 3, 9)));
    Record note = insertRecord(repository, OgRegisters::caseNotes(),
                               noteValues(openCase.id, meeting.id, QStringLiteral("Kontakt etablerad."),
                                          QStringLiteral("Fältarna följer upp.")));
    Record action =
        insertRecord(repository, OgRegisters::actionItems(),
                     actionValues(meeting.id, QStringLiteral("Kontakta skolan"), QDate(2021, 3, 23)));

    qint64 rows(const QString& table, const QString& column, qint64 id) const {
        return countWhere(repository,
                          QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE ") +
                              column + QStringLiteral(" = ?"),
                          {id});
    }
};

void checkValues(const RegisterSpec& spec, const Record& record, const QVariantMap& expected) {
    for (const FieldSpec& field : spec.fields) {
        INFO(spec.table.toStdString() + "." + field.name.toStdString());
        CHECK(record.value(field.name) == field.normalized(expected.value(field.name)));
    }
}

QStringList auditActions(const Repository& repository, const QString& table, const QString& uuid) {
    auto rows =
        sql::run(repository.database(),
                 QStringLiteral("SELECT action FROM audit_log WHERE table_name = ? AND record_uuid = ? "
                                "ORDER BY id"),
                 {table, uuid});
    REQUIRE(rows.ok());
    QStringList actions;
    while (rows->next())
        actions << rows->value(0).toString();
    return actions;
}

// Insert, find, update, find, delete, find: each step as the Repository does it, each audited.
void roundTrip(const Repository& repository, const RegisterSpec& spec, const QVariantMap& values,
               const QVariantMap& changes) {
    const Record inserted = insertRecord(repository, spec, values);
    CHECK(inserted.id > 0);
    CHECK_FALSE(inserted.uuid.isEmpty());
    auto found = findRecord(repository, spec, inserted.uuid);
    REQUIRE(found.has_value());
    CHECK(found->id == inserted.id);
    checkValues(spec, *found, values);

    const QVariantMap changed = merged(values, changes);
    Record after = *found;
    after.values = changed;
    ChangeSet update;
    update.update(spec, *found, after);
    auto updated = repository.apply(update);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    auto refound = findRecord(repository, spec, inserted.uuid);
    REQUIRE(refound.has_value());
    checkValues(spec, *refound, changed);

    ChangeSet removal;
    removal.remove(spec, *refound);
    auto removed = repository.apply(removal);
    INFO(removed.message().toStdString());
    REQUIRE(removed.ok());
    CHECK_FALSE(findRecord(repository, spec, inserted.uuid).has_value());
    CHECK(auditActions(repository, spec.table, inserted.uuid) ==
          QStringList{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")});
}

// Requires `values` to be refused as a new record of `spec`, naming `label`, with nothing written.
void checkRefused(const Repository& repository, const RegisterSpec& spec, const QVariantMap& values,
                  const QString& label) {
    const qint64 rowsBefore = rowCount(repository, spec.table);
    const qint64 auditBefore = auditCount(repository);
    ChangeSet changes;
    changes.insert(spec, recordOf(values));
    auto applied = repository.apply(changes);
    INFO("message: " << applied.message().toStdString());
    CHECK_FALSE(applied.ok());
    CHECK(applied.message().contains(label));
    CHECK(rowCount(repository, spec.table) == rowsBefore);
    CHECK(auditCount(repository) == auditBefore);
}

void checkAccepted(const Repository& repository, const RegisterSpec& spec, const QVariantMap& values) {
    ChangeSet changes;
    changes.insert(spec, recordOf(values));
    auto applied = repository.apply(changes);
    INFO("message: " << applied.message().toStdString());
    CHECK(applied.ok());
}

} // namespace

TEST_CASE("Meetings are inserted, found, updated and deleted by UUID, each step audited", "[og]") {
    SalemFile salem;
    const qint64 other = salem.promiseTitled(QStringLiteral("Trygghetsvandringar")).id;
    roundTrip(salem.repository, OgRegisters::meetings(),
              meetingValues(salem.municipality, QDate(2021, 4, 13), salem.ogPromise),
              {{QStringLiteral("held_on"), QDate(2021, 4, 20)},
               {QStringLiteral("promise_id"), other},
               {QStringLiteral("place"), QStringLiteral("Rönninge bibliotek")},
               {QStringLiteral("agenda"), QVariant()},
               {QStringLiteral("minutes"), QStringLiteral("Mötet flyttades en vecka.")}});
}

TEST_CASE("Attendance rows are inserted, found, updated and deleted by UUID", "[og]") {
    SalemFile salem;
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 4, 13)));
    roundTrip(
        salem.repository, OgRegisters::attendance(),
        attendanceValues(meeting.id, QStringLiteral("Fritidsfältare"), 2),
        {{QStringLiteral("present"), 3}, {QStringLiteral("organisation"), QStringLiteral("Fritidsgården")}});
}

TEST_CASE("Cases are inserted, found, updated and deleted by UUID", "[og]") {
    SalemFile salem;
    roundTrip(salem.repository, OgRegisters::cases(),
              caseValues(salem.municipality, QStringLiteral("OG-2021-004"), QDate(2021, 9, 14)),
              {{QStringLiteral("status"), QStringLiteral("avslutad")},
               {QStringLiteral("outcome"), QStringLiteral("delvis")},
               {QStringLiteral("closed_on"), QDate(2022, 5, 10)},
               {QStringLiteral("path"), QStringLiteral("arbete")},
               {QStringLiteral("kind"), QStringLiteral("grupp")},
               {QStringLiteral("background"), QVariant()}});
}

TEST_CASE("Case discussions are inserted, found, updated and deleted by UUID", "[og]") {
    SalemFile salem;
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 4, 13)));
    const Record discussed =
        insertRecord(salem.repository, OgRegisters::cases(),
                     caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 4, 13)));
    roundTrip(salem.repository, OgRegisters::caseNotes(),
              noteValues(discussed.id, meeting.id, QStringLiteral("Samtal genomfört."),
                         QStringLiteral("Skolan kallar till möte.")),
              {{QStringLiteral("note"), QStringLiteral("Samtal genomfört, motivation finns.")},
               {QStringLiteral("decisions"), QVariant()}});
}

TEST_CASE("Action items are inserted, found, updated and deleted by UUID", "[og]") {
    SalemFile salem;
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 4, 13)));
    roundTrip(salem.repository, OgRegisters::actionItems(),
              actionValues(meeting.id, QStringLiteral("Boka möte med vårdnadshavare"), QDate(2021, 4, 27)),
              {{QStringLiteral("status"), QStringLiteral("klar")},
               {QStringLiteral("done_on"), QDate(2021, 4, 26)},
               {QStringLiteral("responsible"), QStringLiteral("Polis")}});
}

TEST_CASE("A closed case needs its closing date and outcome, and an open case has no outcome", "[og]") {
    SalemFile salem;
    const Repository& repository = salem.repository;
    const QVariantMap open = caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    const QVariantMap closed = closedCaseValues(salem.municipality, QStringLiteral("OG-2021-001"),
                                                QDate(2021, 2, 9), QDate(2021, 9, 14));

    checkRefused(repository, OgRegisters::cases(),
                 merged(closed, {{QStringLiteral("closed_on"), QVariant()}}), QStringLiteral("Closed on"));
    checkRefused(repository, OgRegisters::cases(), merged(closed, {{QStringLiteral("outcome"), QVariant()}}),
                 QStringLiteral("Outcome"));
    checkRefused(repository, OgRegisters::cases(),
                 merged(open, {{QStringLiteral("outcome"), QStringLiteral("brot_trenden")}}),
                 QStringLiteral("Outcome"));
    checkRefused(repository, OgRegisters::cases(),
                 merged(closed, {{QStringLiteral("status"), QStringLiteral("ny")}}),
                 QStringLiteral("Outcome"));
    checkRefused(repository, OgRegisters::cases(),
                 merged(closed, {{QStringLiteral("closed_on"), QDate(2021, 2, 8)}}),
                 QStringLiteral("Closed on"));
    checkRefused(repository, OgRegisters::cases(),
                 merged(closed, {{QStringLiteral("closed_on"), QDate(2021, 2, 8)}}),
                 QStringLiteral("Opened on"));

    // Closed on the day it opened is fine, and so is each valid form.
    checkAccepted(repository, OgRegisters::cases(),
                  merged(closed, {{QStringLiteral("closed_on"), QDate(2021, 2, 9)}}));
    checkAccepted(repository, OgRegisters::cases(),
                  merged(open, {{QStringLiteral("code"), QStringLiteral("OG-2021-002")}}));
    CHECK(rowCount(repository, QStringLiteral("og_cases")) == 2);
}

TEST_CASE("A case rule refuses an update too and leaves the stored case as it was", "[og]") {
    SalemFile salem;
    const Record stored =
        insertRecord(salem.repository, OgRegisters::cases(),
                     caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9)));
    const qint64 auditBefore = auditCount(salem.repository);
    const QString before = contentOf(*salem.document);

    Record after = stored;
    after.values.insert(QStringLiteral("status"), QStringLiteral("avslutad"));
    after.values.insert(QStringLiteral("closed_on"), QDate(2021, 6, 1));
    ChangeSet changes;
    changes.update(OgRegisters::cases(), stored, after);
    auto applied = salem.repository.apply(changes);
    INFO(applied.message().toStdString());
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.message().contains(QStringLiteral("Outcome")));
    CHECK(contentOf(*salem.document) == before);
    CHECK(auditCount(salem.repository) == auditBefore);
}

TEST_CASE("The case rules read empty text as no value, as the field checks do", "[og]") {
    // A caller that hands over an empty text (a cleared line edit) must not get a closed case stored without
    // its closing date, nor an open action refused for an empty done date.
    SalemFile salem;
    const QVariantMap closed = closedCaseValues(salem.municipality, QStringLiteral("OG-2021-001"),
                                                QDate(2021, 2, 9), QDate(2021, 9, 14));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(closed, {{QStringLiteral("closed_on"), QString()}}), QStringLiteral("Closed on"));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(closed, {{QStringLiteral("code"), QStringLiteral("OG-2021-002")},
                                 {QStringLiteral("outcome"), QStringLiteral("")}}),
                 QStringLiteral("Outcome"));

    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 4, 13)));
    checkAccepted(salem.repository, OgRegisters::actionItems(),
                  merged(actionValues(meeting.id, QStringLiteral("Kontakta skolan"), QDate(2021, 4, 27)),
                         {{QStringLiteral("done_on"), QStringLiteral("")}}));
}

TEST_CASE("A case saved without a consent value is stored as no consent", "[og]") {
    // Consent is a yes/no field that is not required: leaving it out (a caller, or an import with
    // "consent": null) means no consent recorded, not a database error.
    SalemFile salem;
    QVariantMap values = caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    values.remove(QStringLiteral("consent"));
    values.remove(QStringLiteral("consent_by"));
    values.remove(QStringLiteral("consent_on"));
    ChangeSet changes;
    changes.insert(OgRegisters::cases(), recordOf(values));
    auto applied = salem.repository.apply(changes);
    INFO("message: " << applied.message().toStdString());
    REQUIRE(applied.ok());
    const auto stored = findRecord(salem.repository, OgRegisters::cases(), applied->rows.first().after->uuid);
    REQUIRE(stored.has_value());
    CHECK(stored->value(QStringLiteral("consent")) == QVariant(false));
}

TEST_CASE("Consent needs who gave it", "[og]") {
    SalemFile salem;
    const QVariantMap values =
        caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(values, {{QStringLiteral("consent_by"), QVariant()}}),
                 QStringLiteral("Consent given by"));
    // Without consent recorded, nobody needs to be named.
    checkAccepted(
        salem.repository, OgRegisters::cases(),
        merged(values, {{QStringLiteral("consent"), false}, {QStringLiteral("consent_by"), QVariant()}}));
}

TEST_CASE("For a case under 18 the consent comes from the guardian, from 18 the person gives it", "[og]") {
    SalemFile salem;
    const QVariantMap values =
        caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    for (const QString& band : {QStringLiteral("under_15"), QStringLiteral("15_17")}) {
        INFO(band.toStdString());
        checkRefused(salem.repository, OgRegisters::cases(),
                     merged(values, {{QStringLiteral("age_band"), band},
                                     {QStringLiteral("consent_by"), QStringLiteral("den_enskilde")}}),
                     QStringLiteral("Consent given by"));
    }
    int number = 0;
    for (const QString& band : {QStringLiteral("under_15"), QStringLiteral("15_17")})
        checkAccepted(
            salem.repository, OgRegisters::cases(),
            merged(values, {{QStringLiteral("age_band"), band},
                            {QStringLiteral("code"), QStringLiteral("OG-2021-00%1").arg(++number)}}));
    for (const QString& band : {QStringLiteral("18_20"), QStringLiteral("21_plus")})
        checkAccepted(
            salem.repository, OgRegisters::cases(),
            merged(values, {{QStringLiteral("age_band"), band},
                            {QStringLiteral("consent_by"), QStringLiteral("den_enskilde")},
                            {QStringLiteral("code"), QStringLiteral("OG-2021-00%1").arg(++number)}}));
    CHECK(rowCount(salem.repository, QStringLiteral("og_cases")) == 4);
    CHECK(OgRegisters::isMinor(QStringLiteral("under_15")));
    CHECK(OgRegisters::isMinor(QStringLiteral("15_17")));
    CHECK_FALSE(OgRegisters::isMinor(QStringLiteral("18_20")));
    CHECK_FALSE(OgRegisters::isMinor(QStringLiteral("21_plus")));
}

TEST_CASE("A case code must look like OG-YYYY-NNN", "[og]") {
    SalemFile salem;
    const QVariantMap values =
        caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    for (const QString& code :
         {QStringLiteral("OG-21-001"), QStringLiteral("og-2021-001"), QStringLiteral("OG-2021-0001"),
          QStringLiteral("OG-2021-01"), QStringLiteral("OG-2021-001 "), QStringLiteral("Kalle"),
          QStringLiteral("XOG-2021-001")}) {
        INFO(code.toStdString());
        checkRefused(salem.repository, OgRegisters::cases(), merged(values, {{QStringLiteral("code"), code}}),
                     QStringLiteral("Case code"));
    }
    checkAccepted(salem.repository, OgRegisters::cases(), values);
}

TEST_CASE("Two cases of one municipality cannot share a code, but another municipality may", "[og]") {
    SalemFile salem;
    const QVariantMap values =
        caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    insertRecord(salem.repository, OgRegisters::cases(), values);
    const qint64 auditBefore = auditCount(salem.repository);
    ChangeSet twice;
    twice.insert(OgRegisters::cases(), recordOf(values));
    auto applied = salem.repository.apply(twice);
    CHECK_FALSE(applied.ok());
    CHECK(rowCount(salem.repository, QStringLiteral("og_cases")) == 1);
    CHECK(auditCount(salem.repository) == auditBefore);

    checkAccepted(salem.repository, OgRegisters::cases(),
                  merged(values, {{QStringLiteral("municipality_id"), salem.otherMunicipality()}}));
}

TEST_CASE("An action item has a done date only when it is done, and today's when none is given", "[og]") {
    SalemFile salem;
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 4, 13)));
    const QVariantMap values =
        merged(actionValues(meeting.id, QStringLiteral("Kontakta skolan"), QDate(2021, 4, 27)),
               {{QStringLiteral("done_on"), QDate(2021, 4, 26)}});
    for (const QString& status :
         {QStringLiteral("oppen"), QStringLiteral("pagar"), QStringLiteral("struken")}) {
        INFO(status.toStdString());
        const Record stored = insertRecord(salem.repository, OgRegisters::actionItems(),
                                           merged(values, {{QStringLiteral("status"), status}}));
        CHECK_FALSE(findRecord(salem.repository, OgRegisters::actionItems(), stored.uuid)
                        ->value(QStringLiteral("done_on"))
                        .isValid());
    }
    const Record done = insertRecord(salem.repository, OgRegisters::actionItems(),
                                     merged(values, {{QStringLiteral("status"), QStringLiteral("klar")}}));
    CHECK(findRecord(salem.repository, OgRegisters::actionItems(), done.uuid)
              ->value(QStringLiteral("done_on")) == QVariant(QDate(2021, 4, 26)));
    // Today as the rule read the clock: the day before or after the insert, should midnight fall between.
    const QDate dayBefore = QDate::currentDate();
    const Record today = insertRecord(salem.repository, OgRegisters::actionItems(),
                                      merged(values, {{QStringLiteral("status"), QStringLiteral("klar")},
                                                      {QStringLiteral("done_on"), QVariant()}}));
    const QVariant doneOn = findRecord(salem.repository, OgRegisters::actionItems(), today.uuid)
                                ->value(QStringLiteral("done_on"));
    CHECK((doneOn == QVariant(dayBefore) || doneOn == QVariant(QDate::currentDate())));
}

TEST_CASE("Codes outside their lists are refused by the field's label", "[og]") {
    SalemFile salem;
    const QVariantMap values =
        caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(values, {{QStringLiteral("kind"), QStringLiteral("person")}}),
                 QStringLiteral("Individual or group"));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(values, {{QStringLiteral("age_band"), QStringLiteral("13")}}), QStringLiteral("Age"));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(values, {{QStringLiteral("status"), QStringLiteral("stangd")}}),
                 QStringLiteral("Status"));
    checkRefused(salem.repository, OgRegisters::cases(),
                 merged(values, {{QStringLiteral("path"), QStringLiteral("militar")}}),
                 QStringLiteral("Path chosen"));
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 4, 13)));
    checkRefused(salem.repository, OgRegisters::actionItems(),
                 merged(actionValues(meeting.id, QStringLiteral("Kontakta skolan"), QDate(2021, 4, 27)),
                        {{QStringLiteral("status"), QStringLiteral("klart")}}),
                 QStringLiteral("Status"));
    checkRefused(salem.repository, OgRegisters::attendance(),
                 attendanceValues(meeting.id, QStringLiteral("Polis"), -1), QStringLiteral("Present"));
}

TEST_CASE("Deleting a meeting takes its attendance, discussions and action items, and undo brings them back",
          "[og]") {
    OgFile og;
    const QString before = contentOf(*og.document);
    REQUIRE(og.document->remove(OgRegisters::meetings(), og.meeting.uuid).ok());

    CHECK_FALSE(findRecord(og.repository, OgRegisters::meetings(), og.meeting.uuid).has_value());
    CHECK(og.rows(QStringLiteral("og_attendance"), QStringLiteral("meeting_id"), og.meeting.id) == 0);
    CHECK(og.rows(QStringLiteral("og_case_notes"), QStringLiteral("meeting_id"), og.meeting.id) == 0);
    CHECK(og.rows(QStringLiteral("action_items"), QStringLiteral("meeting_id"), og.meeting.id) == 0);
    // The case itself lives on: it belongs to the municipality, not to the meeting.
    CHECK(findRecord(og.repository, OgRegisters::cases(), og.openCase.uuid).has_value());
    CHECK(og.document->undoStack()->count() == 1);

    og.document->undoStack()->undo();
    CHECK(contentOf(*og.document) == before);
    auto back = findRecord(og.repository, OgRegisters::caseNotes(), og.note.uuid);
    REQUIRE(back.has_value());
    CHECK(back->id == og.note.id);
    CHECK(back->value(QStringLiteral("note")) == og.note.value(QStringLiteral("note")));
}

TEST_CASE("Deleting a case takes its discussions and keeps the meeting", "[og]") {
    OgFile og;
    const QString before = contentOf(*og.document);
    REQUIRE(og.document->remove(OgRegisters::cases(), og.openCase.uuid).ok());

    CHECK_FALSE(findRecord(og.repository, OgRegisters::cases(), og.openCase.uuid).has_value());
    CHECK_FALSE(findRecord(og.repository, OgRegisters::caseNotes(), og.note.uuid).has_value());
    CHECK(findRecord(og.repository, OgRegisters::meetings(), og.meeting.uuid).has_value());
    CHECK(findRecord(og.repository, OgRegisters::attendance(), og.attended.uuid).has_value());
    CHECK(findRecord(og.repository, OgRegisters::actionItems(), og.action.uuid).has_value());

    og.document->undoStack()->undo();
    CHECK(contentOf(*og.document) == before);
}

TEST_CASE(
    "Deleting the promise a meeting counts for keeps the meeting without a promise, and undo links it again",
    "[og]") {
    OgFile og;
    const QString promiseUuid =
        scalar(*og.document, QStringLiteral("SELECT uuid FROM promises WHERE id = ?"), {og.ogPromise})
            .toString();
    const QString before = contentOf(*og.document);
    REQUIRE(og.document->remove(PromiseRegisters::promises(), promiseUuid).ok());

    auto meeting = findRecord(og.repository, OgRegisters::meetings(), og.meeting.uuid);
    REQUIRE(meeting.has_value());
    CHECK_FALSE(meeting->value(QStringLiteral("promise_id")).isValid());
    CHECK(meeting->value(QStringLiteral("minutes")) == og.meeting.value(QStringLiteral("minutes")));
    CHECK(og.rows(QStringLiteral("og_attendance"), QStringLiteral("meeting_id"), og.meeting.id) == 1);
    CHECK(og.rows(QStringLiteral("og_case_notes"), QStringLiteral("meeting_id"), og.meeting.id) == 1);
    CHECK(og.document->undoStack()->count() == 1);

    og.document->undoStack()->undo();
    auto relinked = findRecord(og.repository, OgRegisters::meetings(), og.meeting.uuid);
    REQUIRE(relinked.has_value());
    CHECK(relinked->value(QStringLiteral("promise_id")) == QVariant(og.ogPromise));
    CHECK(contentOf(*og.document) == before);
}

TEST_CASE("Deleting a municipality takes its meetings, cases and their discussions, and undo restores them",
          "[og]") {
    // A discussion belongs both to a meeting and to a case of the same municipality: it must be deleted
    // once, not once through each.
    OgFile og;
    const QString municipalityUuid =
        scalar(*og.document, QStringLiteral("SELECT uuid FROM municipalities WHERE id = ?"),
               {og.municipality})
            .toString();
    const QString before = contentOf(*og.document);
    const Status removed = og.document->remove(PromiseRegisters::municipalities(), municipalityUuid);
    INFO(removed.message().toStdString());
    REQUIRE(removed.ok());
    for (const QString& table :
         {QStringLiteral("og_meetings"), QStringLiteral("og_attendance"), QStringLiteral("og_cases"),
          QStringLiteral("og_case_notes"), QStringLiteral("action_items")}) {
        INFO(table.toStdString());
        CHECK(rowCount(og.repository, table) == 0);
    }
    QSignalSpy failedSpy(og.document.get(), &Document::failed);
    og.document->undoStack()->undo();
    INFO((failedSpy.isEmpty() ? QString() : failedSpy.first().first().toString()).toStdString());
    CHECK(failedSpy.isEmpty());
    CHECK(contentOf(*og.document) == before);
}

TEST_CASE("Every free text of Operativa gruppen refuses a personal identity number, naming the field",
          "[og]") {
    OgFile og;
    const QString number = validPersonalNumber();
    REQUIRE(PersonalNumber::find(number).has_value());
    const QString text = QStringLiteral("Pratade med ") + number + QStringLiteral(" om skolan.");

    struct Field {
        const RegisterSpec* spec;
        QVariantMap values;
        QString field;
        QString label;
    };
    const QList<Field> fields{
        {&OgRegisters::meetings(), meetingValues(og.municipality, QDate(2021, 5, 11)),
         QStringLiteral("minutes"), QStringLiteral("Minutes")},
        {&OgRegisters::meetings(), meetingValues(og.municipality, QDate(2021, 5, 11)),
         QStringLiteral("agenda"), QStringLiteral("Agenda")},
        {&OgRegisters::meetings(), meetingValues(og.municipality, QDate(2021, 5, 11)),
         QStringLiteral("place"), QStringLiteral("Place")},
        {&OgRegisters::meetings(), meetingValues(og.municipality, QDate(2021, 5, 11)),
         QStringLiteral("chair"), QStringLiteral("Chair")},
        {&OgRegisters::attendance(), attendanceValues(og.meeting.id, QStringLiteral("Skola"), 1),
         QStringLiteral("organisation"), QStringLiteral("Organisation")},
        {&OgRegisters::cases(),
         caseValues(og.municipality, QStringLiteral("OG-2021-002"), QDate(2021, 5, 11)),
         QStringLiteral("background"), QStringLiteral("Background (no names)")},
        {&OgRegisters::cases(),
         caseValues(og.municipality, QStringLiteral("OG-2021-002"), QDate(2021, 5, 11)),
         QStringLiteral("responsible"), QStringLiteral("Responsible")},
        {&OgRegisters::caseNotes(),
         noteValues(og.openCase.id, og.meeting.id, QStringLiteral("Samtal."), QStringLiteral("Uppföljning.")),
         QStringLiteral("note"), QStringLiteral("Note")},
        {&OgRegisters::caseNotes(),
         noteValues(og.openCase.id, og.meeting.id, QStringLiteral("Samtal."), QStringLiteral("Uppföljning.")),
         QStringLiteral("decisions"), QStringLiteral("Decisions")},
        {&OgRegisters::actionItems(),
         actionValues(og.meeting.id, QStringLiteral("Ring skolan"), QDate(2021, 5, 25)),
         QStringLiteral("what"), QStringLiteral("What")},
        {&OgRegisters::actionItems(),
         actionValues(og.meeting.id, QStringLiteral("Ring skolan"), QDate(2021, 5, 25)),
         QStringLiteral("responsible"), QStringLiteral("Responsible")},
    };
    for (const Field& f : fields) {
        INFO(f.spec->table.toStdString() + "." + f.field.toStdString());
        const qint64 rowsBefore = rowCount(og.repository, f.spec->table);
        const qint64 auditBefore = auditCount(og.repository);
        auto inserted = og.repository.insert(*f.spec, recordOf(merged(f.values, {{f.field, text}})),
                                             Repository::Stamp::Now);
        INFO("message: " << inserted.message().toStdString());
        REQUIRE_FALSE(inserted.ok());
        CHECK(inserted.message().contains(f.label));
        CHECK(inserted.message().contains(QStringLiteral("personnummer")));
        // The message points at the number without repeating it.
        CHECK_FALSE(inserted.message().contains(number));
        CHECK(rowCount(og.repository, f.spec->table) == rowsBefore);
        CHECK(auditCount(og.repository) == auditBefore);
    }
}

TEST_CASE("A meeting's minutes with a personal identity number are refused when the meeting is changed too",
          "[og]") {
    OgFile og;
    const QString before = contentOf(*og.document);
    const Status updated = og.document->update(
        OgRegisters::meetings(), og.meeting.uuid,
        {{QStringLiteral("minutes"),
          QString(QStringLiteral("Ärende ") + validPersonalNumber() + QStringLiteral("."))}});
    INFO(updated.message().toStdString());
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.message().contains(QStringLiteral("Minutes")));
    CHECK(contentOf(*og.document) == before);
    CHECK(og.document->undoStack()->count() == 0);
}

TEST_CASE(
    "An import whose meeting minutes hold a personal identity number changes nothing and names the field",
    "[og]") {
    OgFile og;
    const QByteArray before = TestFile::exportOf(*og.document);
    const qint64 auditBefore = auditCount(og.repository);

    QJsonObject root = QJsonDocument::fromJson(before).object();
    // A harmless change earlier in the import, which must be taken back too.
    QJsonArray municipalities = root.value(QStringLiteral("municipalities")).toArray();
    QJsonObject municipality = municipalities.at(0).toObject();
    municipality.insert(QStringLiteral("police_area"), QStringLiteral("Södertälje"));
    municipalities.replace(0, municipality);
    root.insert(QStringLiteral("municipalities"), municipalities);
    QJsonArray meetings = root.value(QStringLiteral("og_meetings")).toArray();
    REQUIRE(meetings.size() == 1);
    QJsonObject meeting = meetings.at(0).toObject();
    meeting.insert(QStringLiteral("minutes"), QString(QStringLiteral("Vi talade om ") +
                                                      validPersonalNumber() + QStringLiteral(" i centrum.")));
    meetings.replace(0, meeting);
    root.insert(QStringLiteral("og_meetings"), meetings);

    auto imported = JsonImporter::import(og.repository, QJsonDocument(root).toJson());
    INFO("message: " << imported.message().toStdString());
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.message().contains(QStringLiteral("og_meetings")));
    CHECK(imported.message().contains(QStringLiteral("minutes")));
    CHECK(imported.message().contains(og.meeting.uuid));
    CHECK_FALSE(imported.message().contains(validPersonalNumber()));
    CHECK(TestFile::exportOf(*og.document) == before);
    CHECK(auditCount(og.repository) == auditBefore);
}

TEST_CASE("The five Operativa gruppen registers are exported with UUID references and read back the same",
          "[og]") {
    OgFile og;
    const QByteArray exported = TestFile::exportOf(*og.document);
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("og_meetings"), og.meeting.uuid}, {QStringLiteral("og_attendance"), og.attended.uuid},
        {QStringLiteral("og_cases"), og.openCase.uuid},   {QStringLiteral("og_case_notes"), og.note.uuid},
        {QStringLiteral("action_items"), og.action.uuid},
    };
    for (const auto& [table, uuid] : tables) {
        INFO(table.toStdString());
        const QJsonArray rows = root.value(table).toArray();
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0).toObject().value(QStringLiteral("uuid")).toString() == uuid);
    }
    const QJsonObject note = root.value(QStringLiteral("og_case_notes")).toArray().at(0).toObject();
    CHECK(note.value(QStringLiteral("case")).toString() == og.openCase.uuid);
    CHECK(note.value(QStringLiteral("meeting")).toString() == og.meeting.uuid);
    const QJsonObject meeting = root.value(QStringLiteral("og_meetings")).toArray().at(0).toObject();
    CHECK(meeting.value(QStringLiteral("promise")).toString() ==
          scalar(*og.document, QStringLiteral("SELECT uuid FROM promises WHERE id = ?"), {og.ogPromise})
              .toString());
    CHECK(meeting.value(QStringLiteral("held_on")).toString() == QStringLiteral("2021-03-09"));

    TestFile empty;
    auto copy = empty.open();
    auto imported = JsonImporter::import(copy->repository(), exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(TestFile::exportOf(*copy) == exported);
}

TEST_CASE("A case code already in use is refused by its label and value, not by SQLite's words", "[og]") {
    SalemFile salem;
    insertRecord(salem.repository, OgRegisters::cases(),
                 caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9)));
    Record twin;
    twin.values = caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 3, 9));
    auto refused = salem.repository.insert(OgRegisters::cases(), twin, Repository::Stamp::Now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(
        QStringLiteral("“Case code” OG-2021-001 is already used by another case")));
    CHECK_FALSE(refused.message().contains(QStringLiteral("UNIQUE")));
}

TEST_CASE("The case code is shown but not edited in a table", "[og]") {
    SalemFile salem;
    insertRecord(salem.repository, OgRegisters::cases(),
                 caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9)));
    RecordTableModel model(salem.document.get(), OgRegisters::cases(),
                           {QStringLiteral("code"), QStringLiteral("path")});
    REQUIRE(model.rowCount() == 1);
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
}
