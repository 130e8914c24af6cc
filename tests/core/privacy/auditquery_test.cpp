#include "auditfixture.h"
#include "privacy/auditquery.h"

using namespace lk;
using namespace lk::test;

namespace {

qint64 countOf(const AuditFile& file, const AuditQuery::Filter& filter) {
    auto count = AuditQuery(file.repository.database(), filter).count();
    INFO(count.message().toStdString());
    REQUIRE(count.ok());
    return *count;
}

QList<AuditEntry> all(const AuditFile& file, const AuditQuery::Filter& filter) {
    QList<AuditEntry> entries;
    const Status read =
        AuditQuery(file.repository.database(), filter).forEach([&entries](const AuditEntry& e) {
            entries << e;
            return true;
        });
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    return entries;
}

QStringList tablesOf(const QList<AuditEntry>& entries) {
    QStringList tables;
    for (const AuditEntry& entry : entries)
        tables << entry.table;
    return tables;
}

} // namespace

TEST_CASE("AuditQuery filters the log by days, user and register, in SQL", "[audit][auditquery]") {
    AuditFile file;
    const QDate today = file.bjornsDay; // not the clock: the test may run across midnight
    const QDate annasDay(2021, 3, 15);
    const QString anna = QStringLiteral("anna");
    const QString bjorn = QStringLiteral("björn");

    CHECK(countOf(file, {}) == 10);
    CHECK(countOf(file, {{}, {}, anna, {}}) == 6);
    CHECK(countOf(file, {{}, {}, bjorn, {}}) == 4);
    CHECK(countOf(file, {{}, {}, QStringLiteral("nobody"), {}}) == 0);

    // A day is the whole day: from its first to its last millisecond.
    CHECK(countOf(file, {annasDay, annasDay, {}, {}}) == 6);
    CHECK(countOf(file, {annasDay.addDays(1), today, {}, {}}) == 4);
    CHECK(countOf(file, {annasDay.addDays(-1), annasDay.addDays(-1), {}, {}}) == 0);
    CHECK(countOf(file, {today, {}, {}, {}}) == 4);
    CHECK(countOf(file, {{}, annasDay, {}, {}}) == 6);
    CHECK(countOf(file, {today, annasDay, {}, {}}) == 0);

    CHECK(countOf(file, {{}, {}, {}, QStringLiteral("promises")}) == 2);
    CHECK(countOf(file, {{}, {}, {}, QStringLiteral("settings")}) == 1);
    CHECK(countOf(file, {{}, {}, {}, QStringLiteral("targets")}) == 2);
    CHECK(countOf(file, {{}, {}, bjorn, QStringLiteral("promises")}) == 1);
    CHECK(countOf(file, {annasDay, annasDay, bjorn, QStringLiteral("promises")}) == 0);

    const QList<AuditEntry> bjorns = all(file, {{}, {}, bjorn, {}});
    REQUIRE(bjorns.size() == 4);
    // Newest first: the setting was the last change.
    CHECK(tablesOf(bjorns) == QStringList{QStringLiteral("settings"), QStringLiteral("targets"),
                                          QStringLiteral("promise_statuses"), QStringLiteral("promises")});
    CHECK(bjorns.at(0).key == QStringLiteral("og_retention_months"));
    CHECK(bjorns.at(1).action == QStringLiteral("delete"));
    CHECK(bjorns.at(1).newJson.isEmpty());
    CHECK(bjorns.at(1).key == file.tree.target.uuid);
    CHECK(bjorns.at(2).newJson.contains(QStringLiteral("sedan\\nnej")));
    for (const AuditEntry& entry : bjorns)
        CHECK(entry.user == bjorn);
}

TEST_CASE("AuditQuery pages newest first without losing or repeating rows of the same moment",
          "[audit][auditquery]") {
    AuditFile file;
    const AuditQuery query(file.repository.database(), {});
    const QList<AuditEntry> expected = all(file, {});
    REQUIRE(expected.size() == 10);
    // Anna's six rows share one time stamp, so pages of three split them: the id keeps the order.
    QList<AuditEntry> paged;
    std::optional<AuditEntry> last;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = query.page(last, 3);
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        CHECK(page->size() <= 3);
        paged << *page;
        last = page->constLast();
    }
    REQUIRE(paged.size() == expected.size());
    for (qsizetype i = 0; i < paged.size(); ++i) {
        CHECK(paged.at(i).id == expected.at(i).id);
        if (i > 0) {
            CHECK(paged.at(i).changedAt <= paged.at(i - 1).changedAt);
            if (paged.at(i).changedAt == paged.at(i - 1).changedAt)
                CHECK(paged.at(i).id < paged.at(i - 1).id);
        }
    }
    // The oldest rows are anna's, in reverse order of making: the status was her last.
    CHECK(paged.constLast().table == QStringLiteral("municipalities"));
    CHECK(paged.at(4).table == QStringLiteral("promise_statuses"));
}

TEST_CASE("AuditQuery lists the users and registers in the log and the day of its first row",
          "[audit][auditquery]") {
    AuditFile file;
    const QSqlDatabase db = file.repository.database();
    auto users = AuditQuery::users(db);
    REQUIRE(users.ok());
    CHECK(*users == QStringList{QStringLiteral("anna"), QStringLiteral("björn")});
    auto tables = AuditQuery::tables(db);
    REQUIRE(tables.ok());
    CHECK(*tables == QStringList{QStringLiteral("focus_areas"), QStringLiteral("municipalities"),
                                 QStringLiteral("periods"), QStringLiteral("promise_statuses"),
                                 QStringLiteral("promises"), QStringLiteral("settings"),
                                 QStringLiteral("targets")});
    auto first = AuditQuery::firstDay(db);
    REQUIRE(first.ok());
    CHECK(*first == QDateTime::fromString(AuditFile::annasDay, Qt::ISODateWithMs).toLocalTime().date());

    REQUIRE(sql::run(db, QStringLiteral("DELETE FROM audit_log")).ok());
    first = AuditQuery::firstDay(db);
    REQUIRE(first.ok());
    CHECK_FALSE(first->isValid());
}

TEST_CASE("AuditQuery binds the user's choice as a value, never as SQL", "[audit][auditquery]") {
    AuditFile file;
    CHECK(countOf(file, {{}, {}, QStringLiteral("x' OR '1' = '1"), {}}) == 0);
    CHECK(countOf(file, {{}, {}, {}, QStringLiteral("promises' OR 1 = 1 --")}) == 0);
}
