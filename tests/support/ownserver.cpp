#include "ownserver.h"

#include "db/database.h"
#include "db/serverurl.h"
#include "db/sql.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QUuid>

namespace lk::test {

namespace {

const QString scriptPath = QStringLiteral(LOFTESKOLLEN_SOURCE_DIR "/tests/postgres/testserver.sh");

} // namespace

OwnServer::OwnServer()
    // Short: the server's socket lives in it, and a socket's path is limited to about a hundred bytes.
    : m_folder(QStringLiteral("/tmp/lk-own-") + QUuid::createUuid().toString(QUuid::Id128).left(12)) {
    this->script(QStringLiteral("start"));
    auto made = Database::initServer(url());
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
}

OwnServer::~OwnServer() {
    QProcess::execute(QStringLiteral("sh"), QStringList{scriptPath, QStringLiteral("stop"), m_folder});
}

QString OwnServer::url(const QString& user, const QString& password) const {
    // The database testserver.sh makes is the one this server's tests use.
    const QString url = QStringLiteral("postgresql:///lofteskollen_template?host=%1&port=5432&user=%2")
                            .arg(m_folder, user.isEmpty() ? QStringLiteral("lofteskollen") : user);
    return password.isEmpty() ? url : url + QStringLiteral("&password=") + password;
}

void OwnServer::script(const QString& action) const {
    QProcess process;
    process.start(QStringLiteral("sh"), {scriptPath, action, m_folder});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

void OwnServer::halt() {
    script(QStringLiteral("halt"));
}

void OwnServer::resume() {
    script(QStringLiteral("resume"));
}

void OwnServer::addPasswordLogin(const QString& user, const QString& password) {
    {
        auto admin = ServerUrl::parse(url());
        REQUIRE(admin.ok());
        const QString name = QStringLiteral("own-server-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin->configure(db);
            REQUIRE(db.open());
            // Names and password are the test's own, never user text.
            auto made = sql::run(
                db, QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(user, password));
            INFO(made.message().toStdString());
            REQUIRE(made.ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // The first line that fits decides: this login's password is checked, everyone else is trusted.
    QFile hba(m_folder + QStringLiteral("/data/pg_hba.conf"));
    REQUIRE(hba.open(QIODevice::ReadOnly));
    const QByteArray rest = hba.readAll();
    hba.close();
    REQUIRE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all " + user.toUtf8() + " scram-sha-256\n" + rest);
    hba.close();
    halt();
    resume();
}

} // namespace lk::test
