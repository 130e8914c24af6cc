// Marks that let a chart be read in grey print, where its colours become one grey: point markers of their own
// shape for each line (a circle for what was measured, a square for a baseline, a triangle for a target), a
// white halo under a line that crosses bars, and entries only in the legend for what is named. Header-only.
#pragma once

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace lk::marks {

enum class Shape { Circle, Square, Triangle };

// The series' entry in the legend is hidden: a marker or a halo repeats a series already named there.
inline void unnamed(QChart* chart, QAbstractSeries* series) {
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// The legend draws each line as it is drawn, dashed, dotted or solid, and each set of bars as a square of its
// fill. Called once the chart holds all its series.
inline void drawnLegend(QChart* chart) {
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar)
            marker->setShape(QLegend::MarkerShapeRectangle);
    }
}

inline void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y) {
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Markers of `shape` at `points`, filled with `colour` and edged in white so that they stand out on bars.
inline QScatterSeries* points(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QList<QPointF>& at,
                              Shape shape, const QColor& colour, qreal size = 10) {
    auto* markers = new QScatterSeries;
    markers->setMarkerShape(shape == Shape::Circle   ? QScatterSeries::MarkerShapeCircle
                            : shape == Shape::Square ? QScatterSeries::MarkerShapeRectangle
                                                     : QScatterSeries::MarkerShapeTriangle);
    markers->setMarkerSize(size);
    markers->setColor(colour);
    markers->setBorderColor(Qt::white);
    markers->append(at);
    attach(chart, markers, x, y);
    unnamed(chart, markers);
    return markers;
}

// A white line under `line`, wider than it, so that a dashed line over bars of a like grey stays visible.
inline QLineSeries* halo(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QList<QPointF>& at,
                         qreal width) {
    auto* under = new QLineSeries;
    under->append(at);
    under->setPen(QPen(Qt::white, width + 3, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    attach(chart, under, x, y);
    unnamed(chart, under);
    return under;
}

} // namespace lk::marks
