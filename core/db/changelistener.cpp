#include "db/changelistener.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUuid>
#include <QVariant>

namespace lk {

namespace {

// Lives in the listener's thread: opens the connection there, closes it there when the thread ends.
class Ear : public QObject {
    Q_OBJECT
public:
    Ear(QString source, QString channel, std::shared_ptr<std::atomic<bool>> listening)
        : m_source(std::move(source))
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
                    if (name == m_channel)
                        emit heard(payload.toString());
                });
        *m_listening = driver->subscribeToNotification(m_channel);
    }

signals:
    void heard(const QString& payload);

private:
    QString m_source;
    QString m_channel;
    std::shared_ptr<std::atomic<bool>> m_listening;
    QString m_name;
};

} // namespace

ChangeListener::ChangeListener(const QString& connectionName, const QString& channel, QObject* parent)
    : QObject(parent) {
    auto* ear = new Ear(connectionName, channel, m_listening);
    ear->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, ear, &Ear::start);
    connect(&m_thread, &QThread::finished, ear, &QObject::deleteLater);
    connect(ear, &Ear::heard, this, &ChangeListener::notified); // queued: ear is in the other thread
    m_thread.setObjectName(QStringLiteral("ChangeListener"));
    m_thread.start();
}

ChangeListener::~ChangeListener() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace lk

#include "changelistener.moc"
