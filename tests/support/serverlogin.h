// ServerLogin: a person's login on the test server, made for one test and dropped after it, with a plain
// QPSQL connection of its own: what the login may do, asked with SQL outside the program.
#pragma once

#include "catchqt.h"
#include "db/serverurl.h"
#include "db/sql.h"
#include "testserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace lk::test {

class ServerLogin {
public:
    // `role` names the person ("samordnare_a"); the login is that plus the database's name, since logins
    // belong to the whole cluster, which tests running side by side share.
    // `attributes` are more of CREATE ROLE's options (CREATEROLE for an administrator).
    ServerLogin(const QString& url, const QString& role, const QString& attributes = {})
        : m_url(url) {
        auto parsed = ServerUrl::parse(url);
        REQUIRE(parsed.ok());
        m_login = role + QStringLiteral("_") + parsed->databaseName();
        auto made =
            ServerDatabase::administer(QStringLiteral("CREATE ROLE %1 LOGIN %2").arg(m_login, attributes));
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        m_connection = QStringLiteral("login-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        parsed->configure(db);
        db.setUserName(m_login);
    }
    ~ServerLogin() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        (void)ServerDatabase::administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login));
    }
    ServerLogin(const ServerLogin&) = delete;
    ServerLogin& operator=(const ServerLogin&) = delete;

    QString login() const { return m_login; }
    // The database's URL with this login in it, for the program (Database::open, --server).
    QString url() const {
        QString url = m_url;
        return url.replace(QStringLiteral("user=lofteskollen"), QStringLiteral("user=") + m_login);
    }

    // Runs a statement as this login, connecting at the first (after the grants).
    Result<QSqlQuery> run(const QString& statement, const QVariantList& values = {}) const {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.isOpen() && !db.open())
            return Error{db.lastError().text()};
        return sql::run(db, statement, values);
    }
    // A count as this login; -1 when the statement was refused.
    qint64 count(const QString& statement, const QVariantList& values = {}) const {
        auto rows = run(statement, values);
        if (!rows || !rows->next())
            return -1;
        return rows->value(0).toLongLong();
    }
    // The rows a write changed; -1 when it was refused.
    qint64 changed(const QString& statement, const QVariantList& values = {}) const {
        auto rows = run(statement, values);
        return rows ? rows->numRowsAffected() : -1;
    }
    // The server's reason a statement was refused (empty when it was not).
    QString refusal(const QString& statement, const QVariantList& values = {}) const {
        auto rows = run(statement, values);
        return rows ? QString() : rows.message();
    }

private:
    QString m_url;
    QString m_login;
    QString m_connection;
};

} // namespace lk::test
