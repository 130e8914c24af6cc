#include "common/noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

namespace lk {

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_go(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(QStringLiteral("notice"));
    // The colours of an information bar: dark text on light yellow, readable whatever the theme.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x3b, 0x30, 0x00));
    setPalette(colours);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_go->setObjectName(QStringLiteral("noticeGo"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_go);
    layout->addWidget(m_close);
    connect(m_go, &QPushButton::clicked, this, [this] {
        hide();
        if (m_action)
            m_action();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Notice"));
    hide();
}

void NoticeBar::say(const QString& text, const QString& goText, std::function<void()> go) {
    m_text->setText(text);
    m_go->setText(goText);
    m_go->setVisible(!goText.isEmpty());
    m_action = std::move(go);
    show();
}

QString NoticeBar::text() const {
    return isHidden() ? QString() : m_text->text();
}

} // namespace lk
