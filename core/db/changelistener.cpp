#include "db/changelistener.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUuid>
#include <QVariant>

namespace lk {

namespace {

// Lives in the listener's thread: opens the connection there, closes it there when the thread ends, and
// hands each payload to the listener in the listener's thread.
class Ear : public QObject {
public:
    Ear(ChangeListener* listener, QString source, QString channel,
        std::shared_ptr<std::atomic<bool>> listening)
        : m_listener(listener)
        , m_source(std::move(source))
        , m_channel(std::move(channel))
        , m_listening(std::move(listening))
        , m_name(QStringLiteral("listener-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

    ~Ear() override {
        *m_listening = false;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void start() {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_source, m_name);
        if (!db.open())
            return; // the writer's own connection reports a server that is gone; this one stays quiet
        QSqlDriver* driver = db.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name != m_channel)
                        return;
                    // Queued to the listener's thread; dropped if the listener is gone by then.
                    QMetaObject::invokeMethod(
                        m_listener,
                        [listener = m_listener, text = payload.toString()] { emit listener->notified(text); },
                        Qt::QueuedConnection);
                });
        *m_listening = driver->subscribeToNotification(m_channel);
    }

private:
    ChangeListener* m_listener;
    QString m_source;
    QString m_channel;
    std::shared_ptr<std::atomic<bool>> m_listening;
    QString m_name;
};

} // namespace

ChangeListener::ChangeListener(const QString& connectionName, const QString& channel, QObject* parent)
    : QObject(parent) {
    auto* ear = new Ear(this, connectionName, channel, m_listening);
    ear->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, ear, [ear] { ear->start(); });
    connect(&m_thread, &QThread::finished, ear, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("ChangeListener"));
    m_thread.start();
}

ChangeListener::~ChangeListener() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace lk
