#include "../og/ogfixture.h"
#include "auditfixture.h"
#include "privacy/auditquery.h"
#include "privacy/audittext.h"

using namespace lk;
using namespace lk::test;

namespace {

QList<AuditEntry> entriesOf(const Repository& repository, const QString& table) {
    QList<AuditEntry> entries;
    REQUIRE(AuditQuery(repository.database(), {{}, {}, {}, table})
                .forEach([&entries](const AuditEntry& entry) {
                    entries << entry;
                    return true;
                })
                .ok());
    return entries;
}

const AuditText::FieldChange& fieldLabelled(const QList<AuditText::FieldChange>& fields,
                                            const QString& label) {
    for (const AuditText::FieldChange& field : fields) {
        if (field.label == label)
            return field;
    }
    FAIL("no field " << label.toStdString());
    return fields.first();
}

} // namespace

TEST_CASE("AuditText names the action, the register and the record, and sums up what changed",
          "[audit][audittext]") {
    AuditFile file;
    const AuditText text(file.repository.database());

    const QList<AuditEntry> promises = entriesOf(file.repository, QStringLiteral("promises"));
    REQUIRE(promises.size() == 2);
    const AuditEntry& renaming = promises.at(0);
    const QStringList row = text.row(renaming);
    REQUIRE(row.size() == AuditText::ColumnCount);
    CHECK(row.at(AuditText::Time) == AuditText::localTime(renaming.changedAt));
    CHECK(QDateTime::fromString(row.at(AuditText::Time), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
    CHECK(row.at(AuditText::User) == QStringLiteral("björn"));
    CHECK(row.at(AuditText::Action) == QStringLiteral("Changed"));
    CHECK(row.at(AuditText::Register) == QStringLiteral("Promise"));
    // The record by its name after the change, not by its key.
    CHECK(row.at(AuditText::Record) == AuditFile::renamed);
    CHECK(row.at(AuditText::Changes) ==
          QStringLiteral("Short title: Trygghetsvandringar → ") + AuditFile::renamed);

    const AuditEntry& adding = promises.at(1);
    CHECK(text.recordName(adding) == QStringLiteral("Trygghetsvandringar"));
    CHECK(AuditText::actionName(adding.action) == QStringLiteral("Added"));
    // A new record's summary lists its values: the focus area it belongs to by name, the code by its label.
    const QString added = text.summary(adding);
    CHECK_THAT(added.toStdString(), mentions(QStringLiteral("Focus area: Tryggheten i centrum")));
    CHECK_THAT(added.toStdString(), mentions(QStringLiteral("Short title: Trygghetsvandringar")));
    CHECK_THAT(added.toStdString(), !mentions(QStringLiteral("focus_area_id")));

    // A deleted record is named from its values before.
    const QList<AuditEntry> targets = entriesOf(file.repository, QStringLiteral("targets"));
    REQUIRE(targets.size() == 2);
    CHECK(AuditText::actionName(targets.at(0).action) == QStringLiteral("Deleted"));
    CHECK(text.recordName(targets.at(0)) == QStringLiteral("Möten i Operativa gruppen"));
    CHECK_THAT(text.summary(targets.at(0)).toStdString(), mentions(QStringLiteral("Number: 12")));

    const QList<AuditEntry> settings = entriesOf(file.repository, QStringLiteral("settings"));
    REQUIRE(settings.size() == 1);
    CHECK(AuditText::registerName(QStringLiteral("settings")) == QStringLiteral("Setting"));
    CHECK(text.recordName(settings.at(0)) == QStringLiteral("Months before a closed case is thinned"));
    CHECK(text.summary(settings.at(0)) == QStringLiteral("Months before a closed case is thinned: 24"));
}

TEST_CASE("AuditText shows every field whole, before and after, by its label", "[audit][audittext]") {
    AuditFile file;
    const AuditText text(file.repository.database());
    const QList<AuditEntry> statuses = entriesOf(file.repository, QStringLiteral("promise_statuses"));
    REQUIRE(statuses.size() == 2);
    const QList<AuditText::FieldChange> fields = text.fields(statuses.at(0));
    CHECK(fields.size() == PromiseRegisters::statuses().fields.size());
    const AuditText::FieldChange& comment = fieldLabelled(fields, QStringLiteral("Comment"));
    CHECK(comment.changed);
    CHECK(comment.before == QStringLiteral("Rapport 2021-04-30"));
    CHECK(comment.after == AuditFile::comment);
    const AuditText::FieldChange& status = fieldLabelled(fields, QStringLiteral("Status"));
    CHECK_FALSE(status.changed);
    CHECK(status.before == QStringLiteral("Started"));
    CHECK(status.after == QStringLiteral("Started"));
    // The summary keeps to one line.
    CHECK(text.summary(statuses.at(0)) ==
          QStringLiteral("Comment: Rapport 2021-04-30 → Sa \"ja\"; sedan nej"));

    // A record pointed at is named as it is now, or said to be gone.
    CHECK(fieldLabelled(fields, QStringLiteral("Promise")).after == AuditFile::renamed);
    REQUIRE(file.document->remove(PromiseRegisters::promises(), file.tree.promise.uuid).ok());
    const AuditText later(file.repository.database());
    CHECK(fieldLabelled(later.fields(statuses.at(0)), QStringLiteral("Promise")).after ==
          QStringLiteral("no. %1 (no longer in the file)").arg(file.tree.promise.id));
}

TEST_CASE("AuditText shows what the log holds of a deleted case, without the text about the person",
          "[audit][audittext]") {
    SalemFile salem;
    const Record added = [&] {
        auto inserted = salem.document->insert(
            OgRegisters::cases(),
            recordOf(caseValues(salem.municipality, QStringLiteral("OG-2021-007"), QDate(2021, 3, 1))));
        REQUIRE(inserted.ok());
        return *inserted;
    }();
    REQUIRE(salem.document->remove(OgRegisters::cases(), added.uuid).ok());
    const AuditText text(salem.repository.database());
    const QList<AuditEntry> cases = entriesOf(salem.repository, OgRegisters::cases().table);
    REQUIRE(cases.size() == 2);
    for (const AuditEntry& entry : cases) {
        INFO(entry.action.toStdString());
        // The pseudonymous code names the case; the background was taken out of the log with the case.
        CHECK(text.recordName(entry) == QStringLiteral("OG-2021-007"));
        const QStringList row = text.row(entry);
        CHECK_THAT(row.join(u'|').toStdString(), !mentions(QStringLiteral("frånvaro")));
        const AuditText::FieldChange& background = fieldLabelled(
            text.fields(entry), OgRegisters::cases().field(QStringLiteral("background")).displayLabel());
        CHECK(background.before.isEmpty());
        CHECK(background.after.isEmpty());
    }
}

TEST_CASE("AuditText shows a row it cannot place by what it holds", "[audit][audittext]") {
    AuditFile file;
    const AuditText text(file.repository.database());
    AuditEntry strange;
    strange.changedAt = QStringLiteral("not a time");
    strange.action = QStringLiteral("update");
    strange.table = QStringLiteral("gone_register");
    strange.key = QStringLiteral("k-1");
    strange.oldJson = QStringLiteral("{\"a\":1}");
    strange.newJson = QStringLiteral("{\"a\":2,\"b\":\"x\"}");
    CHECK(AuditText::localTime(strange.changedAt) == QStringLiteral("not a time"));
    CHECK(AuditText::registerName(strange.table) == QStringLiteral("gone_register"));
    CHECK(text.recordName(strange) == QStringLiteral("k-1"));
    CHECK(text.summary(strange) == QStringLiteral("a: 1 → 2; b: — → x"));
}
