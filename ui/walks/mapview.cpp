#include "walks/mapview.h"

#include "document/document.h"
#include "register/registry.h"
#include "walks/pinsymbol.h"
#include "walks/walkregisters.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace lk {

namespace {

// Room around the map, so that a pin at its very edge is whole on screen.
constexpr double margin = 12;
constexpr double zoomStep = 1.25;
constexpr double largestZoom = 8;
// A press that moves further than this is a drag of the map, not a click.
constexpr double dragDistance = 4;

// Four decimals place a pin to a tenth of a pixel on the largest map (4096 px), and keep the file and the
// change log free of long tails of digits.
double rounded(double fraction) {
    return std::round(std::clamp(fraction, 0.0, 1.0) * 10000) / 10000;
}

} // namespace

MapView::MapView(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WalkRegisters::maps().table))
            reloadImage();
        if (tables.contains(WalkRegisters::maps().table) || tables.contains(WalkRegisters::places().table) ||
            tables.contains(WalkRegisters::placeAssessments().table) ||
            tables.contains(WalkRegisters::observations().table))
            reloadPins();
    });
}

void MapView::setMap(qint64 mapId) {
    if (mapId != m_mapId)
        cancelPlacing();
    m_mapId = mapId;
    m_zoom = 1;
    m_pan = {};
    reloadImage();
    reloadPins();
}

void MapView::setDate(const QDate& date) {
    m_date = date;
    reloadPins();
}

void MapView::setWalk(qint64 walkId) {
    m_walkId = walkId;
    reloadPins();
}

void MapView::reloadImage() {
    m_image = {};
    m_scaled = {};
    m_imageStale = true;
    if (isVisible())
        clampPan(); // a hidden one is clamped when it is shown
    update();
}

const QImage& MapView::image() const {
    if (!m_imageStale)
        return m_image;
    m_imageStale = false;
    if (m_mapId > 0) {
        auto map = m_document->repository().findById(WalkRegisters::maps(), m_mapId);
        if (!map)
            m_document->reportReadFailure(map.message());
        else if (*map)
            m_image = QImage::fromData((*map)->value(maps::image).toByteArray());
    }
    return m_image;
}

void MapView::showEvent(QShowEvent* event) {
    if (m_imageStale)
        clampPan();
    QWidget::showEvent(event);
}

void MapView::reloadPins() {
    m_pins.clear();
    m_hovered = -1;
    if (m_mapId > 0) {
        const QDate day = m_date.isValid() ? m_date : QDate::currentDate();
        auto pins = Pins::onMap(m_document->repository(), m_mapId, day, m_walkId);
        if (pins)
            m_pins = *pins;
        else
            m_document->reportReadFailure(pins.message());
    }
    update();
}

QRectF MapView::imageRect() const {
    const QImage& picture = image();
    if (picture.isNull())
        return {};
    const QSizeF room = QSizeF(size()) - QSizeF(2 * margin, 2 * margin);
    if (room.width() <= 0 || room.height() <= 0)
        return {};
    const double fit = std::min(room.width() / picture.width(), room.height() / picture.height());
    const QSizeF shown = QSizeF(picture.size()) * fit * m_zoom;
    const QPointF topLeft((width() - shown.width()) / 2 + m_pan.x(),
                          (height() - shown.height()) / 2 + m_pan.y());
    return {topLeft, shown};
}

QPointF MapView::widgetPoint(double x, double y) const {
    const QRectF image = imageRect();
    return {image.left() + x * image.width(), image.top() + y * image.height()};
}

std::optional<QPointF> MapView::mapPoint(const QPointF& point) const {
    const QRectF image = imageRect();
    if (image.isEmpty() || !image.contains(point))
        return std::nullopt;
    return QPointF((point.x() - image.left()) / image.width(), (point.y() - image.top()) / image.height());
}

void MapView::zoomIn() {
    setZoom(m_zoom * zoomStep, rect().center());
}

void MapView::zoomOut() {
    setZoom(m_zoom / zoomStep, rect().center());
}

void MapView::zoomToFit() {
    m_zoom = 1;
    m_pan = {};
    update();
}

void MapView::setZoom(double zoom, const QPointF& around) {
    zoom = std::clamp(zoom, 1.0, largestZoom);
    if (image().isNull() || zoom == m_zoom)
        return;
    // The map point under `around` stays under it, so zooming towards the mouse goes where the user looks.
    const QRectF before = imageRect();
    if (before.isEmpty())
        return;
    const QPointF fraction((around.x() - before.left()) / before.width(),
                           (around.y() - before.top()) / before.height());
    m_zoom = zoom;
    m_pan += around - widgetPoint(fraction.x(), fraction.y());
    clampPan();
    update();
}

