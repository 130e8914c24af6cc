// ServerUrl: a libpq connection URL (postgresql://user@host:port/database?options) as Qt's QPSQL driver wants
// it.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lk {

class ServerUrl {
public:
    // True for text that names a server rather than a file: it starts with postgresql:// or postgres://.
    static bool isServerUrl(const QString& text);
    // Refuses, with the reason, a URL libpq would not take the same way.
    static Result<ServerUrl> parse(const QString& text);

    // Gives a QPSQL connection the host, port, database, user and the URL's query options (sslmode=require,
    // host=/a/socket/folder, …). A password is only passed on when the URL holds one; otherwise libpq looks
    // in PGPASSWORD and ~/.pgpass itself.
    void configure(QSqlDatabase& db) const;

    // The URL without its password, for titles, messages and logs.
    QString display() const { return m_display; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString hostName() const { return m_host; }
    // The Error::field of a refusal for want of a password, or for a wrong one: the window then asks for it.
    static inline const QString passwordField = QStringLiteral("password");
    // `url` with `password` in it, for opening once the user has typed it (never for showing or keeping).
    static QString withPassword(const QString& url, const QString& password);
    // The same server and login, another database (the tests make one per test case).
    ServerUrl withDatabase(const QString& database) const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options; // "key=value;key=value", QPSQL's form of libpq keywords
    QString m_display;
};

} // namespace lk
