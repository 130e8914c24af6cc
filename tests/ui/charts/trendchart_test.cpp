#include "catchqt.h"
#include "charts/trendchart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

using namespace lk;

TEST_CASE("A trend's baseline, target and values differ in line and marker, not only in colour",
          "[charts][print]") {
    TrendChart chart;
    chart.setData({QStringLiteral("anmälningar"),
                   {{2019.5, 70}, {2020.5, 68}, {2021.5, 60}},
                   QPointF(2020.5, 68),
                   QPointF(2022.5, 55)});
    QSet<Qt::PenStyle> lines;
    QSet<QScatterSeries::MarkerShape> shapes;
    bool measuredPoints = false;
    for (QAbstractSeries* series : chart.chart()->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            shapes.insert(scatter->markerShape());
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            lines.insert(line->pen().style());
            if (line->pen().style() == Qt::SolidLine)
                measuredPoints = line->pointsVisible();
        }
    }
    // Dashed baseline, dotted way to the target, solid values with their circles.
    CHECK(lines == QSet<Qt::PenStyle>{Qt::DashLine, Qt::DotLine, Qt::SolidLine});
    CHECK(measuredPoints);
    // A triangle at the target, a square at the baseline's year.
    CHECK(shapes.contains(QScatterSeries::MarkerShapeTriangle));
    CHECK(shapes.contains(QScatterSeries::MarkerShapeRectangle));
}
