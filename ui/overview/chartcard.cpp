#include "overview/chartcard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lk {

namespace {
// As high as a chart of the program is at least (charts/chartview.h), so that the card does not grow when its
// chart arrives.
constexpr int chartHeight = 300;
} // namespace

ChartCard::ChartCard(const QString& title, const QString& opens, Make make, Draw draw, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_holder(new QWidget(this))
    , m_holderLayout(new QVBoxLayout(m_holder))
    , m_note(new QLabel(this))
    , m_opens(opens)
    , m_make(std::move(make))
    , m_draw(std::move(draw)) {
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setToolTip(tr("Open %1").arg(opens));
    m_holder->setMinimumHeight(chartHeight);
    m_holderLayout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_open, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_holder, 1);
    layout->addWidget(m_note);
    connect(m_open, &QPushButton::clicked, this, &ChartCard::opened);
}

QWidget* ChartCard::chart() {
    if (m_chart)
        return m_chart;
    m_chart = m_make();
    m_holderLayout->addWidget(m_chart);
    // The chart itself answers a click: it is the biggest target on the card. Its view paints on a viewport
    // of its own, which gets the mouse.
    m_chart->setToolTip(tr("Click to open %1").arg(m_opens));
    QList<QWidget*> widgets = m_chart->findChildren<QWidget*>();
    widgets << m_chart;
    for (QWidget* widget : std::as_const(widgets)) {
        widget->setCursor(Qt::PointingHandCursor);
        widget->installEventFilter(this);
    }
    m_draw(*this);
    return m_chart;
}

void ChartCard::redraw() {
    if (m_chart)
        m_draw(*this);
}

void ChartCard::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChartCard::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    // Painted means on screen; the chart is made just after, as making widgets while painting is not allowed.
    if (!m_chart && !m_makeQueued) {
        m_makeQueued = true;
        QTimer::singleShot(0, this, [this] { chart(); });
    }
}

bool ChartCard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        emit opened();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace lk
