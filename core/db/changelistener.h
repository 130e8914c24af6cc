// ChangeListener: which rows other clients changed on a server, from PostgreSQL's notifications, heard on a
// connection of its own in a thread of its own.
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace lk {

class ChangeListener : public QObject {
    Q_OBJECT
public:
    // Copies the settings (host, login, password) of the connection named `connectionName` and listens on
    // `channel` (case-sensitive, as pg_notify was given it).
    ChangeListener(const QString& connectionName, const QString& channel, QObject* parent = nullptr);
    ~ChangeListener() override;

    // The connection is open and the server accepted the LISTEN: from now on no change is missed.
    bool isListening() const { return *m_listening; }

signals:
    // One notification's payload, in the thread that made the listener.
    void notified(const QString& payload);

private:
    // QPSQL hands notifications only to an event loop in the connection's own thread, and a connection may
    // be used only where it was made: both live here.
    QThread m_thread;
    std::shared_ptr<std::atomic<bool>> m_listening = std::make_shared<std::atomic<bool>>(false);
};

} // namespace lk
