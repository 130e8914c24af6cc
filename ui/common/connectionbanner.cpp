#include "common/connectionbanner.h"

#include "db/connectionwatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lk {

ConnectionBanner::ConnectionBanner(ConnectionWatch* watch, const QString& server, QWidget* parent)
    : QFrame(parent)
    , m_watch(watch)
    , m_server(server)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Try &now"), this)) {
    setObjectName(QStringLiteral("connectionBanner"));
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fde7e9; border: 1px solid #c4314b; "
                                 "border-radius: 4px; } #connectionBanner QLabel { color: #4a0b14; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryConnection"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    hide();
    connect(m_retry, &QPushButton::clicked, watch, &ConnectionWatch::retryNow);
    connect(watch, &ConnectionWatch::lost, this, [this] {
        say(m_watch->nextTryMs());
        show();
    });
    connect(watch, &ConnectionWatch::stillLost, this, [this](const QString&, int waitMs) { say(waitMs); });
    connect(watch, &ConnectionWatch::restored, this, [this] {
        hide();
        emit restored();
    });
}

QString ConnectionBanner::text() const {
    return m_text->text();
}

void ConnectionBanner::say(int waitMs) {
    const int seconds = std::max(1, (waitMs + 999) / 1000);
    m_text->setText(
        tr("<b>The connection to the server is lost.</b> %1 does not answer. What you type stays "
           "in the forms and nothing half-done was saved; a field that could not be saved is saved "
           "when the connection is back. Trying again in %n second(s).",
           "", seconds)
            .arg(m_server.toHtmlEscaped()));
    m_text->setToolTip(m_watch->reason());
}

} // namespace lk
