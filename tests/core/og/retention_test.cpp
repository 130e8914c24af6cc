#include "catchqt.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "og/retention.h"
#include "ogfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lk;
using namespace lk::test;

namespace {

int monthsOf(const Repository& repository) {
    auto months = Retention::months(repository);
    INFO(months.message().toStdString());
    REQUIRE(months.ok());
    return *months;
}

QList<Retention::Due> dueOn(const Repository& repository, const QDate& today) {
    auto due = Retention::due(repository, 0, today);
    INFO(due.message().toStdString());
    REQUIRE(due.ok());
    return *due;
}

QStringList codesOf(const QList<Retention::Due>& due) {
    QStringList codes;
    for (const Retention::Due& item : due)
        codes << item.code;
    return codes;
}

const Retention::Due* dueFor(const QList<Retention::Due>& due, const QString& code) {
    for (const Retention::Due& item : due) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

int thin(const Repository& repository, const QStringList& uuids, const QDate& today) {
    auto thinned = Retention::thin(repository, uuids, today);
    INFO(thinned.message().toStdString());
    REQUIRE(thinned.ok());
    return *thinned;
}

qint64 settingsAuditRows(const Repository& repository) {
    return countWhere(repository,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings'"));
}

// Marker texts that occur nowhere else, so that a search for them finds only what thinning must remove.
const QString background = QStringLiteral("Bakgrundstext-A7 om skolk");
const QString firstNote = QStringLiteral("Anteckning-B3 efter samtal");
const QString firstDecisions = QStringLiteral("Beslut-C5 om uppföljning");
const QString secondNote = QStringLiteral("Anteckning-D9 från skolan");
const QString secondDecisions = QStringLiteral("Beslut-E2 om praktik");
const QString otherBackground = QStringLiteral("Bakgrundstext-F4 i centrum");
const QString otherNote = QStringLiteral("Anteckning-G6 om gruppen");

// A closed case discussed at two meetings, and a case that stays, discussed at the second meeting.
struct ThinningFile : SalemFile {
    Record first = insertRecord(repository, OgRegisters::meetings(),
                                meetingValues(municipality, QDate(2021, 3, 9), ogPromise));
    Record second = insertRecord(repository, OgRegisters::meetings(),
                                 meetingValues(municipality, QDate(2021, 4, 13), ogPromise));
    Record closed = insertRecord(repository, OgRegisters::cases(),
                                 merged(closedCaseValues(municipality, QStringLiteral("OG-2021-001"),
                                                         QDate(2021, 3, 9), QDate(2021, 4, 13)),
                                        {{QStringLiteral("background"), background},
                                         {QStringLiteral("kind"), QStringLiteral("grupp")},
                                         {QStringLiteral("path"), QStringLiteral("annan_sysselsattning")},
                                         {QStringLiteral("responsible"), QStringLiteral("Fritidsfältare")}}));
    Record kept =
        insertRecord(repository, OgRegisters::cases(),
                     merged(caseValues(municipality, QStringLiteral("OG-2021-002"), QDate(2021, 4, 13)),
                            {{QStringLiteral("background"), otherBackground}}));
    Record firstDiscussion = insertRecord(repository, OgRegisters::caseNotes(),
                                          noteValues(closed.id, first.id, firstNote, firstDecisions));
    Record secondDiscussion = insertRecord(repository, OgRegisters::caseNotes(),
                                           noteValues(closed.id, second.id, secondNote, secondDecisions));
    Record keptDiscussion =
        insertRecord(repository, OgRegisters::caseNotes(),
                     noteValues(kept.id, second.id, otherNote, QStringLiteral("Fortsatt bevakning.")));

    explicit ThinningFile(Engine engine = Engine::Sqlite)
        : SalemFile(engine) {
        // An edit before thinning leaves the text in both halves of an audit row.
        Record before = *findRecord(repository, OgRegisters::cases(), closed.uuid);
        Record after = before;
        after.values.insert(QStringLiteral("background"),
                            QString(background + QStringLiteral(", nu även kvällar")));
        ChangeSet changes;
        changes.update(OgRegisters::cases(), before, after);
        REQUIRE(repository.apply(changes).ok());
    }

    QStringList thinnedUuids() const { return {closed.uuid, firstDiscussion.uuid, secondDiscussion.uuid}; }

    // The audit rows of these records that still hold `text`.
    qint64 auditRowsHolding(const QStringList& uuids, const QString& text) const {
        qint64 count = 0;
        for (const QString& uuid : uuids)
            count += countWhere(repository,
                                // LIKE, not instr(), which PostgreSQL lacks; the texts hold no % or _.
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ? AND "
                                               "(COALESCE(old_values, '') LIKE ? OR "
                                               "COALESCE(new_values, '') LIKE ?)"),
                                {uuid, QString(u'%' + text + u'%'), QString(u'%' + text + u'%')});
        return count;
    }
};

QByteArray fileBytes(const QString& path) {
    QByteArray bytes;
    for (const QString& name :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile file(name);
        if (file.exists()) {
            REQUIRE(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("Case data is kept 24 months unless the file says otherwise", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    CHECK(Retention::defaultMonths == 24);
    CHECK(monthsOf(salem.repository) == 24);
}

TEST_CASE("Setting the retention time is stored in the file and audited", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    const qint64 before = settingsAuditRows(salem.repository);
    REQUIRE(Retention::setMonths(salem.repository, 36).ok());
    CHECK(monthsOf(salem.repository) == 36);
    CHECK(settingsAuditRows(salem.repository) == before + 1);
    CHECK(scalar(*salem.document,
                 QStringLiteral(
                     "SELECT new_values FROM audit_log WHERE table_name = 'settings' ORDER BY id DESC"))
              .toString()
              .contains(QStringLiteral("36")));

    REQUIRE(Retention::setMonths(salem.repository, 12).ok());
    CHECK(monthsOf(salem.repository) == 12);
    CHECK(settingsAuditRows(salem.repository) == before + 2);
    const QString oldValues =
        scalar(
            *salem.document,
            QStringLiteral("SELECT old_values FROM audit_log WHERE table_name = 'settings' ORDER BY id DESC"))
            .toString();
    CHECK(oldValues.contains(QStringLiteral("36")));

    // The edges are allowed.
    REQUIRE(Retention::setMonths(salem.repository, 1).ok());
    CHECK(monthsOf(salem.repository) == 1);
    REQUIRE(Retention::setMonths(salem.repository, 240).ok());
    CHECK(monthsOf(salem.repository) == 240);

    // The setting stays with the file.
    const QString path = salem.file.path();
    salem.close();
    auto reopened = Document::open(path);
    REQUIRE(reopened.ok());
    CHECK(monthsOf((*reopened)->repository()) == 240);
}

TEST_CASE("A retention time outside 1 to 240 months is refused and changes nothing", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    REQUIRE(Retention::setMonths(salem.repository, 18).ok());
    const qint64 auditBefore = auditCount(salem.repository);
    for (int months : {0, -1, 241, 1000}) {
        INFO(months);
        const Status set = Retention::setMonths(salem.repository, months);
        CHECK_FALSE(set.ok());
        CHECK(set.message().contains(QStringLiteral("240")));
        CHECK(monthsOf(salem.repository) == 18);
    }
    CHECK(auditCount(salem.repository) == auditBefore);
}

TEST_CASE("Closed cases are due when closed for the retention time, to the day", "[og]") {
    // Each opened and closed on the same day, so that the closing date is all that can count.
    SalemFile salem;
    const Repository& repository = salem.repository;
    insertRecord(repository, OgRegisters::cases(),
                 closedCaseValues(salem.municipality, QStringLiteral("OG-2022-001"), QDate(2022, 3, 1),
                                  QDate(2022, 3, 1)));
    insertRecord(repository, OgRegisters::cases(),
                 closedCaseValues(salem.municipality, QStringLiteral("OG-2022-002"), QDate(2022, 3, 2),
                                  QDate(2022, 3, 2)));

    // On 1 March 2024 the first has been closed 24 months; the second one day less.
    QList<Retention::Due> due = dueOn(repository, QDate(2024, 3, 1));
    REQUIRE(codesOf(due) == QStringList{QStringLiteral("OG-2022-001")});
    CHECK(due.first().reason == QStringLiteral("closed 2022-03-01"));
    CHECK(due.first().since == QDate(2022, 3, 1));
    CHECK(due.first().uuid ==
          scalar(*salem.document, QStringLiteral("SELECT uuid FROM og_cases WHERE code = 'OG-2022-001'"))
              .toString());

    CHECK(dueOn(repository, QDate(2024, 2, 29)).isEmpty());
    due = dueOn(repository, QDate(2024, 3, 2));
    CHECK(codesOf(due) == QStringList{QStringLiteral("OG-2022-001"), QStringLiteral("OG-2022-002")});
    for (const Retention::Due& item : due)
        CHECK(item.reason.startsWith(QStringLiteral("closed ")));

    // A shorter retention time makes them due sooner.
    REQUIRE(Retention::setMonths(repository, 6).ok());
    CHECK(codesOf(dueOn(repository, QDate(2022, 9, 2))) ==
          QStringList{QStringLiteral("OG-2022-001"), QStringLiteral("OG-2022-002")});
    CHECK(dueOn(repository, QDate(2022, 8, 31)).isEmpty());
}

TEST_CASE("A closed case counts from its closing, not from its opening or an earlier discussion", "[og]") {
    // Closing a case is the latest thing that happened to it: a case closed 23 months ago is not due for
    // lack of activity because it was opened, or last discussed, long before.
    SalemFile salem;
    const Repository& repository = salem.repository;
    const Record meeting =
        insertRecord(repository, OgRegisters::meetings(),
                     meetingValues(salem.municipality, QDate(2021, 3, 9), salem.ogPromise));
    insertRecord(repository, OgRegisters::cases(),
                 closedCaseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 2, 9),
                                  QDate(2022, 4, 12)));
    const Record discussed = insertRecord(repository, OgRegisters::cases(),
                                          closedCaseValues(salem.municipality, QStringLiteral("OG-2021-002"),
                                                           QDate(2021, 3, 9), QDate(2022, 4, 12)));
    insertRecord(
        repository, OgRegisters::caseNotes(),
        noteValues(discussed.id, meeting.id, QStringLiteral("Samtal."), QStringLiteral("Uppföljning.")));

    const QList<Retention::Due> early = dueOn(repository, QDate(2024, 3, 1));
    QString listed;
    for (const Retention::Due& item : early)
        listed += item.code + QStringLiteral(": ") + item.reason + u'\n';
    INFO(listed.toStdString());
    CHECK(codesOf(early).isEmpty());
    const QList<Retention::Due> due = dueOn(repository, QDate(2024, 4, 12));
    CHECK(codesOf(due) == QStringList{QStringLiteral("OG-2021-001"), QStringLiteral("OG-2021-002")});
    for (const Retention::Due& item : due)
        CHECK(item.reason == QStringLiteral("closed 2022-04-12"));
}

TEST_CASE("Open cases are due after the retention time without a discussion", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    const Repository& repository = salem.repository;
    const Record march = insertRecord(repository, OgRegisters::meetings(),
                                      meetingValues(salem.municipality, QDate(2021, 3, 9), salem.ogPromise));
    const Record june = insertRecord(repository, OgRegisters::meetings(),
                                     meetingValues(salem.municipality, QDate(2022, 6, 14), salem.ogPromise));
    // Opened long ago, but discussed in June 2022: its latest discussion counts, not its opening.
    const Record discussed =
        insertRecord(repository, OgRegisters::cases(),
                     caseValues(salem.municipality, QStringLiteral("OG-2021-001"), QDate(2021, 1, 12)));
    insertRecord(
        repository, OgRegisters::caseNotes(),
        noteValues(discussed.id, march.id, QStringLiteral("Samtal."), QStringLiteral("Uppföljning.")));
    insertRecord(
        repository, OgRegisters::caseNotes(),
        noteValues(discussed.id, june.id, QStringLiteral("Ny kontakt."), QStringLiteral("Uppföljning.")));
    // Never discussed: its opening is its latest activity.
    insertRecord(repository, OgRegisters::cases(),
                 caseValues(salem.municipality, QStringLiteral("OG-2021-002"), QDate(2021, 5, 11)));
    // Discussed only in March 2021.
    const Record quiet =
        insertRecord(repository, OgRegisters::cases(),
                     caseValues(salem.municipality, QStringLiteral("OG-2021-003"), QDate(2021, 2, 9)));
    insertRecord(repository, OgRegisters::caseNotes(),
                 noteValues(quiet.id, march.id, QStringLiteral("Samtal."), QStringLiteral("Uppföljning.")));

    QList<Retention::Due> due = dueOn(repository, QDate(2023, 5, 11));
    CHECK(codesOf(due) == QStringList{QStringLiteral("OG-2021-002"), QStringLiteral("OG-2021-003")});
    const Retention::Due* neverDiscussed = dueFor(due, QStringLiteral("OG-2021-002"));
    REQUIRE(neverDiscussed);
    CHECK(neverDiscussed->reason == QStringLiteral("no activity since 2021-05-11"));
    CHECK(neverDiscussed->since == QDate(2021, 5, 11));
    const Retention::Due* lastInMarch = dueFor(due, QStringLiteral("OG-2021-003"));
    REQUIRE(lastInMarch);
    CHECK(lastInMarch->reason == QStringLiteral("no activity since 2021-03-09"));
    CHECK(lastInMarch->since == QDate(2021, 3, 9));

    // One day before 24 months since May 2021, the case never discussed is not yet due.
    CHECK(codesOf(dueOn(repository, QDate(2023, 5, 10))) == QStringList{QStringLiteral("OG-2021-003")});
    // The one discussed in June 2022 is due 24 months after that discussion, not after its opening.
    CHECK_FALSE(codesOf(dueOn(repository, QDate(2024, 6, 13))).contains(QStringLiteral("OG-2021-001")));
    due = dueOn(repository, QDate(2024, 6, 14));
    const Retention::Due* lastInJune = dueFor(due, QStringLiteral("OG-2021-001"));
    REQUIRE(lastInJune);
    CHECK(lastInJune->reason == QStringLiteral("no activity since 2022-06-14"));
}

TEST_CASE("Recent and thinned cases are not due", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    SalemFile salem(engine);
    const Repository& repository = salem.repository;
    const Record old = insertRecord(repository, OgRegisters::cases(),
                                    closedCaseValues(salem.municipality, QStringLiteral("OG-2021-001"),
                                                     QDate(2021, 2, 9), QDate(2021, 6, 1)));
    insertRecord(repository, OgRegisters::cases(),
                 closedCaseValues(salem.municipality, QStringLiteral("OG-2023-001"), QDate(2023, 2, 9),
                                  QDate(2023, 6, 1)));
    insertRecord(repository, OgRegisters::cases(),
                 caseValues(salem.municipality, QStringLiteral("OG-2023-002"), QDate(2023, 9, 12)));

    CHECK(codesOf(dueOn(repository, QDate(2024, 1, 15))) == QStringList{QStringLiteral("OG-2021-001")});
    REQUIRE(thin(repository, {old.uuid}, QDate(2024, 1, 15)) == 1);
    CHECK(dueOn(repository, QDate(2024, 1, 15)).isEmpty());
    // Not even years later.
    CHECK(codesOf(dueOn(repository, QDate(2030, 1, 1))) ==
          QStringList{QStringLiteral("OG-2023-001"), QStringLiteral("OG-2023-002")});
}

TEST_CASE("Thinning removes what people wrote and keeps the code, dates, path and outcome",
          "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    const Record closedBefore = *findRecord(og.repository, OgRegisters::cases(), og.closed.uuid);
    const Record keptBefore = *findRecord(og.repository, OgRegisters::cases(), og.kept.uuid);
    const Record keptNoteBefore =
        *findRecord(og.repository, OgRegisters::caseNotes(), og.keptDiscussion.uuid);
    const Record meetingBefore = *findRecord(og.repository, OgRegisters::meetings(), og.second.uuid);

    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);

    const Record closed = *findRecord(og.repository, OgRegisters::cases(), og.closed.uuid);
    CHECK_FALSE(closed.value(QStringLiteral("background")).isValid());
    CHECK(closed.value(QStringLiteral("thinned_on")) == QVariant(QDate(2024, 1, 15)));
    for (const QString& field :
         {QStringLiteral("municipality_id"), QStringLiteral("code"), QStringLiteral("opened_on"),
          QStringLiteral("closed_on"), QStringLiteral("kind"), QStringLiteral("age_band"),
          QStringLiteral("path"), QStringLiteral("outcome"), QStringLiteral("status"),
          QStringLiteral("responsible"), QStringLiteral("consent"), QStringLiteral("consent_by"),
          QStringLiteral("consent_on")}) {
        INFO(field.toStdString());
        CHECK(closed.value(field).isValid());
        CHECK(closed.value(field) == closedBefore.value(field));
    }
    for (const Record& discussion : {og.firstDiscussion, og.secondDiscussion}) {
        const auto note = findRecord(og.repository, OgRegisters::caseNotes(), discussion.uuid);
        REQUIRE(note.has_value()); // the discussion is still counted, without its text
        CHECK_FALSE(note->value(QStringLiteral("note")).isValid());
        CHECK_FALSE(note->value(QStringLiteral("decisions")).isValid());
        CHECK(note->value(QStringLiteral("case_id")) == QVariant(og.closed.id));
        CHECK(note->value(QStringLiteral("meeting_id")) == discussion.value(QStringLiteral("meeting_id")));
    }
    // The other case, its discussion and the meetings are untouched.
    CHECK(findRecord(og.repository, OgRegisters::cases(), og.kept.uuid)->values == keptBefore.values);
    CHECK(findRecord(og.repository, OgRegisters::caseNotes(), og.keptDiscussion.uuid)->values ==
          keptNoteBefore.values);
    CHECK(findRecord(og.repository, OgRegisters::meetings(), og.second.uuid)->values == meetingBefore.values);
}

TEST_CASE("Thinning leaves none of the removed text in the audit log, and records the thinning",
          "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    const QStringList uuids = og.thinnedUuids();
    const QStringList removed{background, firstNote, firstDecisions, secondNote, secondDecisions};
    // Before: the log holds every text (so that the check after can fail).
    for (const QString& text : removed) {
        INFO(text.toStdString());
        CHECK(og.auditRowsHolding(uuids, text) > 0);
    }
    const qint64 auditBefore = auditCount(og.repository);
    const qint64 caseRowsBefore =
        countWhere(og.repository, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ?"),
                   {og.closed.uuid});

    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);

    for (const QString& text : removed) {
        INFO(text.toStdString());
        CHECK(og.auditRowsHolding(uuids, text) == 0);
        CHECK(countWhere(
                  og.repository,
                  QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE COALESCE(old_values, '') LIKE '%' || ? || '%' "
                      "OR COALESCE(new_values, '') LIKE '%' || ? || '%'"),
                  {text, text}) == 0);
    }
    // One audit row for the case and one for each discussion record the thinning.
    CHECK(auditCount(og.repository) == auditBefore + 3);
    CHECK(countWhere(og.repository, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ?"),
                     {og.closed.uuid}) == caseRowsBefore + 1);
    CHECK(scalar(*og.document,
                 QStringLiteral("SELECT new_values FROM audit_log WHERE record_uuid = ? ORDER BY id DESC"),
                 {og.closed.uuid})
              .toString()
              .contains(QStringLiteral("2024-01-15")));
    // What is kept stays readable in the log: the code and the outcome.
    CHECK(og.auditRowsHolding({og.closed.uuid}, QStringLiteral("OG-2021-001")) > 0);
    CHECK(og.auditRowsHolding({og.closed.uuid}, QStringLiteral("brot_trenden")) > 0);
    // The other case's text is still there.
    CHECK(og.auditRowsHolding({og.kept.uuid}, otherBackground) > 0);
    CHECK(og.auditRowsHolding({og.keptDiscussion.uuid}, otherNote) > 0);
    // The audit rows are still JSON objects with every field.
    auto rows = sql::run(og.repository.database(),
                         QStringLiteral("SELECT old_values, new_values FROM audit_log WHERE record_uuid = ?"),
                         {og.closed.uuid});
    REQUIRE(rows.ok());
    while (rows->next()) {
        for (int column : {0, 1}) {
            if (rows->value(column).isNull())
                continue;
            const QJsonObject values =
                QJsonDocument::fromJson(rows->value(column).toString().toUtf8()).object();
            CHECK(values.contains(QStringLiteral("code")));
            CHECK(values.contains(QStringLiteral("background")));
        }
    }
}

TEST_CASE("Neither deleting a discussion nor thinning its case leaves its text in the audit log", "[og]") {
    // A discussion removed from a meeting earlier left its note in the audit row of its deletion; that note
    // is about the same person, and must go when the case is thinned.
    ThinningFile og;
    const auto discussion = findRecord(og.repository, OgRegisters::caseNotes(), og.secondDiscussion.uuid);
    REQUIRE(discussion.has_value());
    ChangeSet removal;
    removal.remove(OgRegisters::caseNotes(), *discussion);
    REQUIRE(og.repository.apply(removal).ok());
    // Deleting a discussion already takes its text out of the log; thinning finds nothing of it left.
    CHECK(og.auditRowsHolding({og.secondDiscussion.uuid}, secondNote) == 0);

    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);
    for (const QString& text : {background, firstNote, firstDecisions, secondNote, secondDecisions}) {
        INFO(text.toStdString());
        CHECK(countWhere(
                  og.repository,
                  QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE COALESCE(old_values, '') LIKE '%' || ? || '%' "
                      " OR COALESCE(new_values, '') LIKE '%' || ? || '%'"),
                  {text, text}) == 0);
    }
}

