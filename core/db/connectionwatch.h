// ConnectionWatch: notices that a server's connection is lost and makes it again by itself, waiting longer
// after each try that fails, so that the window can say so and go on once the server is back. The Document
// of a server keeps one as its child.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace lk {

class Database;

class ConnectionWatch : public QObject {
    Q_OBJECT
public:
    // Watches `database`, which must outlive the watch; a file's connection is never lost, so it does
    // nothing then.
    explicit ConnectionWatch(Database& database, QObject* parent = nullptr);

    // The watch `owner` (a Document) keeps, or null (a file's document has none).
    static ConnectionWatch* of(const QObject* owner);
    // After a save or a read of `owner` failed: whether it failed because the server's connection is lost
    // (the watch asks at once, and the window shows its banner). Always false for a file.
    static bool lostOn(const QObject* owner);

    bool isLost() const { return m_lost; }
    // The last reason the server gave: why it was lost, or why the last try failed.
    QString reason() const { return m_reason; }
    // How long until the next try, while lost.
    int nextTryMs() const { return m_wait; }
    // How often an idle connection is asked whether it is still there; the first wait before trying again,
    // which doubles after each failed try up to `longestWaitMs`. Tests shorten them.
    void setTimes(int askEveryMs, int firstWaitMs, int longestWaitMs);

    // Asks the server now (after a save or a read failed): a lost connection is noticed at once.
    void check();
    // Tries to connect again now instead of waiting (the banner's button).
    void retryNow();

signals:
    void lost(const QString& reason);
    // A try failed; the next comes in `waitMs`.
    void stillLost(const QString& reason, int waitMs);
    void restored();

private:
    void retry();
    // Opens the same named connection again, so that every handle to it works again.
    QString reconnect();

    Database& m_database;
    QTimer m_ask;
    QTimer m_retry;
    bool m_lost = false;
    QString m_reason;
    int m_firstWait = 1000;
    int m_longestWait = 30000;
    int m_wait = 1000;
};

} // namespace lk
