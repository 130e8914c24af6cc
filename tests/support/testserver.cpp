#include "testserver.h"

#include "db/serverurl.h"
#include "db/sql.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace lk::test {

namespace {

// Where the whole suite makes its files, when it runs on the server (see suiteEngine()).
QString suiteServerUrl() {
    return qEnvironmentVariable("LOFTESKOLLEN_TEST_FILES_ON_SERVER");
}

QString serverUrl() {
    const QString url = qEnvironmentVariable("LOFTESKOLLEN_TEST_SERVER");
    return url.isEmpty() ? suiteServerUrl() : url;
}

} // namespace

std::vector<Engine> engines() {
    if (serverUrl().isEmpty()) {
        WARN("LOFTESKOLLEN_TEST_SERVER is not set: run on SQLite alone (ctest starts the test server).");
        return {Engine::Sqlite};
    }
    return {Engine::Sqlite, Engine::Postgres};
}

Engine suiteEngine() {
    return suiteServerUrl().isEmpty() ? Engine::Sqlite : Engine::Postgres;
}

const char* engineName(Engine engine) {
    return engine == Engine::Sqlite ? "SQLite" : "PostgreSQL";
}

QString ServerDatabase::urlOf(const QString& database) {
    const QString url = serverUrl();
    INFO("LOFTESKOLLEN_TEST_SERVER must name the test server (ctest sets it)");
    REQUIRE_FALSE(url.isEmpty());
    auto parsed = ServerUrl::parse(url);
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    return parsed->withDatabase(database).display();
}

Status ServerDatabase::administer(const QString& statement) {
    if (serverUrl().isEmpty())
        return Error{QStringLiteral("LOFTESKOLLEN_TEST_SERVER is not set: run this test through ctest, whose "
                                    "fixture starts the test server")};
    auto parsed = ServerUrl::parse(serverUrl());
    if (!parsed)
        return parsed.error();
    const QString name =
        QStringLiteral("lk-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status done;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        parsed->configure(db);
        if (!db.open()) {
            done = Error{QStringLiteral("the test server did not answer: ") + db.lastError().text()};
        } else if (auto ran = sql::run(db, statement); !ran) {
            done = Error{statement + QStringLiteral(": ") + ran.message()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

ServerDatabase::ServerDatabase(Content content)
    : m_name(QStringLiteral("lk_test_") + QUuid::createUuid().toString(QUuid::Id128)) {
    // The template was made by `lofteskollen server init` when the fixture started the server.
    const Status created =
        administer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                       .arg(m_name, content == Content::Made ? QStringLiteral("lofteskollen_template")
                                                             : QStringLiteral("template0")));
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    m_url = urlOf(m_name);
}

ServerDatabase::~ServerDatabase() {
    // FORCE ends a connection a failed test left open.
    (void)administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

} // namespace lk::test