TEST_CASE("Thinned text is gone from the file on disk too", "[og]") {
    // Thinning is for good: the text must not survive in freed space of the file or its journal.
    ThinningFile og;
    const QString path = og.file.path();
    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);
    og.close();
    const QByteArray bytes = fileBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK(bytes.contains(otherBackground.toUtf8())); // what was not thinned is there, so the search works
    for (const QString& text : {background, firstNote, firstDecisions, secondNote, secondDecisions}) {
        INFO(text.toStdString());
        CHECK_FALSE(bytes.contains(text.toUtf8()));
    }
}

TEST_CASE("Thinning twice does nothing the second time", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);
    const QString after = contentOf(*og.document);
    const QByteArray exported = TestFile::exportOf(*og.document);
    const qint64 auditAfter = auditCount(og.repository);

    CHECK(thin(og.repository, {og.closed.uuid}, QDate(2024, 2, 20)) == 0);
    CHECK(TestFile::exportOf(*og.document) == exported);
    CHECK(contentOf(*og.document) == after);
    CHECK(auditCount(og.repository) == auditAfter);
    CHECK(findRecord(og.repository, OgRegisters::cases(), og.closed.uuid)
              ->value(QStringLiteral("thinned_on")) == QVariant(QDate(2024, 1, 15)));
}

