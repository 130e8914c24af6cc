#include "../register/registerfixture.h"
#include "catchqt.h"
#include "db/sql.h"
#include "faults.h"
#include "privacy/auditlog.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

using namespace lk;
using namespace lk::test;

namespace {

struct AuditRow {
    QString changedAt;
    QString user;
    QString action;
    QString table;
    QString uuid;
    QVariant oldValues;
    QVariant newValues;
};

AuditRow lastAudit(const Repository& repository) {
    auto query =
        sql::run(repository.database(),
                 QStringLiteral("SELECT changed_at, user_name, action, table_name, record_uuid, old_values, "
                                "new_values FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return {query->value(0).toString(),
            query->value(1).toString(),
            query->value(2).toString(),
            query->value(3).toString(),
            query->value(4).toString(),
            query->value(5),
            query->value(6)};
}

QJsonObject jsonOf(const QVariant& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    INFO(text.toString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// The JSON holds every field of `spec`, each with the stored form of `record`'s value, null when empty.
void checkJson(const RegisterSpec& spec, const QJsonObject& json, const Record& record) {
    CHECK(json.size() == spec.fields.size());
    for (const FieldSpec& field : spec.fields) {
        INFO("field " << field.name.toStdString());
        REQUIRE(json.contains(field.name));
        // Empty values are checked on their own below ("AuditLog::valuesJson ... null").
        const QVariant stored = field.toStorage(record.value(field.name));
        if (!stored.isNull())
            CHECK(json.value(field.name).toVariant().toString() == stored.toString());
    }
}

} // namespace

TEST_CASE("Every insert, update and delete writes one audit row with the values",
          "[repository][audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const RegisterSpec& statuses = PromiseRegisters::statuses();

    // On a server the row names the database login, stamped by the server; in a file the account.
    const QString user = engine == lk::Engine::Postgres
                             ? lk::test::scalar(*document, QStringLiteral("SELECT session_user")).toString()
                             : AuditLog::currentUser();
    const qint64 before = auditCount(repository);
    const QDateTime from = QDateTime::currentDateTimeUtc();
    // No comment: its JSON value is null.
    QVariantMap values =
        statusValues(tree.promise.id, QStringLiteral("2022-04-30"), QStringLiteral("forsenad"));
    values.remove(QStringLiteral("comment"));
    const Record inserted = insertRecord(repository, statuses, values);
    CHECK(auditCount(repository) == before + 1);
    AuditRow row = lastAudit(repository);
    checkStampedNow(row.changedAt, from, QDateTime::currentDateTimeUtc());
    CHECK(row.user == user);
    CHECK(row.action == QStringLiteral("insert"));
    CHECK(row.table == QStringLiteral("promise_statuses"));
    CHECK(row.uuid == inserted.uuid);
    CHECK(row.oldValues.isNull());
    const QJsonObject insertedJson = jsonOf(row.newValues);
    checkJson(statuses, insertedJson, inserted);
    CHECK(insertedJson.contains(QStringLiteral("comment")));
    CHECK(insertedJson.value(QStringLiteral("reported_on")).toString() == QStringLiteral("2022-04-30"));
    CHECK(insertedJson.value(QStringLiteral("promise_id")).toInteger() == tree.promise.id);

    Record changed = inserted;
    changed.values.insert(QStringLiteral("status"), QStringLiteral("genomford"));
    changed.values.insert(QStringLiteral("comment"), QStringLiteral("Klart i maj"));
    ChangeSet update;
    update.update(statuses, inserted, changed);
    auto updated = repository.apply(update);
    REQUIRE(updated.ok());
    CHECK(auditCount(repository) == before + 2);
    row = lastAudit(repository);
    CHECK(row.action == QStringLiteral("update"));
    CHECK(row.uuid == inserted.uuid);
    CHECK(row.user == user);
    checkJson(statuses, jsonOf(row.oldValues), inserted);
    checkJson(statuses, jsonOf(row.newValues), changed);
    CHECK(jsonOf(row.oldValues).value(QStringLiteral("status")).toString() == QStringLiteral("forsenad"));
    CHECK(jsonOf(row.newValues).value(QStringLiteral("status")).toString() == QStringLiteral("genomford"));

    ChangeSet removal;
    removal.remove(statuses, updated->rows.first().after.value());
    REQUIRE(repository.apply(removal).ok());
    CHECK(auditCount(repository) == before + 3);
    row = lastAudit(repository);
    CHECK(row.action == QStringLiteral("delete"));
    CHECK(row.table == QStringLiteral("promise_statuses"));
    CHECK(row.uuid == inserted.uuid);
    CHECK(row.newValues.isNull());
    checkJson(statuses, jsonOf(row.oldValues), changed);
}

TEST_CASE("A ChangeSet of several rows writes one audit row per row, in order",
          "[repository][audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const qint64 before = auditCount(repository);
    auto lastId = sql::scalar(repository.database(), QStringLiteral("SELECT max(id) FROM audit_log"));
    REQUIRE(lastId.ok());

    ChangeSet changes;
    changes.insert(PromiseRegisters::targets(), recordOf(targetValues(tree.promise.id, 2)));
    changes.update(
        PromiseRegisters::promises(), tree.promise,
        recordOf(merged(tree.promise.values, {{QStringLiteral("title"), QStringLiteral("Vandringar")}})));
    changes.remove(PromiseRegisters::statuses(), tree.status);
    auto applied = repository.apply(changes);
    REQUIRE(applied.ok());
    CHECK(auditCount(repository) == before + 3);

    auto query = sql::run(
        repository.database(),
        QStringLiteral("SELECT action, table_name, record_uuid FROM audit_log WHERE id > ? ORDER BY id"),
        {*lastId});
    REQUIRE(query.ok());
    QStringList seen;
    while (query->next())
        seen << query->value(0).toString() + u' ' + query->value(1).toString() + u' ' +
                    query->value(2).toString();
    CHECK(seen == QStringList{QStringLiteral("insert targets ") + applied->rows.at(0).after->uuid,
                              QStringLiteral("update promises ") + tree.promise.uuid,
                              QStringLiteral("delete promise_statuses ") + tree.status.uuid});
}

TEST_CASE("A change whose audit row cannot be written is not saved either", "[repository][audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const QString contentBefore = contentOf(*document);
    const qint64 auditBefore = auditCount(repository);
    lk::test::refuse(repository.database(), QStringLiteral("INSERT"), QStringLiteral("audit_log"),
                     QStringLiteral("the audit log is full"));

    ChangeSet changes;
    SECTION("an insert") {
        changes.insert(PromiseRegisters::statuses(),
                       recordOf(statusValues(tree.promise.id, QStringLiteral("2021-10-31"))));
    }
    SECTION("an update") {
        changes.update(
            PromiseRegisters::promises(), tree.promise,
            recordOf(merged(tree.promise.values, {{QStringLiteral("title"), QStringLiteral("Ny titel")}})));
    }
    SECTION("a delete") {
        changes.remove(PromiseRegisters::statuses(), tree.status);
    }
    auto applied = repository.apply(changes);
    REQUIRE_FALSE(applied.ok());
    CHECK_THAT(applied.message().toStdString(), mentions(QStringLiteral("the audit log is full")));
    CHECK(contentOf(*document) == contentBefore);
    CHECK(auditCount(repository) == auditBefore);
}

TEST_CASE("A refused change writes no audit row", "[repository][audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    const qint64 auditBefore = auditCount(repository);

    SECTION("an invalid update") {
        ChangeSet changes;
        changes.update(PromiseRegisters::targets(), tree.target,
                       recordOf(merged(tree.target.values, {{QStringLiteral("quantity"), -3}})));
        CHECK_FALSE(repository.apply(changes).ok());
    }
    SECTION("an update of a record that is gone") {
        Record ghost = tree.target;
        ghost.uuid = QStringLiteral("00000000-0000-0000-0000-000000000001");
        ChangeSet changes;
        changes.update(PromiseRegisters::targets(), ghost, tree.target);
        auto applied = repository.apply(changes);
        REQUIRE_FALSE(applied.ok());
        CHECK_THAT(applied.message().toStdString(), mentions(QStringLiteral("no longer exists")));
    }
    SECTION("a single insert outside apply") {
        auto inserted =
            repository.insert(PromiseRegisters::targets(),
                              recordOf(merged(targetValues(tree.promise.id),
                                              {{QStringLiteral("per"), QStringLiteral("vecka")}})),
                              Repository::Stamp::Now);
        CHECK_FALSE(inserted.ok());
    }
    CHECK(auditCount(repository) == auditBefore);
}

TEST_CASE("Deleting a record that is no longer there writes no audit row", "[repository][audit][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository);
    ChangeSet removal;
    removal.remove(PromiseRegisters::statuses(), tree.status);
    REQUIRE(repository.apply(removal).ok());
    const qint64 auditBefore = auditCount(repository);

    // The same delete again (a second window, a stale selection): whether it reports the record as gone or
    // does nothing, the log must not claim a deletion that did not happen.
    auto again = repository.apply(removal);
    INFO(again.message().toStdString());
    CHECK(auditCount(repository) == auditBefore);
}

TEST_CASE("AuditLog::currentUser is the operating-system account, from the environment or else the system's "
          "account database",
          "[audit]") {
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    const QByteArray logName = qgetenv("LOGNAME");
    const bool hadUser = qEnvironmentVariableIsSet("USER");
    const bool hadUserName = qEnvironmentVariableIsSet("USERNAME");
    const bool hadLogName = qEnvironmentVariableIsSet("LOGNAME");
    auto restore = [&] {
        for (auto [name, had, value] :
             {std::tuple{"USER", hadUser, user}, std::tuple{"USERNAME", hadUserName, userName},
              std::tuple{"LOGNAME", hadLogName, logName}}) {
            if (had)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    };

    qputenv("USER", "säkerhetssamordnare");
    qputenv("USERNAME", "someone-else");
    const QString fromUser = AuditLog::currentUser();
    qunsetenv("USER");
    const QString fromUserName = AuditLog::currentUser();
    qunsetenv("USERNAME");
    qunsetenv("LOGNAME");
    const QString nobody = AuditLog::currentUser();
    restore();

    CHECK(fromUser == QStringLiteral("säkerhetssamordnare"));
    CHECK(fromUserName == QStringLiteral("someone-else"));
    // Without a login's environment the account is still the system's own, never "unknown".
    const passwd* account = getpwuid(geteuid());
    REQUIRE(account);
    CHECK(nobody == QString::fromLocal8Bit(account->pw_name));
}

TEST_CASE("AuditLog::valuesJson holds every field in its stored form, null when empty", "[audit]") {
    const RegisterSpec& periods = PromiseRegisters::periods();
    Record period = recordOf({{QStringLiteral("municipality_id"), 3},
                              {QStringLiteral("name"), QStringLiteral("2021–2022")},
                              {QStringLiteral("start_date"), QDate(2021, 1, 1)}});
    const QJsonObject json = jsonOf(AuditLog::valuesJson(periods, period));
    CHECK(json.size() == periods.fields.size());
    CHECK(json.value(QStringLiteral("municipality_id")).toInteger() == 3);
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("2021–2022"));
    CHECK(json.value(QStringLiteral("start_date")).toString() == QStringLiteral("2021-01-01"));
    REQUIRE(json.contains(QStringLiteral("end_date")));
    CHECK(json.value(QStringLiteral("end_date")).isNull());
}
