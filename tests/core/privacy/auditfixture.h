// Helpers for the audit log viewer's tests: a file whose log holds the changes of two users on two days, made
// through the document as the window makes them.
#pragma once

#include "../register/registerfixture.h"
#include "catchqt.h"
#include "register/settings.h"

namespace lk::test {

// The audit log names the operating-system account: a test takes another one for a while.
class AsUser {
public:
    explicit AsUser(const QByteArray& name)
        : m_had(qEnvironmentVariableIsSet("USER"))
        , m_before(qgetenv("USER")) {
        qputenv("USER", name);
    }
    ~AsUser() {
        if (m_had)
            qputenv("USER", m_before);
        else
            qunsetenv("USER");
    }
    AsUser(const AsUser&) = delete;
    AsUser& operator=(const AsUser&) = delete;

private:
    bool m_had;
    QByteArray m_before;
};

// Anna builds the promise tree on 2021-03-15 (six rows, all in the same millisecond); Björn, today, renames
// the promise, writes a comment with quotation marks, a semicolon and a line end, deletes the target and sets
// the retention time (four rows, on bjornsDay).
struct AuditFile {
    static inline const QString annasDay = QStringLiteral("2021-03-15T09:00:00.000Z");
    static inline const QString comment = QStringLiteral("Sa \"ja\"; sedan\nnej");
    static inline const QString renamed = QStringLiteral("Trygghetsvandringar, kvällstid");

    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    PromiseTree tree = annasTree();
    // The day of Björn's rows: today, or yesterday for a test that began just before midnight. Tests count
    // his rows by this day, not by the clock they read later.
    QDate bjornsDay;

    AuditFile() {
        AsUser bjorn("björn");
        REQUIRE(document
                    ->update(PromiseRegisters::promises(), tree.promise.uuid,
                             {{QStringLiteral("title"), renamed}})
                    .ok());
        REQUIRE(document
                    ->update(PromiseRegisters::statuses(), tree.status.uuid,
                             {{QStringLiteral("comment"), comment}})
                    .ok());
        REQUIRE(document->remove(PromiseRegisters::targets(), tree.target.uuid).ok());
        REQUIRE(Settings(repository.database())
                    .setValue(QStringLiteral("og_retention_months"), QStringLiteral("24"))
                    .ok());
        nameServerRows(QStringLiteral("björn"));
        bjornsDay = onOneDay(QStringLiteral("björn"));
    }

    // On a server the log names the database login, whatever the program says (its audit trigger): the rows
    // the login wrote as `user` are given that name, as a file would have them. (The tests' login is the
    // server's superuser, which may change the log; no program role may.)
    void nameServerRows(const QString& user) {
        if (document->database().engine() != Engine::Postgres)
            return;
        REQUIRE(sql::run(repository.database(),
                         QStringLiteral("UPDATE audit_log SET user_name = ? WHERE user_name = session_user"),
                         {user})
                    .ok());
    }

    // Lets go of the file, so that a window can open it.
    void close() {
        repository = Repository(QSqlDatabase());
        document.reset();
    }

    // A user's rows take some milliseconds to write and may straddle midnight: the earlier ones then move to
    // the first millisecond of the later day (their order kept by id), so that all are on one day.
    QDate onOneDay(const QString& user) {
        auto last =
            sql::scalar(repository.database(),
                        QStringLiteral("SELECT max(changed_at) FROM audit_log WHERE user_name = ?"), {user});
        REQUIRE(last.ok());
        const QDate day = QDateTime::fromString(last->toString(), Qt::ISODateWithMs).toLocalTime().date();
        REQUIRE(day.isValid());
        const QString start = day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
        REQUIRE(sql::run(repository.database(),
                         QStringLiteral(
                             "UPDATE audit_log SET changed_at = ? WHERE user_name = ? AND changed_at < ?"),
                         {start, user, start})
                    .ok());
        return day;
    }

    PromiseTree annasTree() {
        // Only these rows, whatever making the file wrote, so that the tests can count them.
        REQUIRE(sql::run(repository.database(), QStringLiteral("DELETE FROM audit_log")).ok());
        PromiseTree made;
        {
            AsUser anna("anna");
            made = makeTree(repository);
        }
        nameServerRows(QStringLiteral("anna"));
        REQUIRE(sql::run(repository.database(),
                         QStringLiteral("UPDATE audit_log SET changed_at = ? WHERE user_name = ?"),
                         {annasDay, QStringLiteral("anna")})
                    .ok());
        return made;
    }
};

} // namespace lk::test