TEST_CASE("Thinning skips a UUID that is no case and thins the others", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    const QByteArray before = TestFile::exportOf(*og.document);
    const qint64 auditBefore = auditCount(og.repository);
    CHECK(thin(og.repository, {QStringLiteral("00000000-0000-4000-8000-000000000000")}, QDate(2024, 1, 15)) ==
          0);
    CHECK(thin(og.repository, {}, QDate(2024, 1, 15)) == 0);
    CHECK(TestFile::exportOf(*og.document) == before);
    CHECK(auditCount(og.repository) == auditBefore);

    CHECK(thin(og.repository,
               {QStringLiteral("00000000-0000-4000-8000-000000000000"), og.closed.uuid, og.kept.uuid},
               QDate(2024, 1, 15)) == 2);
    CHECK(findRecord(og.repository, OgRegisters::cases(), og.kept.uuid)
              ->value(QStringLiteral("thinned_on"))
              .isValid());
}

TEST_CASE("A thinning that fails halfway changes nothing", "[og]") {
    ThinningFile og;
    // A case that an older version stored without a valid code: thinning it fails the case rules.
    REQUIRE(sql::run(og.repository.database(),
                     QStringLiteral(
                         "INSERT INTO og_cases (uuid, updated_at, municipality_id, code, opened_on, kind, "
                         "age_band, status, background) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {QStringLiteral("9d7b2c1e-0a4f-4c8e-9b5d-2e1f3a4b5c6d"),
                      QStringLiteral("2021-05-11T17:00:00Z"), og.municipality, QStringLiteral("gammal kod"),
                      QStringLiteral("2021-05-11"), QStringLiteral("individ"), QStringLiteral("15_17"),
                      QStringLiteral("pagaende"), QStringLiteral("Gammal bakgrund.")})
                .ok());
    const QByteArray before = TestFile::exportOf(*og.document);
    const qint64 auditBefore = auditCount(og.repository);
    const qint64 holdingBefore = og.auditRowsHolding(og.thinnedUuids(), background);
    REQUIRE(holdingBefore > 0);

    auto thinned = Retention::thin(og.repository,
                                   {og.closed.uuid, QStringLiteral("9d7b2c1e-0a4f-4c8e-9b5d-2e1f3a4b5c6d")},
                                   QDate(2024, 1, 15));
    REQUIRE_FALSE(thinned.ok());
    CHECK_FALSE(thinned.message().isEmpty());
    CHECK(TestFile::exportOf(*og.document) == before);
    CHECK(auditCount(og.repository) == auditBefore);
    CHECK(og.auditRowsHolding(og.thinnedUuids(), background) == holdingBefore);
    CHECK_FALSE(findRecord(og.repository, OgRegisters::cases(), og.closed.uuid)
                    ->value(QStringLiteral("thinned_on"))
                    .isValid());
}