void MapView::clampPan() {
    const QRectF image = imageRect();
    if (image.isEmpty()) {
        m_pan = {};
        return;
    }
    // A map smaller than the view stays centred; a larger one is never dragged beyond its edges.
    const double roomX = std::max(0.0, (image.width() - width()) / 2 + margin);
    const double roomY = std::max(0.0, (image.height() - height()) / 2 + margin);
    m_pan = QPointF(image.width() + 2 * margin <= width() ? 0 : std::clamp(m_pan.x(), -roomX, roomX),
                    image.height() + 2 * margin <= height() ? 0 : std::clamp(m_pan.y(), -roomY, roomY));
}

int MapView::pinAt(const QPointF& point) const {
    // The last drawn is on top, so it is the one hit.
    const double reach = PinSymbol::radius + 3;
    for (qsizetype i = m_pins.size() - 1; i >= 0; --i) {
        const QPointF centre = widgetPoint(m_pins[i].x, m_pins[i].y);
        if (std::hypot(point.x() - centre.x(), point.y() - centre.y()) <= reach)
            return int(i);
    }
    return -1;
}

void MapView::setHovered(int index) {
    if (index == m_hovered)
        return;
    m_hovered = index;
    update();
}

void MapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(112));
    const QRectF image = imageRect();
    if (image.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_mapId > 0 ? tr("The map image could not be read.") : tr("No map chosen."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal ratio = devicePixelRatioF();
    const QSize onScreen = (image.size() * ratio).toSize();
    const QImage& picture = this->image();
    if (onScreen.width() < picture.width()) {
        // Scaled once per size with a proper filter: drawn straight from a large map it would shimmer.
        if (m_scaled.size() != onScreen) {
            m_scaled =
                QPixmap::fromImage(picture.scaled(onScreen, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(ratio);
        }
        painter.drawPixmap(image.topLeft(), m_scaled);
    } else {
        painter.drawImage(image, picture);
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(image.adjusted(-0.5, -0.5, 0.5, 0.5));
    for (qsizetype i = 0; i < m_pins.size(); ++i) {
        const Pins::Pin& pin = m_pins[i];
        PinSymbol::stamp(painter, widgetPoint(pin.x, pin.y), pin.isPlace(), pin.state, i == m_hovered);
    }
    if (isPlacing())
        paintPlacing(painter);
}

void MapView::paintPlacing(QPainter& painter) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF at = widgetPoint(m_cross.x(), m_cross.y());
    // White on a dark outline, like the pins: it shows on a pale map and a dark one.
    for (const QPen& pen : {QPen(QColor(0x20, 0x20, 0x20), 4.5), QPen(Qt::white, 2)}) {
        painter.setPen(pen);
        painter.drawEllipse(at, 11, 11);
        painter.drawLine(at - QPointF(20, 0), at - QPointF(5, 0));
        painter.drawLine(at + QPointF(5, 0), at + QPointF(20, 0));
        painter.drawLine(at - QPointF(0, 20), at - QPointF(0, 5));
        painter.drawLine(at + QPointF(0, 5), at + QPointF(0, 20));
    }
    // What the next click does, on the map itself: the user's eyes are there, not on the list.
    const QString text = tr("Click on the map where “%1” goes. Esc cancels.").arg(m_placingTitle);
    const QFontMetrics metrics(font());
    const QRect box =
        metrics.boundingRect(rect().adjusted(40, 0, -40, 0), Qt::AlignHCenter | Qt::TextWordWrap, text)
            .adjusted(-10, -6, 10, 6)
            .translated(0, 10 - rect().top());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x20, 0x20, 0x20, 210));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void MapView::resizeEvent(QResizeEvent* event) {
    clampPan();
    QWidget::resizeEvent(event);
}

bool MapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = pinAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Pins::Pin& pin = m_pins[index];
        const QString kind = pin.isPlace() ? WalkRegisters::places().displayName()
                                           : WalkRegisters::observations().displayName();
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("%1\n%2: %3").arg(pin.title, kind, PinSymbol::labelOf(pin.state)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressedAt = event->position();
    m_dragged = false;
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    if (m_pressedAt && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragged && std::hypot(at.x() - m_pressedAt->x(), at.y() - m_pressedAt->y()) > dragDistance)
            m_dragged = true;
        if (m_dragged) {
            m_pan += at - *m_pressedAt;
            m_pressedAt = at;
            clampPan();
            setCursor(Qt::ClosedHandCursor);
            update();
            return;
        }
    }
    if (isPlacing()) {
        if (auto fraction = mapPoint(at)) {
            m_cross = *fraction;
            update();
        }
        setCursor(Qt::CrossCursor);
        return;
    }
    const int index = pinAt(at);
    setHovered(index);
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_pressedAt) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool click = !m_dragged;
    m_pressedAt.reset();
    m_dragged = false;
    unsetCursor();
    if (!click)
        return;
    if (isPlacing()) {
        place(event->position());
        return;
    }
    if (const int index = pinAt(event->position()); index >= 0)
        emit opened(m_pins[index].table, m_pins[index].id);
}

