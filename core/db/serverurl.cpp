#include "db/serverurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ServerUrl)
};

// libpq's keyword=value form quotes a value in single quotes, with \ and ' escaped.
QString quoted(QString value) {
    value.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("'"), QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

bool ServerUrl::isServerUrl(const QString& text) {
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<ServerUrl> ServerUrl::parse(const QString& text) {
    const auto refused = [&text](const QString& why) {
        return Error{Text::tr("The server address %1 cannot be used: %2. Write it as "
                              "postgresql://USER@HOST:PORT/DATABASE.")
                         .arg(text.section(u'@', -1), why)};
    };
    if (!isServerUrl(text))
        return refused(Text::tr("it does not start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refused(url.errorString());
    ServerUrl server;
    server.m_host = url.host();
    server.m_port = url.port(-1);
    server.m_database = url.path().mid(1);
    server.m_user = url.userName();
    server.m_password = url.password();
    if (server.m_database.isEmpty() || server.m_database.contains(u'/'))
        return refused(Text::tr("it names no database"));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // The password is handed to the driver apart from the options, so it may hold any character.
        if (key == QStringLiteral("password")) {
            server.m_password = value;
            continue;
        }
        // QPSQL turns every ';' into a space before libpq reads the options: such a value would be cut.
        if (value.contains(u';') || key.contains(u';') || key.contains(u' '))
            return refused(Text::tr("the option “%1” holds a character the driver cannot pass on").arg(key));
        if (key == QStringLiteral("user"))
            server.m_user = value;
        else if (key == QStringLiteral("dbname"))
            server.m_database = value;
        else
            options << key + u'=' + quoted(value);
    }
    // A network that drops without a word would otherwise leave a connect, or a write waiting for its
    // acknowledgement, hanging for minutes with the window frozen: the connection is given up instead, and
    // the program's reconnect takes over. A URL that sets them keeps its own.
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    if (!query.hasQueryItem(QStringLiteral("tcp_user_timeout")))
        options << QStringLiteral("tcp_user_timeout=15000");
    server.m_options = options.join(u';');
    QUrl shown = url;
    shown.setPassword(QString());
    QUrlQuery shownQuery(query);
    shownQuery.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(shownQuery);
    server.m_display = shown.toString();
    return server;
}

void ServerUrl::configure(QSqlDatabase& db) const {
    if (!m_host.isEmpty())
        db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    if (!m_user.isEmpty())
        db.setUserName(m_user);
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setConnectOptions(m_options);
}

QString ServerUrl::withPassword(const QString& url, const QString& password) {
    // In the query, not before the host: a URL without a host (a local socket) keeps its form, so that
    // display() gives back the URL as the user wrote it. Encoded whole, so that no character of it is read
    // as part of the URL; the last password in a query is the one used.
    return url + (url.contains(u'?') ? u'&' : u'?') + QStringLiteral("password=") +
           QString::fromLatin1(QUrl::toPercentEncoding(password));
}

ServerUrl ServerUrl::withDatabase(const QString& database) const {
    ServerUrl other = *this;
    other.m_database = database;
    QUrl shown(m_display);
    shown.setPath(u'/' + database);
    other.m_display = shown.toString();
    return other;
}

} // namespace lk