TEST_CASE("The cases due can be thinned as listed", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    const QList<Retention::Due> due = dueOn(og.repository, QDate(2023, 5, 1));
    REQUIRE(codesOf(due) == QStringList{QStringLiteral("OG-2021-001"), QStringLiteral("OG-2021-002")});
    QStringList uuids;
    for (const Retention::Due& item : due)
        uuids << item.uuid;
    CHECK(thin(og.repository, uuids, QDate(2023, 5, 1)) == 2);
    CHECK(dueOn(og.repository, QDate(2023, 5, 1)).isEmpty());
    CHECK(countWhere(og.repository,
                     QStringLiteral("SELECT count(*) FROM og_cases WHERE thinned_on = '2023-05-01'")) == 2);
    CHECK(countWhere(
              og.repository,
              QStringLiteral(
                  "SELECT count(*) FROM og_case_notes WHERE note IS NOT NULL OR decisions IS NOT NULL")) ==
          0);
}

TEST_CASE("An export from before the thinning is refused, saying which case is thinned, and brings no text "
          "back",
          "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    auto older = lk::JsonExporter::exportAll(og.repository);
    REQUIRE(older.ok());
    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);
    auto after = lk::JsonExporter::exportAll(og.repository);
    REQUIRE(after.ok());

    auto imported = lk::JsonImporter::import(og.repository, *older);
    REQUIRE_FALSE(imported.ok());
    const std::string message = imported.message().toStdString();
    CHECK_THAT(message, mentions(findRecord(og.repository, OgRegisters::cases(), og.closed.uuid)
                                     ->value(QStringLiteral("code"))
                                     .toString()));
    CHECK_THAT(message, mentions(QStringLiteral("thinned on 2024-01-15")));
    CHECK_THAT(message, mentions(QStringLiteral("Nothing was imported")));
    // An export made after the thinning goes in, and changes nothing.
    auto again = lk::JsonImporter::import(og.repository, *after);
    INFO(again.message().toStdString());
    REQUIRE(again.ok());
    const auto thinned = findRecord(og.repository, OgRegisters::cases(), og.closed.uuid);
    REQUIRE(thinned.has_value());
    CHECK(thinned->value(QStringLiteral("thinned_on")) == QVariant(QDate(2024, 1, 15)));
    CHECK_FALSE(thinned->value(QStringLiteral("background")).isValid());
    for (const QString& text : {background, firstNote, firstDecisions, secondNote, secondDecisions}) {
        INFO(text.toStdString());
        CHECK(countWhere(og.repository,
                         QStringLiteral("SELECT count(*) FROM og_case_notes WHERE note = ? OR decisions = ?"),
                         {text, text}) == 0);
        CHECK(countWhere(og.repository, QStringLiteral("SELECT count(*) FROM og_cases WHERE background = ?"),
                         {text}) == 0);
    }
    // The other case, not thinned, is as the export had it.
    CHECK(
        findRecord(og.repository, OgRegisters::cases(), og.kept.uuid)->value(QStringLiteral("background")) ==
        QVariant(otherBackground));
}

