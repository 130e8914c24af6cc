// SecondClient: another writer on the same database as a test's Document: a connection of its own, as a
// second program (on a file, beside the first one's lock; on a server, another login session).
#pragma once

#include "catchqt.h"
#include "db/database.h"
#include "db/engine.h"
#include "db/sql.h"
#include "db/sqlitefunctions.h"
#include "document/document.h"
#include "register/repository.h"

#include <QSqlDatabase>
#include <QUuid>

#include <memory>

namespace lk::test {

class SecondClient {
public:
    explicit SecondClient(const Document& first) {
        if (first.database().engine() == Engine::Postgres) {
            auto opened = Database::open(first.path());
            INFO(opened.message().toStdString());
            REQUIRE(opened.ok());
            m_server = std::move(*opened);
            return;
        }
        // A second program on a file would be refused by the first one's lock; the connection is what two
        // writers share, so the test makes one as Database does.
        m_name = QStringLiteral("second-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::cloneDatabase(first.database().connection(), m_name);
        REQUIRE(db.open());
        for (const QString& pragma :
             {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")})
            REQUIRE(sql::run(db, pragma).ok());
        REQUIRE(SqliteFunctions::install(db).ok());
    }
    ~SecondClient() {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    SecondClient(const SecondClient&) = delete;
    SecondClient& operator=(const SecondClient&) = delete;

    // Who the change log names for this client's writes: on a server the database login (the server's own
    // trigger writes it, whatever the program says), on a file `account`, the one the program ran as.
    QString writer(const QString& account) const {
        if (!m_server)
            return account;
        auto login = sql::scalar(connection(), QStringLiteral("SELECT session_user"));
        REQUIRE(login.ok());
        return login->toString();
    }

    QSqlDatabase connection() const {
        return m_server ? m_server->connection() : QSqlDatabase::database(m_name, false);
    }
    Repository repository() const { return Repository(connection()); }

    // Deletes the record with everything that belongs to it, as a user of this client would.
    void removeWhole(const RegisterSpec& spec, const QString& uuid) const {
        auto found = repository().find(spec, uuid);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        auto dependents = repository().dependents(spec, **found);
        REQUIRE(dependents.ok());
        ChangeSet removal;
        removal.rows = *dependents;
        removal.remove(spec, **found);
        auto applied = repository().apply(removal);
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
    }

private:
    std::unique_ptr<Database> m_server;
    QString m_name;
};

} // namespace lk::test
