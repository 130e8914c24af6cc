#include "db/connectionwatch.h"

#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "db/sqlsession.h"

#include <QSqlError>

#include <algorithm>

namespace lk {

ConnectionWatch::ConnectionWatch(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database) {
    if (database.engine() == Engine::Sqlite)
        return;
    // A connection nobody uses is only found dead by asking it: a round trip every few seconds is little
    // beside what a page's reading costs, and the banner then appears before the user types in vain.
    m_ask.setInterval(5000);
    connect(&m_ask, &QTimer::timeout, this, &ConnectionWatch::check);
    m_ask.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::retry);
}

ConnectionWatch* ConnectionWatch::of(const QObject* owner) {
    return owner ? owner->findChild<ConnectionWatch*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool ConnectionWatch::lostOn(const QObject* owner) {
    ConnectionWatch* watch = of(owner);
    if (!watch)
        return false;
    watch->check();
    return watch->isLost();
}

void ConnectionWatch::setTimes(int askEveryMs, int firstWaitMs, int longestWaitMs) {
    m_ask.setInterval(askEveryMs);
    m_firstWait = firstWaitMs;
    m_longestWait = longestWaitMs;
}

void ConnectionWatch::check() {
    if (m_lost || m_database.engine() == Engine::Sqlite)
        return;
    auto answered = sql::scalar(m_database.connection(), QStringLiteral("SELECT 1"));
    if (answered)
        return;
    m_reason = answered.message();
    m_lost = true;
    m_ask.stop();
    m_wait = m_firstWait;
    emit lost(m_reason);
    m_retry.start(m_wait);
}

void ConnectionWatch::retryNow() {
    if (!m_lost)
        return;
    m_retry.stop();
    retry();
}

void ConnectionWatch::retry() {
    if (const QString failed = reconnect(); !failed.isEmpty()) {
        m_reason = failed;
        // Backing off: a server that is down for maintenance is not asked every second for an hour.
        m_wait = std::min(m_wait * 2, m_longestWait);
        emit stillLost(m_reason, m_wait);
        m_retry.start(m_wait);
        return;
    }
    m_lost = false;
    m_reason.clear();
    m_ask.start();
    emit restored();
}

QString ConnectionWatch::reconnect() {
    QSqlDatabase db = m_database.connection();
    // The statements prepared on the lost session went with it on the server.
    sql::forgetPreparedWrites(db);
    db.close();
    if (!db.open())
        return db.lastError().databaseText().trimmed();
    for (const QString& setting : Dialect::sessionSetup(m_database.engine())) {
        if (auto set = sql::run(db, setting); !set)
            return set.message();
    }
    return {};
}

} // namespace lk
