#include "catchqt.h"
#include "charts/countbarchart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

using namespace lk;

TEST_CASE("A count chart draws each step's target where the table has it, dashed, with a triangle on it",
          "[charts][print]") {
    CountBarChart chart;
    chart.setSeries({QStringLiteral("VT 2021"), QStringLiteral("HT 2021"), QStringLiteral("VT 2022")},
                    {{QStringLiteral("Utfört"), {5, 4, 6}, {6, 3.5, 6}}}, QStringLiteral("Planerat"));
    QLineSeries* target = nullptr;
    QScatterSeries* marks = nullptr;
    for (QAbstractSeries* series : chart.chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series);
            line && line->name() == QStringLiteral("Planerat"))
            target = line;
        if (auto* scatter = qobject_cast<QScatterSeries*>(series))
            marks = scatter;
    }
    REQUIRE(target);
    CHECK(target->pen().style() == Qt::DashLine);
    // Stepped: each category's target across its bar, the second step lower.
    REQUIRE(target->count() == 6);
    CHECK(target->at(0) == QPointF(-0.5, 6));
    CHECK(target->at(2) == QPointF(0.5, 3.5));
    CHECK(target->at(3) == QPointF(1.5, 3.5));
    REQUIRE(marks);
    CHECK(marks->markerShape() == QScatterSeries::MarkerShapeTriangle);
    CHECK(marks->points() == QList<QPointF>{{0, 6}, {1, 3.5}, {2, 6}});
    // The legend names what was done and what was planned; the halo and the triangles have no name.
    QStringList named;
    for (QLegendMarker* marker : chart.chart()->legend()->markers()) {
        if (!marker->label().isEmpty())
            named << marker->label();
    }
    CHECK(named == QStringList{QStringLiteral("Utfört"), QStringLiteral("Planerat")});
}

TEST_CASE("Side-by-side counts differ in fill as well as colour, each under its own target's dash",
          "[charts][print]") {
    CountBarChart chart;
    chart.setSeries({QStringLiteral("VT"), QStringLiteral("HT")},
                    {{QStringLiteral("Utbildningar"), {2, 1}, {2, 2}},
                     {QStringLiteral("Nyhetsbrev"), {3, 3}, {3, 3}},
                     {QStringLiteral("Brandinformation"), {1, 0}, {1, 1}}},
                    QStringLiteral("Planerat"));
    QBarSeries* bars = nullptr;
    QSet<QScatterSeries::MarkerShape> shapes;
    for (QAbstractSeries* series : chart.chart()->series()) {
        if (auto* found = qobject_cast<QBarSeries*>(series))
            bars = found;
        if (auto* scatter = qobject_cast<QScatterSeries*>(series))
            shapes.insert(scatter->markerShape());
    }
    REQUIRE(bars);
    REQUIRE(bars->count() == 3);
    QSet<Qt::BrushStyle> fills;
    for (QBarSet* set : bars->barSets())
        fills.insert(set->brush().style());
    CHECK(fills.size() == 3);
    CHECK(shapes.size() == 3);
}
