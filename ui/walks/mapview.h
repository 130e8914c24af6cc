// MapView: a map image (a municipal map export the user loaded) scaled to fit, with the unsafe places and
// observations pinned on it. A click on a pin opens it; in placing mode the next click pins a record where
// it lands, as one undoable edit. Ctrl and the wheel, or + and −, zoom; a zoomed map is dragged to move it.
#pragma once

#include "walks/pins.h"

#include <QDate>
#include <QImage>
#include <QPixmap>
#include <QWidget>

#include <optional>

namespace lk {

class Document;
struct RegisterSpec;

class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(Document* document, QWidget* parent = nullptr);

    // Shows the map record `mapId` (0 for none) and what is pinned on it.
    void setMap(qint64 mapId);
    qint64 mapId() const { return m_mapId; }
    // The day the pins' colours are worked out for (today unless set): the latest assessment up to it, and
    // the actions past due by it.
    void setDate(const QDate& date);
    // Shows the observations of the walk `walkId` only (0 for those of every walk); places always show.
    void setWalk(qint64 walkId);
    const QList<Pins::Pin>& pins() const { return m_pins; }
    // Whether the map's picture has been read and decoded: not before it is shown or needed (see image()).
    bool isImageRead() const { return !m_imageStale; }

    // The next click on the map (or Enter, after moving the cross with the arrow keys) pins record `id` of
    // `spec` there. Esc or cancelPlacing() gives up.
    void placePin(const RegisterSpec& spec, qint64 id);
    void cancelPlacing();
    bool isPlacing() const { return m_placing != nullptr; }

    // Where the map point (`x`, `y`), in fractions of the image, is on the widget now; and back, for a
    // widget point on the image.
    QPointF widgetPoint(double x, double y) const;
    std::optional<QPointF> mapPoint(const QPointF& point) const;

    double zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    QSize sizeHint() const override { return {720, 520}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

signals:
    // A click on the pin of record `id` in `table` (places::table or observations::table).
    void opened(const QString& table, qint64 id);
    void placingChanged(bool placing);
    // A pin could not be saved or taken away; the message says why.
    void failed(const QString& message);

protected:
    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void reloadImage();
    // The map's picture, read and decoded the first time it is needed after reloadImage(): a page makes its
    // map tab with it and gives it the municipality's map, and decoding a map of 1600 × 1100 pixels is a
    // tenth of the page's first showing, for a tab that is not in view.
    const QImage& image() const;
    void reloadPins();
    QRectF imageRect() const;
    void setZoom(double zoom, const QPointF& around);
    void clampPan();
    int pinAt(const QPointF& point) const;
    void setHovered(int index);
    void place(const QPointF& at);
    void removePin(const Pins::Pin& pin);
    void paintPlacing(QPainter& painter) const;

    Document* m_document;
    qint64 m_mapId = 0;
    qint64 m_walkId = 0;
    QDate m_date;
    mutable QImage m_image;
    mutable bool m_imageStale = false;
    QPixmap m_scaled; // the image at its size on screen, while that is smaller than the image
    QList<Pins::Pin> m_pins;
    double m_zoom = 1;
    QPointF m_pan; // how far a zoomed map was dragged from the centre, in pixels
    int m_hovered = -1;
    std::optional<QPointF> m_pressedAt;
    bool m_dragged = false;
    const RegisterSpec* m_placing = nullptr;
    qint64 m_placingId = 0;
    QString m_placingTitle;
    QPointF m_cross{0.5, 0.5}; // where a pin would go, in fractions: follows the mouse or the arrow keys
};

} // namespace lk