TEST_CASE("A note imported onto a discussion of a thinned case is refused with a message, not dropped",
          "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);
    auto exported = lk::JsonExporter::exportAll(og.repository);
    REQUIRE(exported.ok());
    QJsonObject root = QJsonDocument::fromJson(*exported).object();
    QJsonArray notes = root.value(QStringLiteral("og_case_notes")).toArray();
    int written = 0;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        QJsonObject note = notes.at(i).toObject();
        if (note.value(QStringLiteral("note")).isNull() && note.value(QStringLiteral("decisions")).isNull()) {
            note.insert(QStringLiteral("note"), QStringLiteral("Samtal med familjen igen."));
            notes.replace(i, note);
            ++written;
            break;
        }
    }
    REQUIRE(written == 1);
    root.insert(QStringLiteral("og_case_notes"), notes);
    const qint64 auditBefore = auditCount(og.repository);
    auto imported = lk::JsonImporter::import(og.repository, QJsonDocument(root).toJson());
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("was thinned")));
    CHECK(countWhere(og.repository, QStringLiteral("SELECT count(*) FROM og_case_notes WHERE note = ?"),
                     {QStringLiteral("Samtal med familjen igen.")}) == 0);
    CHECK(auditCount(og.repository) == auditBefore);
}

TEST_CASE("A thinned case written about again is due again", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    REQUIRE(thin(og.repository, {og.closed.uuid}, QDate(2024, 1, 15)) == 1);
    for (const Retention::Due& item : dueOn(og.repository, QDate(2030, 1, 1)))
        CHECK(item.uuid != og.closed.uuid);
    const Record later = insertRecord(og.repository, OgRegisters::meetings(),
                                      meetingValues(og.municipality, QDate(2024, 3, 12)));
    insertRecord(og.repository, OgRegisters::caseNotes(),
                 noteValues(og.closed.id, later.id, QStringLiteral("Hörde av sig igen."), QString()));
    QStringList due;
    for (const Retention::Due& item : dueOn(og.repository, QDate(2026, 4, 1)))
        due << item.uuid;
    CHECK(due.contains(og.closed.uuid));
    CHECK(thin(og.repository, {og.closed.uuid}, QDate(2026, 4, 1)) == 1);
    CHECK(countWhere(og.repository,
                     QStringLiteral("SELECT count(*) FROM og_case_notes WHERE note IS NOT NULL "
                                    "AND case_id = ?"),
                     {og.closed.id}) == 0);
}

TEST_CASE("Thinning skips a case that is no longer due when it runs", "[og][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    ThinningFile og(engine);
    // Listed on a screen as due at 2024-01-15, but a discussion was added before the button was pressed.
    const Record later = insertRecord(og.repository, OgRegisters::meetings(),
                                      meetingValues(og.municipality, QDate(2023, 12, 12)));
    insertRecord(og.repository, OgRegisters::caseNotes(),
                 noteValues(og.kept.id, later.id, QStringLiteral("Ny kontakt."), QString()));
    CHECK(thin(og.repository, {og.kept.uuid}, QDate(2024, 1, 15)) == 0);
    CHECK(
        findRecord(og.repository, OgRegisters::cases(), og.kept.uuid)->value(QStringLiteral("background")) ==
        QVariant(otherBackground));
}
