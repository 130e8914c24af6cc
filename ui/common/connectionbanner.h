// ConnectionBanner: the bar above the pages that says the server's connection is lost, that what is typed
// is kept, and when the next try comes; it goes by itself once the connection is back.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lk {

class ConnectionWatch;

class ConnectionBanner : public QFrame {
    Q_OBJECT
public:
    ConnectionBanner(ConnectionWatch* watch, const QString& server, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* retryButton() const { return m_retry; }

signals:
    // The connection is back: the window says so in its status bar.
    void restored();

private:
    void say(int waitMs);

    ConnectionWatch* m_watch;
    QString m_server;
    QLabel* m_text;
    QPushButton* m_retry;
};

} // namespace lk