void MapView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier) || image().isNull()) {
        QWidget::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(zoomStep, steps), event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent* event) {
    if (isPlacing()) {
        // The cross moves a hundredth of the map per key (a twentieth with Shift): placing works without a
        // mouse too.
        const double step = event->modifiers() & Qt::ShiftModifier ? 0.05 : 0.01;
        QPointF move;
        switch (event->key()) {
        case Qt::Key_Escape:
            cancelPlacing();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            place(widgetPoint(m_cross.x(), m_cross.y()));
            return;
        case Qt::Key_Left:
            move = {-step, 0};
            break;
        case Qt::Key_Right:
            move = {step, 0};
            break;
        case Qt::Key_Up:
            move = {0, -step};
            break;
        case Qt::Key_Down:
            move = {0, step};
            break;
        default:
            break;
        }
        if (!move.isNull()) {
            m_cross = QPointF(std::clamp(m_cross.x() + move.x(), 0.0, 1.0),
                              std::clamp(m_cross.y() + move.y(), 0.0, 1.0));
            update();
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Plus:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::contextMenuEvent(QContextMenuEvent* event) {
    const int index = pinAt(event->pos());
    if (index < 0 || isPlacing())
        return;
    const Pins::Pin pin = m_pins[index];
    const RegisterSpec* spec = Registry::named(pin.table);
    if (!spec)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open…"), this, [this, pin] { emit opened(pin.table, pin.id); });
    QAction* move = menu.addAction(tr("&Move pin"), this, [this, spec, pin] { placePin(*spec, pin.id); });
    QAction* remove = menu.addAction(tr("&Remove pin"), this, [this, pin] { removePin(pin); });
    move->setEnabled(!m_document->isReadOnly());
    remove->setEnabled(!m_document->isReadOnly());
    menu.exec(event->globalPos());
}

void MapView::leaveEvent(QEvent* event) {
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void MapView::placePin(const RegisterSpec& spec, qint64 id) {
    if (image().isNull())
        return;
    auto record = m_document->repository().findById(spec, id);
    if (!record || !*record) {
        emit failed(record ? tr("%1 no longer exists; no pin was placed.").arg(spec.displayName())
                           : record.message());
        return;
    }
    m_placing = &spec;
    m_placingId = id;
    m_placingTitle = (*record)->value(spec.displayField).toString().section(u'\n', 0, 0);
    // A pin being moved starts where it stands; a new one in the middle of the map.
    const QVariant x = (*record)->value(pin::pinX);
    const bool here = (*record)->value(pin::mapId).toLongLong() == m_mapId && x.isValid();
    m_cross = here ? QPointF(x.toReal(), (*record)->value(pin::pinY).toReal()) : QPointF(0.5, 0.5);
    setCursor(Qt::CrossCursor);
    setFocus(Qt::OtherFocusReason);
    update();
    emit placingChanged(true);
}

void MapView::cancelPlacing() {
    if (!isPlacing())
        return;
    m_placing = nullptr;
    m_placingId = 0;
    unsetCursor();
    update();
    emit placingChanged(false);
}

void MapView::place(const QPointF& at) {
    // A click beside the map keeps placing: the user missed, and tries again.
    const std::optional<QPointF> fraction = mapPoint(at);
    if (!fraction)
        return;
    const RegisterSpec& spec = *m_placing;
    const qint64 id = m_placingId;
    cancelPlacing();
    auto record = m_document->repository().findById(spec, id);
    if (!record || !*record) {
        emit failed(record ? tr("%1 no longer exists; no pin was placed.").arg(spec.displayName())
                           : record.message());
        return;
    }
    // Through the document, so that the pin is one step to undo and a line in the change log.
    const Status saved = m_document->update(
        spec, (*record)->uuid,
        {{pin::mapId, m_mapId}, {pin::pinX, rounded(fraction->x())}, {pin::pinY, rounded(fraction->y())}});
    if (!saved)
        emit failed(saved.message());
}

void MapView::removePin(const Pins::Pin& pin) {
    const RegisterSpec* spec = Registry::named(pin.table);
    if (!spec)
        return;
    const Status saved = m_document->update(
        *spec, pin.uuid, {{pin::mapId, QVariant()}, {pin::pinX, QVariant()}, {pin::pinY, QVariant()}});
    if (!saved)
        emit failed(saved.message());
}

} // namespace lk
